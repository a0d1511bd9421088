/**
 * Search results read as Chinese and look like units (issue "Every page right", point 6), in a real browser
 * against the built index: labels and values joined by "：", blocks by Chinese punctuation, excerpts that start
 * where a sentence starts, and each result's lines closer to each other than to the next result.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const results = (page: Page) => page.locator('[data-search-results] > li');
const excerpts = (page: Page) => page.locator('[data-search-results] .search__excerpt');

async function search(page: Page, q: string) {
  await page.goto(`./search/?q=${encodeURIComponent(q)}`);
  await expect(results(page).first()).toBeVisible({ timeout: 30_000 });
}

test('excerpts put "：" between label and value and Chinese punctuation between blocks', async ({ page }) => {
  await search(page, '人民文学出版社');
  const texts = await excerpts(page).allTextContents();
  expect(texts.length).toBeGreaterThan(2);
  for (const text of texts) {
    expect(text).not.toMatch(/[\p{Script=Han}》）]\.\s/u);
    expect(text).not.toContain('出版社人民文学出版社');
  }
  // Label：value；label：value — 出版地 stands between publisher and year when the book records it.
  expect(texts.some((text) => /出版社：人民文学出版社；(出版地：[^；。]+；)?出版年：/.test(text))).toBe(true);
});

test('an excerpt starts at the start of its sentence, not mid-clause', async ({ page }) => {
  // The sentence in the sample lecture that holds the words searched for, as the editor wrote it.
  const source = readFileSync(path.resolve('content/lectures/08-jiaguo-jiyi.mdx'), 'utf8');
  const sentence = source.split(/[。！？\n]/).find((s) => s.includes('正面坚守'))!;
  expect(sentence.indexOf('正面坚守')).toBeGreaterThan(20); // far enough in for Pagefind's window to cut it
  await search(page, '正面坚守');
  const first = (await excerpts(page).first().textContent()) ?? '';
  expect(first.startsWith(sentence.trim().slice(0, 8))).toBe(true);
});

for (const width of [1280, 375]) {
  test(`each result is one visual unit at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await search(page, '衡阳');
    await expect(results(page).nth(3)).toBeVisible();
    const boxes = await results(page).evaluateAll((items) =>
      items.slice(0, 6).map((li) => {
        const lines = [...li.querySelectorAll(':scope > div > *')].map((el) => el.getBoundingClientRect());
        const gaps = lines.slice(1).map((box, i) => box.top - lines[i]!.bottom);
        return {
          top: lines[0]!.top,
          bottom: lines.at(-1)!.bottom,
          widestGapInside: Math.max(...gaps),
          rule: parseFloat(getComputedStyle(li).borderBottomWidth),
        };
      }),
    );
    for (let i = 1; i < boxes.length; i++) {
      const between = boxes[i]!.top - boxes[i - 1]!.bottom;
      // The meta line belongs to its own title, so it sits far closer to it than to the result before.
      expect(boxes[i]!.widestGapInside * 2).toBeLessThan(between);
      expect(boxes[i - 1]!.widestGapInside * 2).toBeLessThan(between);
      expect(boxes[i - 1]!.rule).toBeGreaterThan(0);
    }
  });
}
