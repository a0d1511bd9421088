/**
 * Figures say what they count, in the right unit, and one figure never shows two values: the production build of
 * the bundled content (BUILD_DATE pins which sessions are upcoming), read in a real browser. Expectations are
 * derived from content/ or from other pages of the same build, never typed in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { builtFor, ContentFacts } from '../support/content-facts.ts';

const buildDate = builtFor(path.resolve(import.meta.dirname, '../../dist'));

/** The figure and unit of a StatList entry, by its label: 「81」「条」. */
async function stat(page: Page, label: string): Promise<{ value: number; unit: string }> {
  const dd = page
    .locator('dl.stats .stat', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('dd');
  const unit = (await dd.locator('small').textContent())!.trim();
  const value = Number((await dd.textContent())!.replace(unit, '').replace(/[,\s]/g, ''));
  return { value, unit };
}

test('/library/ counts flyleaf notes in 条, as many as content/ holds and /library/notes/ states', async ({ page }) => {
  const notes = new ContentFacts().books.reduce(
    (sum, book) => sum + (Array.isArray(book.data.flyleafNotes) ? book.data.flyleafNotes.length : 0),
    0,
  );
  expect(notes).toBeGreaterThan(0);
  await page.goto('./library/notes/');
  await expect(page.locator('main')).toContainText(`共 ${notes} 条`);
  await page.goto('./library/');
  expect(await stat(page, '扉页寄语')).toEqual({ value: notes, unit: '条' });
  expect(await stat(page, '图书种数')).toMatchObject({ unit: '种' });
  expect(await stat(page, '在架图书')).toMatchObject({ unit: '册' });
  expect(await stat(page, '捐赠人')).toMatchObject({ unit: '人' });
});

test('/library/drive/ states the anonymous gifts by their count, as /library/donors/ does, with no stock phrase', async ({
  page,
}) => {
  // The anonymous gifts as content/ holds them: books without a donor, and their copies (1 unless stated).
  const anonymous = new ContentFacts().books.filter((book) => !book.donor);
  const titles = anonymous.length;
  const copies = anonymous.reduce((sum, book) => sum + Number(book.data.copies ?? 1), 0);
  await page.goto('./library/donors/');
  const donorsText = (await page.locator('main').textContent())!;
  await page.goto('./library/drive/');
  const text = (await page.locator('main').textContent())!;
  expect(text).not.toContain('多位');
  const donors = (await stat(page, '捐赠人')).value;
  expect(text).toContain(`已有 ${donors} 位捐赠人参与。`);
  if (titles > 0) {
    expect(donorsText).toContain(`匿名捐赠 ${titles} 种 ${copies} 册`);
    expect(text).toContain(`另有 ${titles} 种 ${copies} 册为匿名捐赠。`);
  } else {
    expect(donorsText).not.toContain('匿名捐赠');
    expect(text).not.toContain('匿名捐赠。');
  }
});

test('/lectures/: each theme shows the same held count in the list, the table and on its own page, in 期', async ({
  page,
}) => {
  await page.goto('./lectures/');
  const main = page.locator('main');
  await expect(main).toContainText('即将举行的另外注明，不计入期数');
  const items = await page
    .locator('nav[aria-labelledby="lecture-browse"] ul')
    .first()
    .locator('li a')
    .allTextContents();
  expect(items.length).toBeGreaterThan(1);
  const rows = await page
    .locator('table', { has: page.locator('caption', { hasText: '按主题' }) })
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]),
    );
  const table = new Map(rows.map(([name, n]) => [name!, Number(n)]));
  let upcomingSeen = 0;
  for (const item of items) {
    const m = /^(.+)（(\d+) 期(?:，另有 (\d+) 期即将举行)?）$/.exec(item.trim());
    expect(m, item).not.toBeNull();
    const [, name, held, upcoming] = m!;
    upcomingSeen += Number(upcoming ?? 0);
    expect(table.get(name!) ?? 0, name).toBe(Number(held));
  }
  // The themes' 另有 N 期即将举行 add up to the themes of the lectures announced after the build date (the bundled
  // content announces lecture 11 after TEST_BUILD_DATE), and the page lists those lectures as upcoming.
  const facts = new ContentFacts();
  const upcoming = facts.upcoming(facts.lectures, buildDate);
  expect(upcoming.length).toBeGreaterThan(0);
  await expect(page.locator('section[aria-labelledby="upcoming"] .entry-title')).toHaveCount(upcoming.length);
  expect(upcomingSeen).toBe(upcoming.reduce((sum, lecture) => sum + new Set(lecture.themes).size, 0));

  const first = page.locator('nav[aria-labelledby="lecture-browse"] ul').first().locator('li a').first();
  const [, name, held] = /^(.+)（(\d+) 期/.exec((await first.textContent())!.trim())!;
  await first.click();
  await expect(page.locator('h1')).toContainText(name!);
  await expect(main).toContainText(`已举办 ${held} 期`);
  await expect(main).not.toContainText(/共 \d+ 条/);
});

test('year pages count sessions in 期, held ones only, naming the upcoming ones apart', async ({ page }) => {
  for (const series of ['lectures', 'meetings']) {
    await page.goto(`./${series}/`);
    const year = await page.locator('main a[href*="/years/"]').first().getAttribute('href');
    await page.goto(year!);
    const main = page.locator('main');
    await expect(main).toContainText(/已举办 \d+ 期/);
    await expect(main).not.toContainText(/共 \d+ 条/);
  }
});

/** Every built page's visible text (scripts, styles and tags dropped), by its path under dist/. */
function builtPages(): { file: string; text: string }[] {
  const dist = path.resolve(process.env.DIST_DIR ?? 'dist');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
  return files.map((file) => {
    const html = readFileSync(path.join(dist, file), 'utf8');
    const text = html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;|&#160;/g, ' ')
      .replace(/\s+/g, ' ');
    return { file, text };
  });
}

/** A label that carries its unit in brackets and a figure that says it again: 「在架图书（册） 58 册」. */
const REPEATED_UNIT = /[（(]([^（）()\s\d]{1,3})[)）]\s*[\d,，.]+\s*\1/u;

test('no figure on any built page repeats its unit (「在架图书（册）58册」)', () => {
  // The check itself catches the wording it is about, and lets the plain one pass.
  expect(REPEATED_UNIT.exec('在架图书（册） 58 册')?.[1]).toBe('册');
  expect(REPEATED_UNIT.test('在架图书 58 册')).toBe(false);
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  const repeated = pages.flatMap(({ file, text }) => {
    const found = REPEATED_UNIT.exec(text);
    return found ? [`${file}: …${text.slice(Math.max(0, found.index - 20), found.index + found[0].length)}`] : [];
  });
  expect(repeated).toEqual([]);
});

test('no headline figure names its unit in its label as well', async ({ page }) => {
  for (const route of ['./', './library/', './stats/', './library/drive/']) {
    await page.goto(route);
    const stats = page.locator('dl.stats .stat');
    expect(await stats.count(), route).toBeGreaterThan(0);
    for (const stat of await stats.all()) {
      const label = (await stat.locator('dt').textContent())!.trim();
      const unit = (await stat.locator('dd small').textContent())!.trim();
      expect(label, `${route} ${label}`).not.toMatch(new RegExp(`[（(]${unit}[)）]`));
    }
  }
});
