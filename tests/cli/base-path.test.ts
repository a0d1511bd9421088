/**
 * Hosting under a sub-path: builds the fixture site with BASE_PATH=/djjy/, serves the output under /djjy/ only,
 * and crawls it with linkinator. Every internal link and asset (pages, CSS, images, feeds, calendars, Open Graph
 * images, canonical URLs) must resolve, and none may leave /djjy/. The same build proves the series outputs:
 * feeds parse, calendars parse, the 数据 tables show the content's numbers, and offline reading (the service
 * worker) keeps to the base path.
 * Run inside the build lock when run by hand: flock /tmp/astro-build.lock npm exec -- vitest run tests/cli/base-path.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import Parser from 'rss-parser';
import ICAL from 'ical.js';
import sharp from 'sharp';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_FLAGS } from '../../scripts/lib/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { freePort, serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { FIXTURE_SITE, loadFixture } from '../support/fixture-catalog.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { seriesStats } from '../../src/lib/series/index.ts';
import { statsCharts } from '../../src/components/stats/charts.ts';

const BASE = '/djjy/';
const cells = (row: string) =>
  [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());

function tableRows(html: string, id: string): string[][] {
  const table = new RegExp(`<table id="${id}"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1];
  if (!table) throw new Error(`table #${id} not found`);
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)![1]!;
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => cells(m[1]!));
}

describe('a build under /djjy/', () => {
  let outDir = '';
  let origin = '';
  let server: StaticServer | undefined;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const result = buildSite(FIXTURE_SITE, { env: { BASE_PATH: BASE, SITE_URL: origin } });
    expect(result.status, result.output).toBe(0);
    outDir = result.outDir;
    // Served at /djjy/ and nothing else, like a host that mounts the site under a sub-path.
    server = await serveStatic(outDir, { base: BASE, port });
  });

  afterAll(() => server?.close());

  it('has no broken internal link or asset, and no link that leaves the base path', async () => {
    const checker = new LinkChecker();
    const external: string[] = [];
    const result = await checker.check({
      path: `${origin}${BASE}`,
      recurse: true,
      checkCss: true,
      concurrency: 8,
      linksToSkip: async (link) => {
        const skip = !link.startsWith(origin);
        if (skip) external.push(link);
        return skip;
      },
    });
    const broken = result.links.filter((l: LinkResult) => l.state === LinkState.BROKEN);
    expect(broken.map((l) => `${l.url} (${l.status}) from ${l.parent}`)).toEqual([]);
    const checked = result.links.filter((l) => l.state === LinkState.OK).map((l) => l.url);
    const escaping = checked.filter((u) => u.startsWith(origin) && !new URL(u).pathname.startsWith(BASE));
    expect(escaping).toEqual([]);
    // The crawl really covered the site and its series outputs.
    for (const expected of [
      'lectures/1/',
      'meetings/2/',
      'stats/',
      'calendar/',
      'feeds/lectures.xml',
      'calendar/lectures.ics',
      'lectures/3.ics',
      'og/lectures/1.png',
    ]) {
      expect(checked, expected).toContain(`${origin}${BASE}${expected}`);
    }
    expect(checked.length).toBeGreaterThan(40);
    // Only the site's own host is ever linked as a resource; other hosts would be content links.
    expect(external.filter((u) => /\.(css|js|png|jpe?g|webp|svg|woff2?)$/.test(u))).toEqual([]);
  });

  it('writes sitemap.xml, sitemap-index.xml and robots.txt with addresses under the base', () => {
    const robots = readFileSync(path.join(outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${origin}${BASE}sitemap.xml`);
    expect(readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8')).toBe(
      readFileSync(path.join(outDir, 'sitemap-index.xml'), 'utf8'),
    );
    const urls = [...readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => m[1]!,
    );
    expect(urls).toContain(`${origin}${BASE}lectures/1/`);
    expect(urls.every((u) => u.startsWith(`${origin}${BASE}`))).toBe(true);
    expect(urls.filter((u) => /\/books\/isbn\/|\/og\/|\.(png|ics|xml)$/.test(u))).toEqual([]);
  });

  it('serves feeds that rss-parser reads, linking pages under the base', async () => {
    for (const kind of ['lectures', 'meetings']) {
      const feed = await new Parser().parseString(readFileSync(path.join(outDir, 'feeds', `${kind}.xml`), 'utf8'));
      expect(feed.items.length, kind).toBeGreaterThan(0);
      for (const item of feed.items) expect(item.link).toMatch(new RegExp(`^${origin}${BASE}${kind}/\\d+/$`));
    }
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toContain(
      `<link rel="alternate" type="application/rss+xml" title="订阅初心讲坛更新" href="${BASE}feeds/lectures.xml"`,
    );
  });

  it('serves calendars that ical.js reads, with local times and page URLs under the base', () => {
    const parse = (file: string) => new ICAL.Component(ICAL.parse(readFileSync(path.join(outDir, file), 'utf8')));
    const single = parse('lectures/3.ics');
    const event = single.getFirstSubcomponent('vevent')!;
    expect(single.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Shanghai');
    expect(event.getFirstPropertyValue('dtstart')!.toString()).toBe('2030-01-10T14:30:00');
    expect(event.getFirstPropertyValue('uid')).toBe('lecture-3@127.0.0.1:' + new URL(origin).port);
    expect(event.getFirstPropertyValue('url')).toBe(`${origin}${BASE}lectures/3/`);
    // Held lectures have no single-event file; the series calendar has all of them.
    expect(existsSync(path.join(outDir, 'lectures/1.ics'))).toBe(false);
    expect(parse('calendar/lectures.ics').getAllSubcomponents('vevent')).toHaveLength(3);
    expect(parse('calendar/meetings.ics').getAllSubcomponents('vevent')).toHaveLength(2);
    const page = readFileSync(path.join(outDir, 'lectures/3/index.html'), 'utf8');
    expect(page).toContain(`href="${BASE}lectures/3.ics"`);
    expect(readFileSync(path.join(outDir, 'lectures/1/index.html'), 'utf8')).not.toContain('1.ics');
  });

  it('shows the content’s numbers in the 数据 tables, beside their charts', () => {
    const html = readFileSync(path.join(outDir, 'stats/index.html'), 'utf8');
    const charts = statsCharts(seriesStats(buildCatalog(loadFixture())));
    for (const chart of charts) {
      const expected = chart.table.rows.map((row) =>
        row.map((c) => (typeof c === 'number' ? c.toLocaleString('zh-CN') : c)),
      );
      expect(tableRows(html, `${chart.id}-table`), chart.id).toEqual(expected);
      expect(html).toContain(`<figcaption id="${chart.id}-title"`);
    }
    // Hand-checked against the fixture files: lectures 1 and 2 held (200 + 150 人次), meetings 1 (线上) and 2 (线下).
    expect(tableRows(html, 'attendance-per-year-table')).toEqual([['2024', '350']]);
    expect(tableRows(html, 'meetings-per-year-table')).toEqual([['2020', '1', '1', '0', '2']]);
    expect((html.match(/<ol class="chart__rows"/g) ?? []).length).toBe(charts.length);
  });

  it('renders an Open Graph image per session, book and person, points og:image at it, each under 300 KB', async () => {
    const page = readFileSync(path.join(outDir, 'lectures/1/index.html'), 'utf8');
    expect(page).toContain(`<meta property="og:image" content="${origin}${BASE}og/lectures/1.png"`);
    const png = readFileSync(path.join(outDir, 'og/lectures/1.png'));
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect((await sharp(png).stats()).channels[0]!.stdev).toBeGreaterThan(20);
    const book = readFileSync(path.join(outDir, 'books/9787020002207/index.html'), 'utf8');
    expect(book).toContain(`content="${origin}${BASE}og/books/9787020002207.png"`);
    const person = readFileSync(path.join(outDir, 'people/wang-fang/index.html'), 'utf8');
    expect(person).toContain(`content="${origin}${BASE}og/people/wang-fang.png"`);
    const cards = readdirSync(path.join(outDir, 'og'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.png'),
    );
    expect(cards).toEqual(expect.arrayContaining(['books/9787020002207.png', 'people/wang-fang.png']));
    for (const card of cards) expect(statSync(path.join(outDir, 'og', card)).size, card).toBeLessThan(300_000);
  });

  it('registers the offline-reading worker for the base path only, and opens a visited page offline', async () => {
    const lecture = readdirSync(path.join(outDir, 'lectures')).find((name) => /^\d+$/.test(name))!;
    const executablePath = chromiumPath();
    const browser = await chromium.launch({ args: CHROMIUM_FLAGS, ...(executablePath ? { executablePath } : {}) });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const address = `${origin}${BASE}lectures/${lecture}/`;
      await page.goto(address);
      const title = await page.locator('main h1').textContent();
      await expect
        .poll(
          () =>
            page.evaluate(async () => {
              const cache = await caches.open('djjy-offline-v1');
              return (await cache.keys()).map((r) => r.url);
            }),
          { timeout: 20_000 },
        )
        .toContain(address);
      const registration = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(registration).toBe(`${origin}${BASE}`);
      const kept = await page.evaluate(async () =>
        (await (await caches.open('djjy-offline-v1')).keys()).map((r) => r.url),
      );
      expect(kept.filter((url) => !url.startsWith(`${origin}${BASE}`))).toEqual([]);
      expect(kept).toContain(`${origin}${BASE}offline/`);
      await context.setOffline(true);
      await page.goto(address);
      expect(await page.locator('main h1').textContent()).toBe(title);
      await page.goto(`${origin}${BASE}people/`);
      expect(await page.locator('main h1').textContent()).toBe('当前没有网络');
    } finally {
      await browser.close();
    }
  });
});
