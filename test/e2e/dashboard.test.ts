// The dashboard in a real Chromium over a real server and store: every view, filters, the path article → entity →
// actor page → map, brushing, the network, a story, the Analyze box, English, a phone, first paint, hostile content.
// Screenshots go to test-results/.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedStore } from '../../src/cli/serve.js';
import { createRegistry, DEFAULT_STAGES, loadResources } from '../../src/pipeline/index.js';
import { createApp, listen, WebAssets, type RunningServer } from '../../src/server/index.js';
import { storeResources } from '../../src/store/index.js';
import { fillStore, PAYLOADS, tempStore } from '../../src/test-support/server-fixtures.js';
import { HAVE_CHROMIUM, launch, RESULTS, type Browser } from './browser.js';

const TOKEN = 'e2e-token';
let server: RunningServer;
let browser: Browser;
let page: Page;
let cleanup: () => Promise<void>;
const pageErrors: string[] = [];

if (!HAVE_CHROMIUM) console.warn('[rasid] /usr/bin/chromium is absent: the browser tests are SKIPPED (apt-get install -y chromium)');

const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: false });

/** Waits until the view for the current hash has rendered. */
async function ready(p: Page = page): Promise<void> {
  await p.waitForFunction(() => {
    const m = document.querySelector('main');
    return m !== null && m.dataset.ready === 'true' && m.dataset.route === location.hash;
  }, undefined, { timeout: 20_000 });
}

