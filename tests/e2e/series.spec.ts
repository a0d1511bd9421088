/**
 * 初心讲坛 and 南江读书会 in depth, in a real browser against dist/: breakdowns, calendar download, QR code,
 * the print notice, the 数据 charts with their tables, feed autodiscovery and Open Graph images.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test('the lecture list keeps upcoming sessions apart and shows the breakdowns', async ({ page }) => {
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
  await page.goto('./lectures/');
  const upcoming = page.locator('section[aria-labelledby="upcoming"] a[href*="/lectures/"]');
  test.skip((await upcoming.count()) === 0, 'no upcoming lecture in the bundled content at this build date');
  await upcoming.first().click();
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

test('the 数据 page draws every chart as SVG beside its table, with no chart script', async ({ page }) => {
  await page.goto('./stats/');
  const charts = page.locator('figure.chart');
  expect(await charts.count()).toBeGreaterThanOrEqual(6);
  for (const chart of await charts.all()) {
    await expect(chart.locator('svg.chart__svg')).toBeVisible();
    await expect(chart.locator('table tbody tr').first()).toBeAttached();
    expect(await chart.locator('svg rect').count()).toBeGreaterThan(0);
  }
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('src')));
  expect(scripts.filter((src) => !/reading-settings/.test(src ?? ''))).toEqual([]);
  // Bars take their colour from CSS custom properties, which change in dark mode.
  const fill = () =>
    charts
      .first()
      .locator('svg .chart__bars rect')
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
  for (const href of await feeds.evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href))) {
    if (href.endsWith('/books.xml')) continue; // written by the library feature
    const response = await request.get(href);
    expect(response.ok(), href).toBe(true);
    expect(await response.text()).toContain('<rss');
  }
  const og = await page.locator('head meta[property="og:image"]').getAttribute('content');
  expect(og).toMatch(/\/og\/meetings\/1\.png$/);
  const image = await request.get(new URL(new URL(og!).pathname, page.url()).href);
  expect(image.headers()['content-type']).toContain('image/png');
  expect((await image.body()).length).toBeGreaterThan(10_000);
});
