/**
 * Long lists, the icon set and the header search box on the production build (issue "Every page right",
 * point 8): paged lists reach every item through page links a phone user can hit, the icons and the zh-CN
 * manifest come from the site itself, and the header placeholder is never cut off.
 */
import { test, expect, type Page } from '@playwright/test';
import sharp from 'sharp';

const pager = (page: Page) => page.getByRole('navigation', { name: /^分页/ });

/** Follows 下一页 from the current page to the last, returning how many items `selector` counted in all. */
async function walkPages(page: Page, selector: string, maxPerPage: number): Promise<{ items: number; pages: number }> {
  let items = 0;
  let pages = 0;
  for (;;) {
    // Waits for the page's items (count() alone does not wait, and could count a page still loading).
    await expect(page.locator(selector).first()).toBeVisible();
    const here = await page.locator(selector).count();
    expect(here).toBeLessThanOrEqual(maxPerPage);
    items += here;
    pages++;
    const next = pager(page).getByRole('link', { name: '下一页' });
    if ((await next.count()) === 0) return { items, pages };
    const target = new URL((await next.getAttribute('href'))!, page.url()).href;
    await next.click();
    await expect(page).toHaveURL(target);
  }
}

test('flyleaf notes come twenty to a page, and the pages together hold every note', async ({ page }) => {
  await page.goto('./library/notes/');
  const total = Number(/共 (\d+) 条/.exec((await page.locator('main .group-count').textContent()) ?? '')![1]);
  expect(total).toBeGreaterThan(20);
  const { items, pages } = await walkPages(page, 'main ol.notes > li', 20);
  expect(items).toBe(total);
  expect(pages).toBe(Math.ceil(total / 20));
  await expect(page).toHaveURL(new RegExp(`/library/notes/${pages}/$`));
  await expect(pager(page).getByRole('link', { name: `第 ${pages} 页` })).toHaveAttribute('aria-current', 'page');
});

test('past meetings: twelve on /meetings/, older ones on numbered pages', async ({ page }) => {
  await page.goto('./meetings/');
  const past = page.locator('section[aria-labelledby="past"]');
  await expect(past.locator('.entry-list > li, ol > li, ul > li').first()).toBeVisible();
  await pager(page).getByRole('link', { name: '第 2 页' }).click();
  await expect(page).toHaveURL(/\/meetings\/page\/2\/$/);
  await expect(page.locator('main h1')).toContainText('第 2 页');
  await pager(page).getByRole('link', { name: '第 1 页' }).click();
  await expect(page).toHaveURL(/\/meetings\/$/);
});

test('page links are 44 px targets on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('./library/notes/2/');
  const links = pager(page).getByRole('link');
  expect(await links.count()).toBeGreaterThan(2);
  for (const box of await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))) {
    expect(box.width).toBeGreaterThanOrEqual(43.5);
    expect(box.height).toBeGreaterThanOrEqual(43.5);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the title index jump list links each initial to where its titles start', async ({ page }) => {
  await page.goto('./library/titles/');
  const jump = page.getByRole('navigation', { name: '按拼音首字母跳转' }).getByRole('link');
  const hrefs = await jump.evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(3);
  for (const href of hrefs) {
    await page.goto(href);
    const id = new URL(href).hash.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  }
});

test('favicon.ico, apple-touch-icon and a zh-CN manifest come from the site itself', async ({ page, request }) => {
  await page.goto('./');
  const head = async (selector: string) => new URL((await page.locator(selector).getAttribute('href'))!, page.url());
  const ico = await request.get((await head('link[rel="icon"][href$="favicon.ico"]')).href);
  expect(ico.status()).toBe(200);
  expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  const touch = await request.get((await head('link[rel="apple-touch-icon"]')).href);
  expect(await sharp(await touch.body()).metadata()).toMatchObject({ width: 180, height: 180, format: 'png' });
  const manifestUrl = await head('link[rel="manifest"]');
  const manifest = (await (await request.get(manifestUrl.href)).json()) as {
    lang: string;
    name: string;
    icons: { src: string; sizes: string }[];
  };
  expect(manifest.lang).toBe('zh-CN');
  expect(manifest.name).toBe((await page.title()).split(' - ').at(-1));
  for (const icon of manifest.icons) {
    const src = new URL(icon.src, manifestUrl);
    expect(src.host).toBe(manifestUrl.host);
    const response = await request.get(src.href);
    expect(response.status(), icon.src).toBe(200);
    if (icon.sizes !== 'any') {
      const { width } = await sharp(await response.body()).metadata();
      expect(`${width}x${width}`).toBe(icon.sizes);
    }
  }
  // The old address browsers ask for without being told.
  expect((await request.get(new URL('/favicon.ico', page.url()).href)).status()).toBe(200);
});

for (const size of ['', 'large', 'larger']) {
  for (const width of [1280, 1024, 375]) {
    test(`the header search placeholder fits at ${width} px, text size ${size || 'default'}`, async ({ page }) => {
      await page.addInitScript((s) => localStorage.setItem('reading-settings', JSON.stringify({ size: s })), size);
      await page.setViewportSize({ width, height: 800 });
      await page.goto('./');
      // On a phone the box is in the 菜单 sheet.
      const menu = page.getByRole('button', { name: '菜单' });
      if (await menu.isVisible()) await menu.click();
      const { text, room } = await page.locator('#site-search').evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        return {
          text: context.measureText(input.placeholder).width,
          room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        };
      });
      expect(text).toBeGreaterThan(0);
      expect(text).toBeLessThanOrEqual(room);
    });
  }
}