async function open(hash: string, p: Page = page): Promise<void> {
  await p.goto(`${server.url}/${hash}`);
  await ready(p);
}

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${server.url}${path}`)).json()) as T;
}

describe.skipIf(!HAVE_CHROMIUM)('dashboard in Chromium', () => {
  beforeAll(async () => {
    const resources = loadResources();
    const pipeline = createRegistry().build(DEFAULT_STAGES, resources);
    const t = await tempStore(storeResources(resources.text, resources.kb));
    const io = { out: () => {}, err: () => {}, isTTY: false, stdinIsTTY: false };
    await seedStore(t.store, pipeline, ['examples/demo'], io);
    await fillStore(t.store);
    const web = WebAssets.load();
    if (!web) throw new Error('dist/web is missing: run `npm run build` first');
    const { app } = createApp({ pipeline, store: t.store, key: t.res.key, token: TOKEN, web, version: 'e2e', log: () => {} });
    server = await listen(app, 0, '127.0.0.1');
    browser = await launch();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => {
      pageErrors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    cleanup = async () => {
      await browser.close();
      await server.close();
      await t.cleanup();
    };
  }, 90_000);

  afterAll(async () => {
    await cleanup?.();
  });

  it('overview: Arabic, right to left, in the web font, with the counts of the store; first paint measured', async () => {
    await open('#/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    const stats = await api<{ articles: number }>('/api/stats');
    await expect.poll(() => page.locator('.tile strong').first().textContent()).toBe(String(stats.articles));
    expect(await page.locator('.timeline-chart .bar').count()).toBeGreaterThan(5);
    expect(await page.evaluate(async () => { await document.fonts.ready; return document.fonts.check('16px "IBM Plex Sans Arabic"', 'راصد'); })).toBe(true);
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity);
    console.log(`[rasid] first contentful paint of the overview: ${Math.round(fcp)} ms`);
    // The 2 s target is measured on an idle machine by bench/first-paint.ts; here other test files run alongside.
    expect(fcp).toBeLessThan(4000);
    await shot('01-overview');
  });

  it('events: the table follows a filter set in the filter bar and a facet, and exports exactly that filter', async () => {
    await open('#/events');
    const all = await api<{ total: number }>('/api/events?limit=1');
    expect(await page.locator('main h1').textContent()).toContain(String(all.total));
    await page.selectOption('#f-type', 'ASSAULT');
    await page.waitForURL(/type=ASSAULT/);
    await ready();
    const assault = await api<{ total: number }>('/api/events?limit=1&type=ASSAULT');
    expect(await page.locator('main h1').textContent()).toContain(String(assault.total));
    const types = await page.locator('.events-table tbody .badge').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.type));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['ASSAULT']));
    // A facet narrows further.
    await page.locator('.facet[data-facet="country"] a').first().click();
    await page.waitForURL(/country=/);
    await ready();
    const country = new URL(page.url().replace('#/', '')).searchParams.get('country');
    const narrowed = await api<{ total: number }>(`/api/events?limit=1&type=ASSAULT&country=${country}`);
    expect(await page.locator('main h1').textContent()).toContain(String(narrowed.total));
    // The month facet sets the period to that month.
    await page.locator('.facet[data-facet="month"] a').first().click();
    await page.waitForURL(/from=\d{4}-\d{2}-01.*to=/);
    await ready();
    const month = new URL(page.url().replace('#/', '')).searchParams;
    const inMonth = await api<{ total: number }>(`/api/events?limit=1&type=ASSAULT&country=${country}&from=${month.get('from')}&to=${month.get('to')}`);
    expect(await page.locator('main h1').textContent()).toContain(String(inMonth.total));
    // The CSV link carries the filter: one row per event shown in the total.
    const href = (await page.locator('.export a[data-format="csv"]').getAttribute('href')) as string;
    expect(href).toContain('type=ASSAULT');
    expect(href).toContain(`from=${month.get('from')}`);
    const csv = await (await fetch(`${server.url}${href}`)).text();
    expect(csv.trimEnd().split('\r\n').length - 1).toBe(inMonth.total);
    await shot('02-events-filtered');
  });

  it('article → entity hover card → actor page → map of that actor, with the events at a place', async () => {
    await open('#/articles');
    await page.locator('a', { hasText: 'مقتل 7 فلسطينيين' }).first().click();
    await ready();
    expect(await page.locator('.reader h1').textContent()).toContain('خان يونس');
    expect(await page.locator('.annotated .hl-trigger').count()).toBeGreaterThan(0);
    expect(await page.locator('.annotated .hl-quote').count()).toBeGreaterThan(0);
    // Hovering a place shows its card; clicking an acting organisation pins a card with its actor page.
    await page.locator('.annotated .hl-ent', { hasText: 'خان يونس' }).first().hover();
    await expect.poll(() => page.locator('.hover-card').isVisible()).toBe(true);
    expect(await page.locator('.hover-card .card-entity').first().textContent()).toContain('Khan');
    await shot('03-reader-hover');
    const candidates = page.locator('.annotated .hl-ent');
    let actorHref: string | null = null;
    for (let i = 0; i < (await candidates.count()) && !actorHref; i++) {
      await page.keyboard.press('Escape');
      await candidates.nth(i).click();
      const link = page.locator('.hover-card a.card-actor-link');
      if (await link.count()) actorHref = await link.first().getAttribute('href');
    }
    expect(actorHref).toMatch(/^#\/actors\/ref/);
    const cardName = (await page.locator('.hover-card .card-entity strong').first().textContent()) as string;
    await page.locator('.hover-card a.card-actor-link').first().click();
    await ready();
    expect(await page.locator('.actor-head h1').textContent()).toBe(cardName);
    expect(await page.locator('.actor-page .events-table tbody tr').count()).toBeGreaterThan(0);
    await shot('04-actor');
    // On to the map of this actor's events.
    await page.locator('.actor-head a.tile', { hasText: 'الخريطة' }).click();
    await ready();
    await page.waitForSelector('.map[data-ready]', { timeout: 20_000 });
    const labels = page.locator('.cluster-label');
    await expect.poll(() => labels.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await labels.first().click();
    await page.waitForSelector('.map-side .events-table tbody tr');
    expect(await page.locator('.map-side h2').textContent()).toMatch(/أحداث هذا الموقع/);
    const bbox = await page.locator('.map-side').getAttribute('data-bbox');
    expect(bbox?.split(',')).toHaveLength(4);
    await shot('05-map-actor');
  });

  it('map: an offline basemap drawn from the shipped Natural Earth data, circles coloured by category', async () => {
    await open('#/map');
    await page.waitForSelector('.map[data-ready]', { timeout: 20_000 });
    // WebGL drew the land and the circles: the map looks different once its canvas is hidden (the sea colour is the
    // container's background, so a blank or sea-only canvas would look the same).
    const region = (await page.locator('.map').boundingBox())!;
    const drawn = await page.screenshot({ clip: region });
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('.map canvas, .cluster-label').forEach((e) => e.style.setProperty('visibility', 'hidden')));
    const hidden = await page.screenshot({ clip: region });
    expect(drawn.equals(hidden)).toBe(false);
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('.map canvas, .cluster-label').forEach((e) => e.style.removeProperty('visibility')));
    const located = await api<{ places: { count: number }[] }>('/api/events/summary');
    const total = located.places.reduce((n, p) => n + p.count, 0);
    const shown = await page.locator('.cluster-label').evaluateAll((els) => els.reduce((n, e) => n + Number((e as HTMLElement).dataset.n), 0));
    expect(shown).toBe(total);
    await shot('06-map');
  });

  it('timeline: brushing sets the period, and the map and the table follow it', async () => {
    await open('#/timeline');
    const bars = page.locator('.timeline-chart .bar');
    const n = await bars.count();
    expect(n).toBeGreaterThan(5);
    const first = (await bars.nth(1).boundingBox())!;
    const last = (await bars.nth(4).boundingBox())!;
    await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2);
    await page.mouse.down();
    await page.mouse.move(last.x + last.width / 2, last.y + last.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/from=.*to=|to=.*from=/);
    await ready();
    const params = new URL(page.url().replace('#/', '')).searchParams;
    const from = params.get('from') as string;
    const to = params.get('to') as string;
    expect(from <= to).toBe(true);
    const inRange = await api<{ total: number }>(`/api/events?limit=1&from=${from}&to=${to}`);
    expect(await page.locator('main .table-head h2').textContent()).toContain(String(inRange.total));
    await shot('07-timeline-brushed');
    // The period travels with the navigation to the map.
    await page.locator('.main-nav a[data-nav="map"]').click();
    await ready();
    expect(page.url()).toContain(`from=${from}`);
    const summary = await api<{ places: { count: number }[] }>(`/api/events/summary?from=${from}&to=${to}`);
    expect(await page.locator('main h1').textContent()).toContain(String(summary.places.reduce((a, p) => a + p.count, 0)));
  });

  it('network: actors drawn by sigma; clicking an actor opens its page', async () => {
    await open('#/network');
    await page.waitForSelector('.network[data-ready] canvas');
    const graph = await api<{ nodes: { id: string; events: number }[] }>('/api/graph');
    expect(await page.locator('main h1').textContent()).toContain(String(graph.nodes.length));
    await shot('08-network');
    const node = page.locator('.node-link').first();
    const box = (await node.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await ready();
    expect(decodeURIComponent(page.url())).toContain(`#/actors/${graph.nodes[0]!.id}`);
    expect(await page.locator('.actor-head h1').textContent()).not.toBe('');
  });

  it("story: each outlet's figures side by side, the differences marked", async () => {
    await open('#/stories');
    await page.locator('.story-list a', { hasText: 'غارة على حلب' }).click();
    await ready();
    const rows = await page.locator('table.versions tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('7') && r.includes('10'))).toBe(true);
    expect(rows.some((r) => r.includes('9') && r.includes('12'))).toBe(true);
    expect(await page.locator('table.versions td.differs').count()).toBe(4);
    await shot('09-story');
  });

  it('Analyze: pasted text is highlighted as it is typed, nothing stored', async () => {
    const before = await api<{ articles: number }>('/api/stats');
    await open('#/analyze');
    await page.fill('textarea[name="text"]', 'أعلنت وزارة الداخلية المصرية اعتقال 12 شخصا في القاهرة أمس بتهمة التخطيط لأعمال عنف.');
    await page.waitForSelector('.analyze-out .annotated .hl-ent');
    expect(await page.locator('.analyze-out .hl-ent', { hasText: 'القاهرة' }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.analyze .status').textContent()).toMatch(/كيانات/);
    expect((await api<{ articles: number }>('/api/stats')).articles).toBe(before.articles);
    await shot('10-analyze');
  });

  it('English: the toggle switches language and direction, and is remembered', async () => {
    await open('#/events');
    await page.click('button.lang');
    await ready();
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.locator('.main-nav a[data-nav="events"]').textContent()).toBe('Events');
    await page.reload();
    await ready();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await shot('11-english');
    await page.click('button.lang');
    await ready();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  });

  it('phone: the layout fits a 390 px screen, the menu opens, the reader works', async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await open('#/', phone);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    expect(await phone.locator('.main-nav').isVisible()).toBe(false);
    await phone.click('.menu-toggle');
    expect(await phone.locator('.main-nav').isVisible()).toBe(true);
    await phone.screenshot({ path: join(RESULTS, '12-phone-menu.png') });
    await phone.locator('.main-nav a[data-nav="events"]').click();
    await ready(phone);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await open('#/articles/demo-01', phone);
    await phone.locator('.annotated .hl-ent').first().tap().catch(async () => phone.locator('.annotated .hl-ent').first().click());
    await expect.poll(() => phone.locator('.hover-card').isVisible()).toBe(true);
    await phone.screenshot({ path: join(RESULTS, '13-phone-reader.png') });
    await phone.close();
  });

  it('hostile content renders as text and nothing runs', async () => {
    const violations: string[] = [];
    await page.exposeFunction('__rasidViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __rasidViolation(v: string): void }).__rasidViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const hash of ['#/articles/hostile-1', '#/events?outlet=' + encodeURIComponent(`<b onmouseover="window.__pwned='outlet'">منصة</b>`), '#/articles', '#/search?q=' + encodeURIComponent('احتجاج')]) {
      await open(hash);
      await page.mouse.move(10, 10);
      for (const el of await page.locator('main .seg, main a, main td').all()) await el.hover({ timeout: 2000 }).catch(() => {});
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), hash).toBeUndefined();
      const injected = await page.evaluate(() =>
        document.querySelectorAll('main script, main img, main iframe, main object, main svg [onload], main [onerror], main [onload], main [onmouseover], a[href^="javascript:"]').length,
      );
      expect(injected, hash).toBe(0);
    }
    await open('#/articles/hostile-1');
    const text = (await page.locator('.annotated').textContent()) as string;
    for (const p of Object.values(PAYLOADS)) expect(text).toContain(p);
    expect(await page.locator('.reader h1').textContent()).toContain('<img src=x onerror=');
    expect(await page.locator('a.original').count()).toBe(0);
    await page.locator('.annotated .hl-ent').last().click();
    expect(await page.locator('.hover-card').textContent()).toContain(PAYLOADS.svg);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await shot('14-hostile');
    expect(violations).toEqual([]);
  });

  it('made no request off the machine and raised no page error', () => {
    expect(browser.offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
