/**
 * `npm run docs:screenshots`: the pictures in docs/accessibility.md (适老化), taken by Playwright from the built site
 * in dist/ (run `npm run build` first). One PNG per feature under docs/images/; rerun after changing a feature.
 */
import { preview } from 'astro';
import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath, CHROMIUM_FLAGS } from './lib/browser.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'docs', 'images');
mkdirSync(out, { recursive: true });

const server = await preview({ root, server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const base = `http://127.0.0.1:${server.port}${process.env.BASE_PATH ?? '/'}`;
const executablePath = chromiumPath();
const browser = await chromium.launch({ args: CHROMIUM_FLAGS, ...(executablePath ? { executablePath } : {}) });

/** A fresh phone-sized (or given) page with saved reading settings and optional set-up before any script runs. */
async function open(
  route: string,
  settings: Record<string, unknown> = {},
  options: { width?: number; height?: number; init?: () => void; allowWorkers?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 390, height: options.height ?? 760 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    colorScheme: 'light',
    serviceWorkers: options.allowWorkers ? 'allow' : 'block',
  });
  await context.addInitScript((saved) => localStorage.setItem('reading-settings', JSON.stringify(saved)), settings);
  if (options.init) await context.addInitScript(options.init);
  const page = await context.newPage();
  await page.goto(new URL(route, base).href);
  return page;
}
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(out, name) });

// 0. Phone first: the first screen of a 390×844 phone, normal and 长辈模式 (the book: the first on /library/), and
// the README's desktop picture of the home page.
const ELDER = { elder: true, size: 'larger', spacing: 'wide' };
let page = await open('library/');
const book = await page.locator('main .entry-list--covers .entry-title a').first().getAttribute('href');
for (const [name, route] of [
  ['home', ''],
  ['lectures', 'lectures/'],
  ['meetings', 'meetings/'],
  ['book', book!],
] as const) {
  for (const [suffix, settings] of [
    ['', {}],
    ['-elder', ELDER],
  ] as const) {
    page = await open(route, settings, { width: 390, height: 844 });
    await shot(page, `phone-${name}${suffix}.png`);
  }
}
page = await open('', { ...ELDER }, { width: 390, height: 844 });
await page.getByRole('button', { name: '菜单' }).click();
await shot(page, 'phone-menu-elder.png');
page = await open('', {}, { width: 1280, height: 900 });
await page.screenshot({ path: path.join(root, 'docs', 'screenshot-home.png') });

// 1. 长辈模式: the switch in the header, on.
page = await open('lectures/1/', ELDER);
await shot(page, 'elder-mode.png');

// 2. 阅读设置: the panel, desktop width.
page = await open('lectures/1/', {}, { width: 1100, height: 520 });
await page.locator('#reading-settings summary').click();
await page.getByRole('button', { name: '大', exact: true }).click();
await shot(page, 'reading-settings.png');

// 3. 200 % text at 320 px.
page = await open('lectures/1/', { elder: true, size: 'huge', spacing: 'wide' }, { width: 320, height: 640 });
await shot(page, 'text-200.png');

// 4. High contrast, dark.
page = await open('lectures/1/', { contrast: true });
await page.emulateMedia({ colorScheme: 'dark' });
await shot(page, 'high-contrast.png');

// 5. 大鼠标 and 阅读辅助线: headless screenshots carry no pointer, so the cursor image is drawn where the mouse is.
page = await open('lectures/1/', { cursor: true, guide: true }, { width: 1100, height: 620 });
await page.mouse.move(420, 380);
await page.evaluate(() => {
  const sample = document.createElement('img');
  const url = getComputedStyle(document.querySelector('main p')!).cursor.match(/url\("?([^")]+)"?\)/)![1]!;
  sample.src = url;
  sample.alt = '';
  sample.className = 'reading-guide-demo';
  sample.style.cssText = 'position:fixed;left:417px;top:377px;z-index:200;pointer-events:none';
  document.body.append(sample);
});
await page.waitForTimeout(200);
await shot(page, 'cursor-and-guide.png');

// 6. 朗读 while speaking (the browser's voice is replaced by a silent stand-in).
page = await open(
  'lectures/1/',
  {},
  {
    init: () => {
      const silent = { speak() {}, cancel() {}, pause() {}, resume() {}, getVoices: () => [] };
      Object.defineProperty(window, 'speechSynthesis', { value: silent, configurable: true });
    },
  },
);
await page.getByRole('button', { name: '朗读本页' }).click();
await page.getByRole('button', { name: '暂停' }).waitFor();
await shot(page, 'read-aloud.png');

// 7. Search that cannot start: the script blocked, as on a browser too old to parse it.
const context = await browser.newContext({ viewport: { width: 390, height: 760 }, locale: 'zh-CN' });
page = await context.newPage();
await page.route('**/_astro/*.js', (route) => route.abort());
await page.goto(new URL('search/?q=初心', base).href);
await page.locator('.search__unavailable').waitFor();
await shot(page, 'search-too-old.png');

// 8. Offline: one visited lecture, then an unvisited page without a network.
page = await open('lectures/1/', {}, { allowWorkers: true });
await page.waitForFunction(async () => {
  const cache = await caches.open('djjy-offline-v1');
  const worker = (await navigator.serviceWorker.ready).active;
  return worker?.state === 'activated' && (await cache.keys()).some((r) => r.url.endsWith('/lectures/1/'));
});
await page.context().setOffline(true);
await page.goto(new URL('meetings/1/', base).href);
await shot(page, 'offline.png');

// 9. The WeChat share card picture of that lecture (og:image).
page = await open('lectures/1/');
const card = await page.locator('meta[property="og:image"]').getAttribute('content');
await page.setViewportSize({ width: 1200, height: 630 });
await page.goto(new URL(new URL(card!).pathname, base).href);
await shot(page, 'share-card.png');

await browser.close();
await server.stop();
console.log(`截图已写入 ${path.relative(root, out)}/`);
