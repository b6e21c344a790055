import { describe, expect, it } from 'vitest';
import { compileHtmlRules, extractPage, htmlToText, HtmlRulesSchema, loadHtmlRules } from './html.js';
import { parsePublished } from './sources.js';
import { parseDataFile } from '../data/load.js';

const rules = loadHtmlRules();
const read = (html: string, url: string | null = null) => extractPage(html, rules, { url, parseDate: parsePublished });

const P1 = 'قالت وزارة الصحة في غزة إن غارة جوية استهدفت منزلاً في حي الشجاعية فجر اليوم الثلاثاء، ما أدى إلى مقتل خمسة أشخاص بينهم طفلان وإصابة ثلاثة عشر آخرين بجروح متفاوتة.';
const P2 = 'وأضافت الوزارة في بيان مقتضب أن طواقم الدفاع المدني ما زالت تبحث عن مفقودين تحت الأنقاض، وأن المستشفيات القريبة تعمل بطاقتها القصوى منذ ساعات الصباح الأولى.';
const P3 = 'من جهته، قال متحدث عسكري إسرائيلي إن الغارة استهدفت موقعاً يستخدمه مسلحون لإطلاق الصواريخ، وهو ما نفاه سكان الحي الذين أكدوا أن المنزل يعود لعائلة مدنية.';

/** A news page as Arabic outlets build them: menus, share bars, inline and boxed related links, comments, footer. */
const PAGE = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>غارة على حي الشجاعية تقتل خمسة | شبكة الأنباء</title>
  <meta property="og:site_name" content="شبكة الأنباء">
  <meta property="og:title" content="غارة على حي الشجاعية تقتل خمسة">
  <meta property="article:published_time" content="2023-10-10T01:30:00+03:00">
  <link rel="canonical" href="/ar/news/2023/10/10/shujaiya">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2023-10-09T22:30:00Z"}</script>
  <style>.share{display:flex}</style>
</head>
<body>
  <header class="site-header"><a href="/">الرئيسية</a><nav><ul><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li></ul></nav></header>
  <div class="breadcrumb"><a href="/">الرئيسية</a> › <a href="/news">أخبار</a></div>
  <main>
    <article>
      <header><h1>غارة على حي الشجاعية تقتل خمسة</h1><time datetime="2023-10-10">10 أكتوبر 2023</time></header>
      <div class="share-bar"><a href="https://facebook.com/sharer">فيسبوك</a> <a href="https://twitter.com/intent">تويتر</a> <a href="https://wa.me/">واتساب</a></div>
      <div class="article-body">
        <p>${P1}</p>
        <p><strong>اقرأ أيضا:</strong> <a href="/ar/news/2023/10/09/jabalia">قصف متواصل على مخيم جباليا لليوم الثالث</a></p>
        <p>${P2}</p>
        <figure><img src="/img/1.jpg" alt="صورة"></figure>
        <p>${P3}</p>
      </div>
      <div><span>شارك:</span> <a href="#">فيسبوك</a> <a href="#">تويتر</a></div>
      <section><h3>أخبار ذات صلة</h3><ul><li><a href="/a">وزير الخارجية يصل إلى القاهرة</a></li><li><a href="/b">مجلس الأمن يعقد جلسة طارئة</a></li><li><a href="/c">ارتفاع حصيلة الضحايا في خان يونس</a></li></ul></section>
    </article>
    <div id="comments"><h3>التعليقات</h3><p>تعليق من قارئ على هذا الخبر يقول إن الوضع صعب جداً.</p></div>
  </main>
  <aside><h3>الأكثر قراءة</h3><ol><li><a href="/x">خبر أول</a></li><li><a href="/y">خبر ثان</a></li></ol></aside>
  <footer>جميع الحقوق محفوظة © شبكة الأنباء 2023</footer>
  <script>window.ads = [];</script>
