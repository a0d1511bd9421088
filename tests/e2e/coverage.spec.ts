/**
 * 覆盖单位 and the 台账 in a real browser against dist/: the links from /stats/ and the series pages, the figures
 * of the coverage page against the content files as written (held by the build date the home page states), the
 * .xlsx download, the A4 print page, and the page on a phone at normal size and in 长辈模式.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../../src/io/site-config.ts';
import { builtFor, frontmatterById, grouped } from '../support/content-facts.ts';

const buildDate = builtFor(path.resolve(import.meta.dirname, '../../dist'));
const content = contentDir(process.cwd());

const folder = (name: string) => frontmatterById(path.join(content, name));

/** Held sessions of both series: year, 人次 and organisation → 人次, read straight from the files. */
const organisations = folder('organisations');
const held = [...folder('lectures').values(), ...folder('meetings').values()]
  .map((data) => ({
    year: Number(String(data.date instanceof Date ? data.date.toISOString() : data.date).slice(0, 4)),
    date: data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date),
    attendance: Number(data.attendance ?? data.participants ?? 0),
    byOrganisation: (data.byOrganisation ?? []) as { organisation: string; attendance: number }[],
  }))
  .filter((session) => session.date <= buildDate);
const thisYear = Number(buildDate.slice(0, 4));

for (const from of ['stats', 'lectures', 'meetings']) {
  test(`/${from}/ links to the coverage page, whose heading says 覆盖`, async ({ page }) => {
    await page.goto(`./${from}/`);
    const link = page.locator('main').getByRole('link', { name: /覆盖单位/ });
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL(/\/coverage\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('覆盖');
  });
}

test('the coverage page: figures per year, per organisation and not reached this year agree with the content', async ({
  page,
}) => {
  expect(organisations.size, 'the sample content registers organisations').toBeGreaterThan(2);
  await page.goto('./coverage/');
  // Per year: 覆盖单位数, 场次, 人次, 未登记单位人次.
  const years = [...new Set(held.map((s) => s.year))].sort();
  const perYear = page.locator('#coverage-per-year-table tbody tr');
  for (const year of years) {
    const sessions = held.filter((s) => s.year === year);
    const reached = new Set(
      sessions.flatMap((s) => s.byOrganisation.filter((r) => r.attendance > 0).map((r) => r.organisation)),
    );
    const attendance = sessions.reduce((sum, s) => sum + s.attendance, 0);
    const assigned = sessions.reduce((sum, s) => sum + s.byOrganisation.reduce((a, r) => a + r.attendance, 0), 0);
    const cells = await perYear
      .filter({ has: page.locator(`th:text-is("${year}")`) })
      .locator('td')
      .allInnerTexts();
    expect(cells, String(year)).toEqual(
      [reached.size, sessions.length, attendance, attendance - assigned].map(grouped),
    );
  }
  // The 人次 of every reached organisation, by its full name.
  const perOrganisation = page.locator('#coverage-per-organisation-table tbody tr');
  for (const [id, data] of organisations) {
    const total = held.reduce(
      (sum, s) => sum + s.byOrganisation.filter((r) => r.organisation === id).reduce((a, r) => a + r.attendance, 0),
      0,
    );
    // The chart's table names an organisation as the chart does: by its short name when it has one.
    const label = String(data.shortName ?? data.name);
    const row = perOrganisation.filter({ has: page.locator(`th:text-is("${label}")`) });
    if (total === 0) await expect(row).toHaveCount(0);
    else await expect(row.locator('td').nth(1)).toHaveText(grouped(total));
  }
  // Not reached this year: registered, with no 人次 in a session held this year.
  const reachedNow = new Set(
    held
      .filter((s) => s.year === thisYear)
      .flatMap((s) => s.byOrganisation.filter((r) => r.attendance > 0).map((r) => r.organisation)),
  );
  const notReached = [...organisations].filter(([id]) => !reachedNow.has(id)).map(([, data]) => String(data.name));
  await expect(page.getByRole('heading', { name: `${thisYear}年尚未覆盖的单位` })).toBeVisible();
  const listed = await page.locator('section[aria-labelledby="not-reached"] li').allInnerTexts();
  expect(listed.map((text) => text.replace(/（.*$/s, '').trim()).sort()).toEqual(notReached.sort());
  // 覆盖率 per kind as a percentage, e.g. 非公企业.
  const privateSector = [...organisations].filter(([, data]) => data.kind === '非公企业');
  const everReached = new Set(
    held.flatMap((s) => s.byOrganisation.filter((r) => r.attendance > 0).map((r) => r.organisation)),
  );
  const rate =
    Math.round((privateSector.filter(([id]) => everReached.has(id)).length / privateSector.length) * 1000) / 10;
  await expect(
    page
      .locator('[aria-labelledby="kinds"] tr', { has: page.locator('th:text-is("非公企业")') })
      .locator('td')
      .nth(2),
  ).toHaveText(`${rate}%`);
  const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations).toEqual([]);
});

test('the 台账 links download an .xlsx and open an A4 landscape print page with one row per held session', async ({
  page,
}) => {
  await page.goto('./coverage/');
  const xlsx = page.getByRole('link', { name: `下载${thisYear}年台账（Excel）` });
  await expect(xlsx).toContainText('台账');
  const [download] = await Promise.all([page.waitForEvent('download'), xlsx.click()]);
  expect(download.suggestedFilename()).toMatch(/台账.*\.xlsx$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');

  await page.getByRole('link', { name: '全部年份台账打印版（A4）' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('台账');
  await expect(page.locator('.ledger__table tbody tr')).toHaveCount(held.length);
  await expect(page.locator('.ledger__table tfoot td').nth(6)).toHaveText(
    grouped(held.reduce((sum, s) => sum + s.attendance, 0)),
  );
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.ledger .no-print')).toBeHidden();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
  expect(boxes.length).toBeGreaterThan(0);
  // A4 landscape in points: 842 × 595.
  for (const box of boxes) expect(box).toEqual([842, 595]);
});

for (const elder of [false, true]) {
  test(`on a phone${elder ? ' in 长辈模式' : ''}, the coverage page opens with its heading and figures and does not scroll sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./coverage/');
    if (elder) {
      await page.locator('.site-header').getByRole('button', { name: '长辈模式' }).click();
      await expect(page.locator('.site-header').getByRole('button', { name: '长辈模式' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    }
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(page.locator('dl.stats')).toBeVisible();
  });
}
