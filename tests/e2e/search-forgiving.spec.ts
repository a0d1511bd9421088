/**
 * Search that forgives how people type (issue 24), through the real search page and the built index, with queries
 * derived from the content (tests/support/search-queries.ts): titles and names typed in traditional characters,
 * content written in traditional characters found by a simplified query (an index built by the site's own code,
 * served in place of the site's), one same-sound slip of a pinyin keyboard (with "您是不是要找"), and excerpts that
 * mark what matched, title marks once.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { SearchIndexFeed } from '../../src/io/search/build-index.ts';
import { ContentFacts } from '../support/content-facts.ts';
import { homophoneQueries, traditionalQueries } from '../support/search-queries.ts';

const content = new ContentFacts();
const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('[data-search-results] > li');

async function search(page: Page, query: string) {
  await page.goto(`./search/?q=${encodeURIComponent(query)}`);
  await expect(status(page)).toHaveText(/找到|没有/, { timeout: 15_000 });
}

/** Site paths of the first five results. */
async function topFive(page: Page): Promise<string[]> {
  const base = new URL(page.url()).pathname.replace(/search\/$/, '');
  return page
    .locator('[data-search-results] > li h2 a')
    .evaluateAll((links) => links.slice(0, 5).map((link) => new URL((link as HTMLAnchorElement).href).pathname))
    .then((paths) => paths.map((p) => `/${p.slice(base.length)}`));
}

/** The result for `expected`, its title and its marked words. */
async function resultFor(page: Page, expected: string) {
  const item = results(page).filter({ has: page.locator(`h2 a[href*="${expected}?"]`) });
  return {
    title: (await item.locator('h2').innerText()).trim(),
    marks: await item.locator('.search__excerpt mark').allInnerTexts(),
    excerpt: await item.locator('.search__excerpt').innerText(),
  };
}

const traditional = traditionalQueries(content);
const homophones = homophoneQueries(content);

test('the content has titles and names to derive the queries from', () => {
  expect(traditional.length).toBeGreaterThanOrEqual(4);
  expect(homophones.length).toBeGreaterThanOrEqual(4);
});

for (const { query, written, expected } of traditional) {
  test(`繁体「${query}」finds ${expected} and shows it as written`, async ({ page }) => {
    await search(page, query);
    expect(await topFive(page)).toContain(expected);
    const result = await resultFor(page, expected);
    expect(result.title).toContain(written);
    // The excerpt marks the words in the form the page writes them (or shows the page's summary if its text lacks them).
    for (const mark of result.marks) expect(written).toContain(mark.replace(/\s/g, ''));
  });
}

for (const { query, written, expected } of homophones) {
  test(`同音字「${query}」finds ${expected} in the top five and offers 您是不是要找：${written}`, async ({ page }) => {
    await search(page, query);
    expect(await topFive(page)).toContain(expected);
    const suggest = page.locator('[data-search-suggest]');
    await expect(suggest).toBeVisible();
    await expect(suggest).toContainText('您是不是要找：');
    const link = suggest.getByRole('link');
    await expect(link).toHaveText(written);
    const result = await resultFor(page, expected);
    expect(result.marks.join('')).toContain(written);
    await link.click();
    await expect(page.locator('#search-q')).toHaveValue(written);
    await expect(status(page)).toHaveText(/找到 \d+ 条结果/);
    await expect(suggest).toBeHidden();
    expect(await topFive(page)).toContain(expected);
  });
}

test('a query that finds pages as typed loads no variant table', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (/\/search\/(pinyin|t2s)\.json$/.test(request.url())) fetched.push(request.url());
  });
  // A title that several pages name (a book read at meetings): every one of the first results holds it.
  const title = content.books.map((b) => b.title).find((t) => /^\p{Script=Han}{3,}$/u.test(t))!;
  await search(page, title);
  expect(await results(page).count()).toBeGreaterThan(0);
  await expect(page.locator('[data-search-suggest]')).toBeHidden();
  expect(fetched).toEqual([]);
});

test('excerpts mark words, not lone characters of them, for every synonym form', async ({ page }) => {
  const groups = readFileSync(path.join(content.contentDir, 'data/synonyms.yaml'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('- ['))
    .map((line) => line.slice(3, -1).split(/,\s*/));
  expect(groups.length).toBeGreaterThan(3);
  for (const form of groups.map((group) => group[0]!).filter((f) => /^\p{Script=Han}{2,}$/u.test(f))) {
    await search(page, form);
    for (const mark of await page.locator('[data-search-results] .search__excerpt mark').allInnerTexts())
      expect(mark.replace(/\s/g, '').length, `「${form}」 marks ${mark}`).toBeGreaterThanOrEqual(2);
  }
});

test('an excerpt shows title marks once where the page nests them', async ({ page }) => {
  const nested = content.books.find((b) => /[〈〉]/.test(b.title));
  test.skip(!nested, 'no book title in content/ nests title marks');
  const word = nested!.title.replace(/[〈〉《》]/g, '').match(/\p{Script=Han}{2,}/u)![0];
  await search(page, word);
  const excerpts = await page.locator('[data-search-results] .search__excerpt').allInnerTexts();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const text of excerpts) expect(text).not.toMatch(/《《|》》/);
});

test.describe('content written in traditional characters', () => {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  // A book and its author from the content, written as an imported traditional catalogue would write them.
  const book = content.books.find((b) => toTraditional(b.title) !== b.title && typeof b.data.authors === 'object')!;
  const author = String((book.data.authors as string[])[0]);
  const bookUrl = '/books/traditional-import/';
  let index: string;

  test.beforeAll(async () => {
    const html = (title: string, body: string) =>
      `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main>` +
      `<article data-pagefind-body data-pagefind-filter="类型:图书"><h1 data-pagefind-meta="title">《${title}》</h1>` +
      `<p>${body}</p></article></main></body></html>`;
    const feed = new SearchIndexFeed([]);
    feed.add(bookUrl, html(toTraditional(book.title), `作者：${toTraditional(author)}。讀書會共讀書目。`));
    feed.add('/books/other/', html('另一本书', '与此无关的内容。'));
    const out = mkdtempSync(path.join(tmpdir(), 'traditional-index-'));
    await feed.finish(out);
    index = path.join(out, 'pagefind');
  });

  test('is found by a simplified query and shown as written', async ({ page }) => {
    // The search page is the site's; its index is one built by the site's own indexing code from a traditional page.
    await page.route('**/pagefind/**', (route) =>
      route.fulfill({ path: path.join(index, new URL(route.request().url()).pathname.replace(/^.*\/pagefind\//, '')) }),
    );
    for (const query of [book.title, author]) {
      await search(page, query);
      expect(await topFive(page)).toContain(bookUrl);
      const result = await resultFor(page, bookUrl);
      expect(result.title).toBe(`《${toTraditional(book.title)}》`);
    }
    await search(page, book.title);
    const result = await resultFor(page, bookUrl);
    expect(result.marks.join('')).toContain(toTraditional(book.title));
  });
});