</body>
</html>`;

describe('extractPage', () => {
  it('keeps the article and drops menus, share buttons, related links, comments and the footer', () => {
    const page = read(PAGE, 'https://news.example/ar/news/2023/10/10/shujaiya?utm_source=rss');
    expect(page.title).toBe('غارة على حي الشجاعية تقتل خمسة');
    expect(page.body).toBe([P1, P2, P3].join('\n\n'));
    expect(page.text).toBe(`غارة على حي الشجاعية تقتل خمسة\n\n${P1}\n\n${P2}\n\n${P3}`);
    for (const chrome of ['الرئيسية', 'فيسبوك', 'واتساب', 'اقرأ أيضا', 'جباليا', 'ذات صلة', 'القاهرة', 'التعليقات', 'الأكثر قراءة', 'الحقوق', 'ads']) {
      expect(page.text).not.toContain(chrome);
    }
  });

  it('reads the outlet, the canonical URL (made absolute) and the date of the outlet\'s own calendar day', () => {
    const page = read(PAGE, 'https://news.example/ar/news/2023/10/10/shujaiya?utm_source=rss');
    expect(page.outlet).toBe('شبكة الأنباء');
    expect(page.url).toBe('https://news.example/ar/news/2023/10/10/shujaiya');
    // the meta tag's local day (01:30 +03:00 on the 10th), not the UTC day of the JSON-LD (22:30Z on the 9th)
    expect(page.published).toBe('2023-10-10');
  });

  const dated = (head: string, body = ''): string =>
    `<html><head><title>خبر</title>${head}</head><body><article><p>${P1}</p>${body}</article></body></html>`;
  it.each([
    ['article:published_time', dated('<meta property="article:published_time" content="2021-05-11T08:00:00+03:00">'), '2021-05-11'],
    ['og:published_time', dated('<meta property="og:published_time" content="2021-05-12">'), '2021-05-12'],
    ['Dublin Core', dated('<meta name="DC.date.issued" content="2021-05-13">'), '2021-05-13'],
    ['itemprop', dated('<meta itemprop="datePublished" content="2021-05-14T10:00:00Z">'), '2021-05-14'],
    ['pubdate (RFC 2822)', dated('<meta name="pubdate" content="Sat, 15 May 2021 23:50:00 +0300">'), '2021-05-15'],
    ['JSON-LD in @graph', dated('<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":["NewsArticle"],"datePublished":"2021-05-16T09:00:00+03:00","publisher":{"@type":"Organization","name":"وكالة المثال"}}]}</script>'), '2021-05-16'],
    ['a broken JSON-LD block then <time datetime>', dated('<script type="application/ld+json">{"@type": NewsArticle,</script>', '<time datetime="2021-05-17T12:00">17 مايو</time>'), '2021-05-17'],
    ['no date at all', dated(''), null],
  ])('takes the publication date from %s', (_what, html, expected) => {
    expect(read(html).published).toBe(expected);
  });

  it('takes the outlet from JSON-LD when there is no og:site_name, and the title from <title> without the site name', () => {
    const html = `<html><head><title>وزير الخارجية يصل إلى القاهرة في زيارة رسمية - وكالة المثال</title>
      <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"وكالة المثال"}}</script></head>
      <body><div><p>${P1}</p><p>${P2}</p></div></body></html>`;
    const page = read(html);
    expect(page.outlet).toBe('وكالة المثال');
    expect(page.title).toBe('وزير الخارجية يصل إلى القاهرة في زيارة رسمية');
    expect(page.url).toBeNull();
  });

  it('falls back to the page URL when the page names no canonical one', () => {
    expect(read(`<p>${P1}</p>`, 'https://news.example/a/1').url).toBe('https://news.example/a/1');
  });

  it('reads malformed pages: unclosed tags, stray end tags, no <html>/<body>, markup in attributes', () => {
    const broken = `<title>عنوان الخبر</title><div class="content"><p>${P1}<p>${P2}</div></div></span><p title="<b>">${P3}`;
    const page = read(broken);
    expect(page.body).toBe([P1, P2, P3].join('\n\n'));
    expect(read('<html><body><div><p>نص قصير بلا إغلاق').body).toBe('نص قصير بلا إغلاق');
  });

  it('returns an empty body for a page without text', () => {
    expect(read('<html><head><title></title></head><body><nav><a href="/">الرئيسية</a></nav><script>x()</script></body></html>').body).toBe('');
    expect(read('').body).toBe('');
  });
});

describe('htmlToText', () => {
  it('puts blank lines between blocks and a line break at <br>, and collapses spaces', () => {
    expect(htmlToText('<p>الفقرة   الأولى</p><div>الثانية<br>سطر آخر</div><ul><li>بند</li></ul>')).toBe('الفقرة الأولى\n\nالثانية\nسطر آخر\n\nبند');
    expect(htmlToText('نص بلا وسوم &amp; كيان')).toBe('نص بلا وسوم & كيان');
  });
});

describe('page rules (data/ingest/html.json)', () => {
  it('are validated: a missing field names the file and line', () => {
    expect(() => parseDataFile('{\n  "remove": []\n}', HtmlRulesSchema, 'html.json')).toThrow(/html\.json.*chromeWords|html\.json:\d+/);
  });

  it('match headings whatever their spelling of hamza and tanwin', () => {
    const r = compileHtmlRules({ remove: ['script'], chromeWords: [], relatedHeadings: ['اقرأ أيضا'], shareWords: ['شارك'], dateMeta: [], outletMeta: [], titleSeparators: [] });
    const html = `<article><p>${P1}</p><h4>إقرأ أيضاً:</h4><ul><li><a href="/x">خبر</a></li></ul><p>${P2}</p></article>`;
    expect(extractPage(html, r, { parseDate: parsePublished }).body).toBe(`${P1}\n\n${P2}`);
  });
});
