/**
 * 初心讲坛 and 南江读书会 in depth, in a real browser against dist/: breakdowns, calendar download, QR code,
 * the print notice, the 数据 charts with their tables, feed autodiscovery and Open Graph images.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { builtFor, ContentFacts } from '../support/content-facts.ts';

const content = new ContentFacts();
const buildDate = builtFor(path.resolve(import.meta.dirname, '../../dist'));
const numbersIn = async (links: import('@playwright/test').Locator) =>
  (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)))
    .map((href) => Number(/\/(\d+)\/$/.exec(href)?.[1]))
    .sort((a, b) => a - b);

for (const series of ['lectures', 'meetings'] as const) {
  test(`the ${series} list keeps upcoming sessions apart from past ones`, async ({ page }) => {
    const upcoming = content.upcoming(content[series], buildDate).map((s) => s.number);
    // The bundled content has an upcoming lecture at the test build date: without one this test would prove nothing.
    if (series === 'lectures') expect(upcoming.length, `no lecture after ${buildDate} in content/`).toBeGreaterThan(0);
    await page.goto(`./${series}/`);
    const upcomingSection = page.locator('section[aria-labelledby="upcoming"]');
    if (upcoming.length === 0) await expect(upcomingSection).toHaveCount(0);
    else expect(await numbersIn(upcomingSection.locator(`h3 a[href*="/${series}/"]`))).toEqual(upcoming);
    const past = await numbersIn(page.locator(`section[aria-labelledby="past"] h3 a[href*="/${series}/"]`));
    expect(past.length).toBeGreaterThan(0);
    expect(past.filter((n) => upcoming.includes(n))).toEqual([]);
    for (const n of upcoming) {
      await page.goto(`./${series}/${n}/`);
      await expect(page.locator('main')).toContainText('即将举行');
    }
  });
}

// One session page for both series (issue 16): the people are PeopleLinks on both, and an upcoming session of
// either series wears the 即将举行 badge beside its number.
for (const [series, label] of [
  ['lectures', '主讲人'],
  ['meetings', '领读人'],
] as const) {
  test(`a ${series} page lists its ${label} as linked names joined by 、, and badges an upcoming session`, async ({
    page,
  }) => {
    const upcoming = content.upcoming(content[series], buildDate).map((s) => s.number);
    const numbers = [...new Set([...content[series].slice(0, 3).map((s) => s.number), ...upcoming])];
    for (const n of numbers) {
      await page.goto(`./${series}/${n}/`);
      // The first list of facts is the page's own; the print sheet repeats the people in its own.
      const people = page.locator('.facts').first().locator(`dt:text-is("${label}") + dd`);
      await expect(people.locator('ul')).toHaveCount(0);
      const names = await people.locator('a[href*="/people/"]').allTextContents();
      expect(names.length).toBeGreaterThan(0);
      const text = (await people.textContent())!.replace(/\s+/g, '').replace(/（[^）]*）/g, '');
      expect(text).toBe(names.map((name) => name.trim()).join('、'));
      const badge = page.locator('main header .badge', { hasText: '即将举行' });
      await expect(badge).toHaveCount(upcoming.includes(n) ? 1 : 0);
    }
  });
}

test('the lecture list shows the breakdowns', async ({ page }) => {
  await page.goto('./lectures/');
  const breakdown = page.locator('section[aria-labelledby="lecture-breakdown"]');
  await expect(breakdown.getByRole('table')).toHaveCount(3);
  await expect(breakdown.getByRole('table', { name: '逐年统计' })).toBeVisible();
  await expect(breakdown.getByRole('table', { name: '按主题' })).toBeVisible();
  await expect(breakdown.getByRole('table', { name: '按主讲人类别' })).toBeVisible();
  // Per-year sessions add up to the total on the same page.
  const total = Number((await page.locator('dl.stats dd').first().innerText()).replace(/\D/g, ''));
  const perYear = await breakdown
    .getByRole('table', { name: '逐年统计' })
    .locator('tbody tr td:nth-child(2)')
    .allInnerTexts();
  expect(perYear.map(Number).reduce((a, b) => a + b, 0)).toBe(total);
});

test('an upcoming lecture offers its .ics; the file carries Shanghai local time', async ({ page, request }) => {
  // Which lecture is upcoming depends on the build date: read it from content, never skip.
  const next = content.upcoming(content.lectures, buildDate)[0];
  expect(next, `no lecture after ${buildDate} in content/`).toBeDefined();
  await page.goto('./lectures/');
  await page.locator(`section[aria-labelledby="upcoming"] a[href$="/lectures/${next!.number}/"]`).click();
  const button = page.getByRole('link', { name: '加入日历' });
  await expect(button).toBeVisible();
  const href = await button.getAttribute('href');
  expect(href).toMatch(/\/lectures\/\d+\.ics$/);
  const response = await request.get(new URL(href!, page.url()).href);
  expect(response.ok()).toBe(true);
  const text = await response.text();
  expect(text).toContain('BEGIN:VTIMEZONE');
  expect(text).toMatch(/DTSTART;TZID=Asia\/Shanghai:\d{8}T\d{6}\r\n/);
  expect(text).toMatch(/UID:lecture-\d+@/);
});

// The suite's build pins BUILD_DATE=2026-12-01: lecture 1 (2023-03-17) is held, lecture 11 (2026-12-18) is to come.
test('a held lecture has a QR code and prints as a one-page record, not a notice', async ({ page }) => {
  await page.goto('./lectures/1/');
  const qr = page.locator('.share').getByRole('img', { name: /本页二维码/ });
  await expect(qr).toBeVisible();
  await expect(page.locator('.print-notice')).toBeHidden();
  await expect(page.getByRole('link', { name: '加入日历' })).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  const notice = page.locator('.print-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('活动记录');
  await expect(notice).not.toContainText('活动通知');
  await expect(notice).toContainText('受教育人次');
  await expect(notice).toContainText('主讲人');
  await expect(notice).toContainText('地点');
  await expect(notice.locator('svg path')).toHaveCount(1);
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.share')).toBeHidden();
  await expect(page.locator('article h1')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});

test('an upcoming lecture prints as a one-page notice', async ({ page }) => {
  await page.goto('./lectures/11/');
  await expect(page.getByRole('link', { name: '加入日历' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const notice = page.locator('.print-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('活动通知');
  await expect(notice).not.toContainText('活动记录');
  await expect(notice).not.toContainText('受教育人次');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
});

test('a held meeting prints as a record', async ({ page }) => {
  await page.goto('./meetings/1/');
  await page.emulateMedia({ media: 'print' });
  const notice = page.locator('.print-notice');
  await expect(notice).toContainText('活动记录');
  await expect(notice).not.toContainText('活动通知');
});

test('the meetings list shows per-year formats and the lead-reader rotation', async ({ page }) => {
  await page.goto('./meetings/');
  const perYear = page.getByRole('table', { name: '逐年统计' });
  await expect(perYear.locator('thead')).toContainText('线下');
  await expect(perYear.locator('thead')).toContainText('线上');
  const rotation = page.getByRole('table', { name: '领读人轮值' });
  await expect(rotation.locator('tbody tr').first()).toBeVisible();
  // The top lead reader's page says the same count.
  const first = rotation.locator('tbody tr').first();
  const count = (await first.locator('td').first().innerText()).trim();
  await first.getByRole('link').first().click();
  await expect(page.locator('main')).toContainText(`领读 ${count} 次`);
});

test('the 数据 page draws every chart as bars beside its table, a bar per table row, with no chart script', async ({
  page,
}) => {
  await page.goto('./stats/');
  const charts = page.locator('figure.chart');
  expect(await charts.count()).toBeGreaterThanOrEqual(6);
  for (const chart of await charts.all()) {
    const bars = chart.locator('.chart__rows > li');
    await expect(bars.first()).toBeVisible();
    await expect(chart.locator('table tbody tr').first()).toBeAttached();
    expect(await chart.locator('.chart__rows rect').count()).toBeGreaterThan(0);
    // A bar's length is its total's share of the longest: the bars' widths keep the totals' order.
    const drawn = await bars.evaluateAll((rows) =>
      rows.map((row) => ({
        total: Number(row.querySelector('.chart__row-value')!.textContent!.replace(/,/g, '')),
        width: [...row.querySelectorAll('rect')].reduce((sum, r) => sum + r.getBoundingClientRect().width, 0),
      })),
    );
    const longest = drawn.reduce((a, b) => (b.total > a.total ? b : a));
    for (const bar of drawn) expect(bar.width).toBeCloseTo((longest.width * bar.total) / longest.total, 0);
  }
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('src')));
  expect(scripts.filter((src) => !/reading-settings/.test(src ?? ''))).toEqual([]);
  // Bars take their colour from CSS custom properties, which change in dark mode.
  const fill = () =>
    charts
      .first()
      .locator('.chart__rows rect')
      .first()
      .evaluate((r) => getComputedStyle(r).fill);
  const light = await fill();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await fill()).not.toBe(light);
  const results = await new AxeBuilder({ page }).include('figure.chart').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('every page announces the feeds and an Open Graph image that exists', async ({ page, request }) => {
  await page.goto('./meetings/1/');
  const feeds = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(feeds).toHaveCount(3);
  const hrefs = await feeds.evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(hrefs.map((href) => new URL(href).pathname.split('/').pop()).sort()).toEqual([
    'books.xml',
    'lectures.xml',
    'meetings.xml',
  ]);
  // Each feed is RSS and carries items of its own kind.
  const itemLink = { 'lectures.xml': '/lectures/', 'meetings.xml': '/meetings/', 'books.xml': '/books/' };
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.ok(), href).toBe(true);
    const xml = await response.text();
    expect(xml).toContain('<rss');
    const kind = itemLink[new URL(href).pathname.split('/').pop() as keyof typeof itemLink];
    expect(xml, href).toMatch(new RegExp(`<item>[\\s\\S]*?<link>[^<]*${kind}`));
  }
  const og = await page.locator('head meta[property="og:image"]').getAttribute('content');
  expect(og).toMatch(/\/og\/meetings\/1\.png$/);
  const image = await request.get(new URL(new URL(og!).pathname, page.url()).href);
  expect(image.headers()['content-type']).toContain('image/png');
  expect((await image.body()).length).toBeGreaterThan(10_000);
});
