/** The shared library in a real browser, on the production build of the bundled content. */
import { test, expect } from '@playwright/test';
import { comparePinyin } from '../../src/lib/collate.ts';
import { ContentFacts } from '../support/content-facts.ts';

const content = new ContentFacts();

// Pinyin order past opening marks (a title such as 〈…〉 files under its first word) is checked on every section.
test('the title index lists every book in pinyin order within each initial', async ({ page }) => {
  await page.goto('./library/titles/');
  const sections = page.locator('main section');
  const count = await sections.count();
  expect(count).toBeGreaterThan(3);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const titles = await sections.nth(i).locator('.entry-title a').allTextContents();
    total += titles.length;
    expect(titles).toEqual([...titles].sort(comparePinyin));
  }
  // Every book in content/ is listed, and the page says how many.
  expect(total).toBe(content.books.length);
  await expect(page.locator('main')).toContainText(`${content.books.length} 种`);
});

test('class pages count their books, and the class index lists all 22 classes (empty ones unlinked)', async ({
  page,
}) => {
  await page.goto('./library/classes/');
  const entries = page.locator('main .group-index li');
  const letters = new Set(content.books.map((b) => b.clc?.[0]).filter((letter) => letter && /[A-Z]/.test(letter)));
  const unclassified = content.books.some((b) => !b.clc);
  await expect(entries).toHaveCount(22 + (unclassified ? 1 : 0));
  // Only classes holding books link to a page; the rest say 暂无藏书 (issue 24, point 4).
  await expect(page.locator('main .group-index li a')).toHaveCount(letters.size + (unclassified ? 1 : 0));
  await expect(page.locator('main .group-index li:not(:has(a))')).toHaveCount(22 - letters.size);
  for (const item of await page.locator('main .group-index li:not(:has(a))').allTextContents())
    expect(item).toContain('暂无藏书');
  await page.getByRole('link', { name: /^A 马克思主义/ }).click();
  await expect(page).toHaveURL(/\/library\/classes\/a\/$/);
  const inClassA = content.books.filter((b) => b.clc?.startsWith('A')).length;
  expect(inClassA, 'the bundled content has books in class A').toBeGreaterThan(0);
  await expect(page.locator('main .entry-list > li')).toHaveCount(inClassA);
  await expect(page.locator('main')).toContainText(`${inClassA} 种`);
});

test('a book page shows class, status, copies, shelf, the flyleaf chain oldest first and citations', async ({
  page,
}) => {
  await page.goto('./books/9787010009148/');
  await expect(page.locator('.facts')).toContainText('A41 马克思主义、列宁主义、毛泽东思想、邓小平理论');
  await expect(page.locator('.facts')).toContainText('978-7-01-000914-8');
  await expect(page.locator('.facts')).toContainText('书架位置');
  const dates = await page
    .locator('section[aria-labelledby="flyleaf"] time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThan(1);
  expect(dates).toEqual([...dates].sort());
  await expect(page.locator('#cite-gbt + pre')).toContainText('毛泽东. 毛泽东选集: 第一卷[M]. 北京: 人民出版社, 1991.');
  await expect(page.locator('#cite-bibtex + pre')).toContainText('@book{9787010009148,');
  await expect(page.locator('#cite-ris + pre')).toContainText('TY  - BOOK');
});

test('an anonymous gift says 匿名捐赠 and names nobody', async ({ page }) => {
  await page.goto('./books/9787020002207/');
  const donor = page.locator('.facts dt:text-is("捐赠人") + dd');
  await expect(donor).toHaveText('匿名捐赠');
  await expect(donor.locator('a')).toHaveCount(0);
});

test('/books/isbn/<isbn13>/ takes the reader to the book', async ({ page }) => {
  await page.goto('./books/isbn/9787020002207/');
  await expect(page).toHaveURL(/\/books\/9787020002207\/$/);
  await expect(page.locator('h1')).toContainText('红楼梦');
});

// Every sample book carries an ISBN and a year checked against a real record (tests/unit/sample-isbns.test.ts):
// the meeting that read one links to its ISBN address, and no book page says ISBN 不详 or leaves the year out.
test('a meeting links its book at the ISBN address, which shows the ISBN and a dated citation', async ({ page }) => {
  await page.goto('./meetings/14/');
  await page.locator('.facts').getByRole('link', { name: '《乡土中国》' }).click();
  await expect(page).toHaveURL(/\/books\/9787301174821\/$/);
  await expect(page.locator('.facts dt:text-is("ISBN") + dd')).toHaveText('978-7-301-17482-1');
  await expect(page.locator('#cite-gbt + pre')).toContainText('费孝通. 乡土中国[M]. 北京: 北京大学出版社, 2012.');
});

test('no book page shows ISBN 不详, and every GB/T 7714 citation ends with the year from content', async ({ page }) => {
  expect(content.books.length).toBeGreaterThan(0);
  for (const book of content.books) {
    const response = await page.request.get(`./books/${book.id}/`);
    expect(response.status(), book.id).toBe(200);
    const html = await response.text();
    const isbn = /<dt>ISBN<\/dt>\s*<dd[^>]*>([^<]*)<\/dd>/.exec(html)?.[1]?.trim();
    expect(isbn, `${book.id}: ISBN`).toMatch(/^97[89]-\d+-\d+-\d+-\d$/);
    expect(isbn!.replaceAll('-', ''), book.id).toBe(book.id);
    const gbt = /id="cite-gbt-text"[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
    expect(gbt, `${book.id}: citation year`).toMatch(new RegExp(`, ${book.data.year}\\.\\s*$`));
  }
});

test('the donors index counts match each donor page', async ({ page }) => {
  await page.goto('./library/donors/');
  const first = page.locator('main .donor-list > li').first();
  const titles = Number(/捐书 (\d+) 种/.exec((await first.locator('.meta').textContent()) ?? '')![1]);
  await first.locator('a').click();
  await expect(page).toHaveURL(/\/people\/[a-z0-9-]+\/$/);
  // The count is the donor's books in content/, not only what the two pages say.
  const donor = /\/people\/([a-z0-9-]+)\/$/.exec(page.url())![1];
  expect(titles).toBe(content.books.filter((b) => b.donor === donor).length);
  await expect(page.locator('#donated')).toContainText(`（${titles}）`);
  await expect(page.locator('section[aria-labelledby="donated"] li')).toHaveCount(titles);
});

test('the catalogue downloads as CSV with a BOM, and new donations have an RSS feed', async ({ page, request }) => {
  await page.goto('./library/');
  const href = await page.getByRole('link', { name: /下载馆藏目录/ }).getAttribute('href');
  const csv = await request.get(href!);
  expect(csv.status()).toBe(200);
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString('utf8')).toContain('ISBN,书名,副标题,作者');
  await page.goto('./library/new/');
  const feed = await request.get((await page.getByRole('link', { name: '订阅最新捐赠' }).getAttribute('href'))!);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('<title>共享图书馆 · 最新捐赠</title>');
});
