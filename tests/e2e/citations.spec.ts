/**
 * 引用本书 in a real browser on the production build: the 复制 buttons put the citation on the clipboard (the
 * Clipboard API where the page is a secure context, the selection fallback on a plain-http intranet), under the
 * site's CSP with no violation and only when the page's one script runs, and the BibTeX/RIS links download the
 * files written at build time.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const BOOK = './books/9787010009148/';

function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) found.push(message.text());
  });
  return found;
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('each 复制 button copies its citation and says so, with no CSP violation', async ({ page }) => {
  const violations = cspViolations(page);
  await page.goto(BOOK);
  for (const [name, id] of [
    ['复制 GB/T 7714-2015', 'cite-gbt-text'],
    ['复制 BibTeX', 'cite-bibtex-text'],
    ['复制 RIS', 'cite-ris-text'],
  ] as const) {
    await page.getByRole('button', { name }).click();
    await expect(page.locator('#cite-status')).toHaveText('已复制到剪贴板。');
    const expected = await page.locator(`#${id}`).textContent();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await page.evaluate(() => (document.getElementById('cite-status')!.textContent = ''));
  }
  await expect(page.locator('#cite-gbt-text')).toContainText('北京: 人民出版社');
  expect(violations).toEqual([]);
});

test('without the Clipboard API (plain http on an intranet) the button still copies, by selection', async ({
  page,
}) => {
  await page.addInitScript(() => Object.defineProperty(window, 'isSecureContext', { value: false }));
  await page.goto(BOOK);
  await page.evaluate(() => navigator.clipboard.writeText('旧内容'));
  await page.getByRole('button', { name: '复制 GB/T 7714-2015' }).click();
  await expect(page.locator('#cite-status')).toHaveText('已复制到剪贴板。');
  const expected = await page.locator('#cite-gbt-text').textContent();
  expect(await page.evaluate(() => String(window.getSelection()))).toBe(expected);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test('the BibTeX and RIS links download the build-time files', async ({ page }) => {
  await page.goto(BOOK);
  for (const format of ['bib', 'ris']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `下载 9787010009148.${format}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`9787010009148.${format}`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(format === 'bib' ? /^@book\{9787010009148,/ : /^TY {2}- BOOK\r\n/);
    expect(text).toContain('北京');
  }
});

test('without JavaScript the citations stay readable and the useless 复制 buttons are hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(BOOK);
  await expect(page.locator('#cite-gbt-text')).toBeVisible();
  await expect(page.getByRole('button', { name: /^复制/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '下载 9787010009148.bib' })).toBeVisible();
  await context.close();
});
