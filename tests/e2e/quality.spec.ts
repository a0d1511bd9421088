/**
 * Quality gates over EVERY page of the production build (the sitemap plus 404.html), one test per page:
 * axe in light and dark mode (and colour contrast in high-contrast mode), no request to another origin and no CSP
 * violation, the CSP meta and no inline script/handler/style, and the 适老化 layout checks at 320 px in the default
 * and the largest text size (320 CSS px is what 200 % zoom of a 640 px window gives: WCAG's reflow case).
 */
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { listBuiltPages } from '../gates/pages.ts';
import { axeViolations, layoutProblems, lockdownMarkupProblems, watchLockdown } from '../gates/browser.ts';
import AxeBuilder from '@axe-core/playwright';

const dist = path.resolve(process.env.DIST_DIR ?? 'dist');
const pages = listBuiltPages(dist);

test('the gates see the whole site', () => {
  expect(pages.length).toBeGreaterThan(1);
  expect(pages.map((p) => p.route)).toContain('404.html');
});

for (const { route } of pages) {
  test(`quality gates: /${route}`, async ({ page, baseURL }) => {
    const watch = await watchLockdown(page, new URL(baseURL!).origin);
    await page.goto(route, { waitUntil: 'load' });

    expect.soft(await lockdownMarkupProblems(page), 'CSP meta and no inline script/handler/style').toEqual([]);
    await expect.soft(page.locator('#reading-settings > summary'), '适老化 control on every page').toBeVisible();
    expect.soft(await axeViolations(page), 'axe, light mode').toEqual([]);
    expect.soft(await layoutProblems(page), 'targets at 1280 px').toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    expect.soft(await axeViolations(page), 'axe, dark mode').toEqual([]);

    for (const scheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => document.documentElement.setAttribute('data-contrast', 'high'));
      const contrast = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect
        .soft(
          contrast.violations.map((v) => v.nodes.map((n) => n.target.join(' '))),
          `high contrast, ${scheme}`,
        )
        .toEqual([]);
      await page.evaluate(() => document.documentElement.removeAttribute('data-contrast'));
    }

    await page.setViewportSize({ width: 320, height: 720 });
    expect.soft(await layoutProblems(page), '320 px, default text').toEqual([]);
    await page.evaluate(() => document.documentElement.setAttribute('data-text-size', 'larger'));
    expect.soft(await layoutProblems(page), '320 px, 150 % text').toEqual([]);

    expect(await watch.problems(), 'requests to other origins and CSP violations').toEqual([]);
  });
}
