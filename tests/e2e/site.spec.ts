/**
 * The site end to end, against the production build of the bundled content.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { builtFor, ContentFacts, grouped } from '../support/content-facts.ts';

const dist = path.resolve(import.meta.dirname, '../../dist');
const content = new ContentFacts();

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
  // Totals computed from content for the date the build was made for (sessions after it are upcoming).
  const date = builtFor(dist);
  await expect(page.locator('time[data-build-date]')).toHaveAttribute('datetime', date);
  const totals = page.locator('dl.stats');
  const lecturesHeld = content.held(content.lectures, date);
  expect(lecturesHeld.length, `no lecture held by ${date}`).toBeGreaterThan(0);
  await expect(totals).toContainText(`讲坛期数${lecturesHeld.length}期`);
  await expect(totals).toContainText(`受教育人次${grouped(content.attendance(date))}人次`);
  await expect(totals).toContainText(`读书会期数${content.held(content.meetings, date).length}期`);

  const latest = lecturesHeld.at(-1)!.number;
  await page
    .getByRole('link', { name: new RegExp(`第${latest}期`) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/lectures/${latest}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const recommended = page.locator('section[aria-labelledby="recommended"] a').first();
  const bookTitle = (await recommended.textContent())!.trim();
  await recommended.click();
  await expect(page).toHaveURL(/\/books\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bookTitle);
  await expect(page.locator('section[aria-labelledby="recommended-by"]')).toContainText(`第${latest}期`);

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
  const people = readdirSync(path.join(content.contentDir, 'people')).filter((f) => f.endsWith('.md'));
  const expected = [
    ...content.lectures.map((s) => `lectures/${s.number}/`),
    ...content.meetings.map((s) => `meetings/${s.number}/`),
    ...content.books.map((b) => `books/${b.id}/`),
    ...people.map((f) => `people/${f.replace(/\.md$/, '')}/`),
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
