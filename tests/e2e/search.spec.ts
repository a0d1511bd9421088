/**
 * The search page in a real browser against the built index: URL round trip and back button, filters
 * with counts, sort, highlight on the target page, `/` shortcut, bad input, no JavaScript, axe.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from '../gates/browser.ts';

const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('[data-search-results] > li');

/** Fails the test on any script error or console error the page reports. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return errors;
}

test('query and filters round-trip through the URL, and the back button restores them', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./search/?q=初心&类型=讲坛');
  await expect(status(page)).toHaveText(/找到 \d+ 条结果（已按所选条件筛选）/);
  await expect(page.locator('#search-q')).toHaveValue('初心');
  const pane = page.locator('[data-search-filters]');
  await expect(pane).toHaveAttribute('open', '');
  await expect(page.getByRole('checkbox', { name: /^讲坛（\d+）$/ })).toBeChecked();
  const badges = await results(page).locator('.badge').allTextContents();
  expect(badges.length).toBeGreaterThan(0);
  expect(new Set(badges)).toEqual(new Set(['讲坛']));

  // Multi-select within a filter means any of them.
  const lectureCount = await results(page).count();
  await page.getByRole('checkbox', { name: /^读书会（\d+）$/ }).check();
  await expect(page).toHaveURL(/%E8%AF%BB%E4%B9%A6%E4%BC%9A/);
  const params = new URL(page.url()).searchParams;
  expect(params.get('q')).toBe('初心');
  expect(params.getAll('类型').sort()).toEqual(['讲坛', '读书会'].sort());
  await expect(status(page)).toHaveText(/找到 \d+ 条结果/);
  const both = Number((await status(page).textContent())?.match(/\d+/)?.[0]);
  expect(both).toBeGreaterThan(lectureCount);

  await page.goBack();
  await expect(page).not.toHaveURL(/%E8%AF%BB%E4%B9%A6%E4%BC%9A/);
  expect(new URL(page.url()).searchParams.getAll('类型')).toEqual(['讲坛']);
  await expect(page.getByRole('checkbox', { name: /^读书会（\d+）$/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^讲坛（\d+）$/ })).toBeChecked();
  await expect(page.locator('#search-q')).toHaveValue('初心');
  expect(errors).toEqual([]);
});

test('typing searches, announces the count, and sorting by date orders results newest first', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./search/');
  await expect(page.getByText('搜索需要浏览器启用 JavaScript')).toBeHidden();
  await expect(status(page)).toHaveAttribute('aria-live', 'polite');
  await expect(status(page)).toHaveText('请输入要搜索的内容。');
  const box = page.locator('#search-q');
  await box.pressSequentially('共产党');
  await expect(status(page)).toHaveText(/找到 \d+ 条结果/);
  await expect(page).toHaveURL(/\?q=%E5%85%B1%E4%BA%A7%E5%85%9A$/);
  await page.getByLabel('排序').selectOption('date');
  await expect(page).toHaveURL(/sort=date/);
  await expect(status(page)).toHaveText(/找到 \d+ 条结果/);
  const dates = (await results(page).locator('.meta').allTextContents())
    .map((text) => text.match(/(\d{4})年(\d+)月(\d+)日/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]));
  expect(dates.length).toBeGreaterThan(3);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  expect(errors).toEqual([]);
});

test('a result shows type, date, 第N期 and a highlighted excerpt, and its link highlights the words', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./search/?q=振兴');
  const first = results(page).first();
  await expect(first.locator('.badge')).toHaveText('读书会');
  await expect(first.locator('.meta')).toContainText(/第23期 · 2022年3月18日/);
  await expect(first.locator('mark').first()).toHaveText('振兴');
  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/meetings\/23\/\?pagefind-highlight=/);
  await expect(page.locator('main mark.pagefind-highlight').first()).toHaveText('振兴');
  expect(errors).toEqual([]);
});

test('filters list their values with counts, loaded only when the pane opens', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('./search/?q=读书');
  await expect(status(page)).toHaveText(/找到 \d+ 条结果/);
  expect(requests.filter((url) => url.includes('/pagefind/filter/'))).toEqual([]);
  await page.getByText('筛选', { exact: true }).click();
  for (const legend of ['类型', '主题', '中图法分类', '年份', '形式', '状态']) {
    await expect(page.locator('fieldset legend', { hasText: legend })).toBeVisible();
  }
  await expect(page.getByRole('checkbox', { name: /^图书（\d+）$/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^I 文学（\d+）$/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^在架（\d+）$/ })).toBeVisible();
  expect(requests.filter((url) => url.includes('/pagefind/filter/')).length).toBeGreaterThan(0);
});

test('bad input gives a helpful empty state, no error and no injection', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`./search/?q=${encodeURIComponent('，。！？……')}`);
  await expect(status(page)).toHaveText('请输入文字、数字或拼音再搜索，只有标点符号无法搜索。');
  await expect(page.locator('[data-search-help]')).toBeVisible();

  // A very long query still searches (党 is on many pages) and shows results.
  await page.goto(`./search/?q=${encodeURIComponent('党'.repeat(200))}`);
  await expect(status(page)).toHaveText(/^找到 \d+ 条结果/, { timeout: 15_000 });
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();

  // Markup in the query is text: it is searched for (党史 finds pages), echoed as typed, never run.
  const attack = '<script>alert(1)</script><img src=x onerror=alert(2)>党史';
  await page.goto(`./search/?q=${encodeURIComponent(attack)}`);
  await expect(status(page)).toHaveText(/^找到 \d+ 条结果/, { timeout: 15_000 });
  await expect(page.locator('#search-q')).toHaveValue(attack);
  await expect(page.locator('main script:not([src]), main img[src="x"]')).toHaveCount(0);

  // Words found nowhere give the empty state, not an error.
  await page.goto(`./search/?q=${encodeURIComponent('qzxqzxqzx')}`);
  await expect(status(page)).toHaveText(/^没有找到/, { timeout: 15_000 });

  await page.goto('./search/?q=初心&颜色=红&类型=不存在的类型');
  await expect(page.locator('[data-search-notice]')).toContainText('颜色=红');
  await expect(page.locator('[data-search-notice]')).toContainText('类型=不存在的类型');
  await expect(status(page)).toHaveText(/找到 \d+ 条结果/);
  expect(errors).toEqual([]);
});

test('`/` focuses the header search box; content pages fetch nothing from Pagefind', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('./lectures/1/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('乡土中国');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(results(page).first()).toBeVisible();
  const beforeSearch = requests.slice(
    0,
    requests.findIndex((url) => url.includes('/search/')),
  );
  expect(beforeSearch.filter((url) => url.includes('/pagefind/'))).toEqual([]);
});

test('without JavaScript the page says so and links the browse pages', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('./search/?q=初心');
  await expect(page.getByText('搜索需要浏览器启用 JavaScript')).toBeVisible();
  await expect(page.locator('[data-search-more]')).toBeHidden();
  await expect(page.locator('.search__unavailable').getByRole('link', { name: '共享图书馆' })).toBeVisible();
  await context.close();
});

test('axe finds nothing on /search/ with results and filters shown', async ({ page }) => {
  await page.goto('./search/?q=初心&类型=讲坛');
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^讲坛（\d+）$/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
