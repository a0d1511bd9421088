/**
 * The site end to end, against the production build of the bundled content.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const dist = path.resolve(import.meta.dirname, '../../dist');

/** Every page path listed in the built sitemap(s). */
function sitemapPaths(): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const locs = files.flatMap((f) => [...readFileSync(path.join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]);
  return locs.map((m) => new URL(m[1]!).pathname);
}

/** Records every request the page makes that leaves its own origin. */
function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

test('home → a lecture → a recommended book → a meeting that read it', async ({ page, baseURL }) => {
  const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('白沙洲工业园区党建教育');
  // Totals computed from content: 10 sessions held (第11期 is upcoming), 3,010 人次, 29 meetings.
  const totals = page.locator('dl.stats');
  await expect(totals).toContainText('讲坛期数10期');
  await expect(totals).toContainText('受教育人次3,010人次');
  await expect(totals).toContainText('读书会期数29期');

  await page
    .getByRole('link', { name: /第10期/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/lectures\/10\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const recommended = page.locator('section[aria-labelledby="recommended"] a').first();
  const bookTitle = (await recommended.textContent())!.trim();
  await recommended.click();
  await expect(page).toHaveURL(/\/books\/[0-9x]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bookTitle);
  await expect(page.locator('section[aria-labelledby="recommended-by"]')).toContainText('第10期');

  const meeting = page.locator('section[aria-labelledby="read-in"] a').first();
  await meeting.click();
  await expect(page).toHaveURL(/\/meetings\/\d+\/$/);
  await expect(page.locator('dl.facts').first()).toContainText(bookTitle);
  expect(foreign).toEqual([]);
});

test('every URL in the sitemap answers 200 with exactly one h1', async ({ request, baseURL }) => {
  // Requests leaving the origin are watched on every page by the quality gates (tests/e2e/quality*.spec.ts).
  const origin = new URL(baseURL!).origin;
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(100);
  const failures: string[] = [];
  for (const pagePath of paths) {
    const response = await request.get(`${origin}${pagePath}`);
    if (response.status() !== 200) failures.push(`${pagePath}: HTTP ${response.status()}`);
    const h1 = (await response.text()).match(/<h1[\s>]/g)?.length ?? 0;
    if (h1 !== 1) failures.push(`${pagePath}: ${h1} h1`);
  }
  expect(failures).toEqual([]);
});

test('every lecture, meeting, book and person in content/ has a page', async ({ request }) => {
  const root = path.resolve(import.meta.dirname, '../../content');
  const ids = (folder: string) => readdirSync(path.join(root, folder)).filter((f) => /\.mdx?$/.test(f));
  const numberOf = (folder: string, file: string) =>
    Number(/^number:\s*(\d+)/m.exec(readFileSync(path.join(root, folder, file), 'utf8'))![1]);
  const expected = [
    ...ids('lectures').map((f) => `lectures/${numberOf('lectures', f)}/`),
    ...ids('meetings').map((f) => `meetings/${numberOf('meetings', f)}/`),
    ...ids('books').map((f) => `books/${f.replace(/\.md$/, '')}/`),
    ...ids('people').map((f) => `people/${f.replace(/\.md$/, '')}/`),
  ];
  expect(expected.length).toBeGreaterThan(100);
  for (const pagePath of expected) {
    const response = await request.get(`./${pagePath}`);
    expect(response.status(), pagePath).toBe(200);
  }
});

test('the 404 page helps the reader on', async ({ page }) => {
  const response = await page.goto('./no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面没有找到');
  await expect(page.getByRole('link', { name: '初心讲坛' }).first()).toBeVisible();
  await expect(page.getByRole('searchbox').first()).toBeVisible();
});
