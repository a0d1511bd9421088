/**
 * 适老化 and reach beyond the reading settings (docs/accessibility.md): 朗读 with the browser's speech synthesis,
 * a search page that says why it cannot start instead of failing silently, and offline reading of visited pages.
 */
import { test, expect, type Page } from '@playwright/test';

interface SpokenLog {
  spoken: { text: string; lang: string; voice: string | undefined }[];
  calls: string[];
}

/** Replaces speechSynthesis with a recorder: what would be spoken, and pause/resume/cancel calls. */
async function stubSpeech(page: Page) {
  await page.addInitScript(() => {
    const log: SpokenLog = { spoken: [], calls: [] };
    (window as unknown as { __speech: SpokenLog }).__speech = log;
    class Utterance {
      text: string;
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      onend: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      getVoices: () => [
        { name: 'English', lang: 'en-US' },
        { name: '普通话', lang: 'zh-CN' },
      ],
      speak(utterance: Utterance) {
        log.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name });
      },
      pause: () => log.calls.push('pause'),
      resume: () => log.calls.push('resume'),
      cancel: () => log.calls.push('cancel'),
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  });
}
const speech = (page: Page) => page.evaluate(() => (window as unknown as { __speech: SpokenLog }).__speech);

test('朗读 reads the title and the main text in zh-CN, with pause, continue and stop', async ({ page }) => {
  await stubSpeech(page);
  await page.goto('./lectures/1/');
  const title = (await page.locator('main h1').textContent())!.trim();
  const box = page.getByRole('group', { name: '语音朗读' });
  await box.getByRole('button', { name: '朗读本页' }).click();
  await expect(box.getByRole('status')).toHaveText('正在朗读…');
  const { spoken } = await speech(page);
  expect(spoken.length).toBeGreaterThan(1);
  expect(spoken[0]!.text).toContain(title);
  expect(spoken.every((u) => u.lang === 'zh-CN' && u.voice === '普通话')).toBe(true);
  // Each piece is short (Chrome stops long utterances), and nothing but the article is read.
  expect(Math.max(...spoken.map((u) => u.text.length))).toBeLessThanOrEqual(200);
  const all = spoken.map((u) => u.text).join('\n');
  const summary = (await page.locator('main .lede').first().textContent())!.trim();
  expect(all).toContain(summary.slice(0, 20));
  for (const notSpoken of ['跳到正文', '初心讲坛\n', '朗读本页', '阅读设置', '打印'])
    expect(all).not.toContain(notSpoken);
  const hiddenWords = await page.locator('main [hidden]').allTextContents();
  for (const words of hiddenWords.map((w) => w.trim()).filter((w) => w.length > 3)) expect(all).not.toContain(words);

  await box.getByRole('button', { name: '暂停' }).click();
  await expect(box.getByRole('button', { name: '继续' })).toBeFocused();
  await expect(box.getByRole('status')).toHaveText('已暂停');
  await box.getByRole('button', { name: '继续' }).click();
  await box.getByRole('button', { name: '停止' }).click();
  await expect(box.getByRole('button', { name: '朗读本页' })).toBeVisible();
  expect((await speech(page)).calls).toEqual(['cancel', 'pause', 'resume', 'cancel']);
});

test('朗读 is offered on book, person, meeting and about pages, and nowhere without speech synthesis', async ({
  page,
}) => {
  await stubSpeech(page);
  for (const route of ['meetings/1/', 'people/', 'about/library/']) {
    await page.goto(route);
    const expected = route === 'people/' ? 0 : 1;
    await expect(page.getByRole('button', { name: '朗读本页' }), route).toHaveCount(expected);
  }
  await page.goto('./library/');
  const book = page.locator('main a[href*="/books/"]').first();
  await book.click();
  await expect(page.getByRole('button', { name: '朗读本页' })).toBeVisible();
  await page.goto('./people/');
  await page.locator('main a[href*="/people/"]').first().click();
  await expect(page.getByRole('button', { name: '朗读本页' })).toBeVisible();
  await page.getByRole('button', { name: '朗读本页' }).click();
  await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
  expect((await speech(page)).spoken[0]!.text).toContain((await page.locator('main h1').textContent())!.trim());
});

test('朗读 is hidden where the browser has no speech synthesis (Android WebView)', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  });
  await page.goto('./lectures/1/');
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
});

test.describe('search never fails silently', () => {
  const notice = (page: Page) => page.locator('.search__unavailable');

  test('without WebAssembly the page says so, what to use instead, and links the browse pages', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { WebAssembly?: unknown }).WebAssembly;
    });
    await page.goto('./search/?q=初心');
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText('WebAssembly');
    await expect(notice(page)).toContainText('Safari 16');
    await expect(notice(page).getByRole('link', { name: '共享图书馆' })).toBeVisible();
  });

  test('when the search script does not load (blocked, or too new to parse), the page says the browser is too old', async ({
    page,
  }) => {
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto('./search/?q=初心');
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText('版本太旧');
    await expect(notice(page)).toContainText('在浏览器打开');
    await expect(notice(page).getByRole('link', { name: '初心讲坛' })).toBeVisible();
  });

  test('when Pagefind fails to load, the page says so', async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await page.goto('./search/?q=初心');
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText('搜索程序没能加载');
  });

  test('when search works, no notice', async ({ page }) => {
    await page.goto('./search/?q=初心');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    await expect(notice(page)).toBeHidden();
  });
});

test.describe('offline reading', () => {
  test.use({ serviceWorkers: 'allow' });
  test('offline: a visited lecture opens without a network; an unvisited page lists what is saved', async ({
    context,
    page,
  }) => {
    await page.goto('./lectures/1/');
    const title = (await page.locator('main h1').textContent())!.trim();
    // The worker keeps the page once it is active; wait until the copy is in its cache.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const cache = await caches.open('djjy-offline-v1');
            return (await cache.keys()).map((r) => new URL(r.url).pathname);
          }),
        { timeout: 20_000 },
      )
      .toEqual(expect.arrayContaining([expect.stringMatching(/\/lectures\/1\/$/), expect.stringMatching(/\.css$/)]));
    const saved = await page.evaluate(async () =>
      (await (await caches.open('djjy-offline-v1')).keys()).map((r) => new URL(r.url).pathname),
    );
    expect(saved.filter((p) => /\/(admin|pagefind)\//.test(p))).toEqual([]);

    await context.setOffline(true);
    await page.goto('./lectures/1/');
    await expect(page.locator('main h1')).toHaveText(title);
    // Styled from the cache too.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('CJK');

    await page.goto('./meetings/1/');
    await expect(page.locator('main h1')).toHaveText('当前没有网络');
    const list = page.locator('[data-saved-pages]');
    await expect(list.getByRole('link', { name: title })).toBeVisible();
    await expect(page.locator('[data-saved-none]')).toBeHidden();
    await list.getByRole('link', { name: title }).click();
    await expect(page.locator('main h1')).toHaveText(title);
    await context.setOffline(false);
  });
});

test('no service worker API (iOS app WebView): pages work and report no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
  await page.goto('./lectures/1/');
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
  await expect(page.locator('main h1')).toBeVisible();
  expect(errors).toEqual([]);
});
