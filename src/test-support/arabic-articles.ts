// Short Arabic news articles made by combining sentences written for the queue tests and benchmark: every article
// differs (its number, place, actors and date), so each has its own content hash.
import type { ArticleInput } from '../ingest/sources.js';

const PLACES = ['حلب', 'حمص', 'الموصل', 'بنغازي', 'صنعاء', 'تعز', 'غزة', 'الخرطوم', 'دير الزور', 'طرابلس', 'البصرة', 'إدلب'];
const OUTLETS = ['صحيفة النهار', 'وكالة الأنباء', 'قناة الخبر', 'موقع المرصد'];
const OPENINGS = [
  (p: string, n: number) => `قصفت طائرات حربية أحياء في مدينة ${p} صباح أمس، مما أدى إلى مقتل ${n} مدنيين وإصابة آخرين بجروح.`,
  (p: string, n: number) => `اعتقلت قوات الأمن ${n} متظاهرين في مدينة ${p} خلال احتجاجات على ارتفاع الأسعار يوم الخميس.`,
  (p: string, n: number) => `وصلت قافلة مساعدات تضم ${n} شاحنة إلى مدينة ${p} بعد أسابيع من الحصار.`,
  (p: string, n: number) => `اندلعت اشتباكات عنيفة بين الجيش ومسلحين في ريف ${p}، وقتل فيها ${n} مقاتلين على الأقل.`,
  (p: string, n: number) => `خرج نحو ${n} ألف شخص في مظاهرة وسط ${p} للمطالبة بالإفراج عن المعتقلين.`,
];
const MIDDLES = [
  'وقال المتحدث باسم وزارة الداخلية إن التحقيقات ما زالت جارية لمعرفة ملابسات ما جرى.',
  'وأدانت الأمم المتحدة في بيان ما وصفته بالاستهداف المتعمد للمدنيين.',
  'وأفاد شهود عيان بأن سيارات الإسعاف نقلت المصابين إلى مستشفيات المدينة.',
  'وطالبت منظمات حقوقية بفتح تحقيق مستقل ومحاسبة المسؤولين.',
  'وأكد مسؤول محلي أن الوضع الإنساني يزداد سوءا مع نقص الغذاء والدواء.',
];
const CLOSINGS = [
  'ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.',
  'ومن المقرر أن يعقد مجلس الأمن جلسة طارئة لبحث التطورات الأسبوع المقبل.',
  'وتشهد المنطقة توترا متصاعدا منذ مطلع العام الجاري.',
  'ونفت الحكومة في وقت لاحق صحة هذه الأنباء.',
];

/** `count` distinct articles with ids `prefix-1 …`; deterministic for the same arguments. */
export function arabicArticles(count: number, prefix = 'q'): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (let i = 0; i < count; i++) {
    const place = PLACES[i % PLACES.length]!;
    const n = 3 + (i % 97);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    const title = `${place}: حصيلة جديدة رقم ${i + 1}`;
    const body = [
      OPENINGS[i % OPENINGS.length]!(place, n),
      MIDDLES[Math.floor(i / OPENINGS.length) % MIDDLES.length]!,
      CLOSINGS[Math.floor(i / 7) % CLOSINGS.length]!,
    ].join(' ');
    out.push({
      id: `${prefix}-${i + 1}`,
      url: `https://news.example/${prefix}/${i + 1}`,
      outlet: OUTLETS[i % OUTLETS.length]!,
      title,
      published: `2024-${month}-${day}`,
      text: `${title}\n\n${body}`,
      origin: `${prefix}.jsonl:${i + 1}`,
    });
  }
  return out;
}

/** The articles as JSON lines (`rasid ingest` reads them: id, title, body, published, url, outlet). */
export function articlesJsonl(articles: readonly ArticleInput[]): string {
  return articles
    .map((a) => JSON.stringify({ id: a.id, title: a.title, body: a.text.slice((a.title?.length ?? 0) + 2), published: a.published, url: a.url, outlet: a.outlet }))
    .join('\n') + '\n';
}
