/**
 * Quality gates over EVERY page of the production build (the sitemap plus 404.html), one test per page:
 * axe in light mode and its colour rules again in dark mode (dark mode only recolours, which a test holds the CSS to), no request to another origin and no CSP violation, the CSP meta and no inline
 * script/handler/style, the 适老化 control, and the layout checks (44 px targets, line height, no sideways scrolling)
 * at 1280 px and at 320 px in the default size and in 长辈模式 with the largest text (200 %, wide lines, 60 px
 * targets; 320 CSS px is what 200 % zoom of a 640 px window gives: WCAG's reflow case), and axe in 长辈模式.
 * High-contrast mode is checked in quality-settings.spec.ts.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ContentFacts } from '../support/content-facts.ts';
import { listBuiltPages } from '../gates/pages.ts';
import { darkModeProblemsInSite } from '../gates/dark-mode.ts';
import {
  AXE_COLOUR_RULES,
  axeViolations,
  layoutProblems,
  loadAxeInEveryDocument,
  lockdownMarkupProblems,
  watchLockdown,
  type LockdownWatch,
} from '../gates/browser.ts';

const DESKTOP = { width: 1280, height: 720 };

/**
 * One tab per worker, reused page after page (each test resets the viewport and the colour scheme; each page is a
 * new document). A fresh context per page started a new renderer, which compiled axe-core's 650 KB again: about
 * a sixth of the crawl's CPU time.
 */
const test = base.extend<object, { tab: { page: Page; watch: LockdownWatch } }>({
  tab: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale, timezoneId, serviceWorkers } = workerInfo.project.use;
      if (!baseURL || !locale || !timezoneId || !serviceWorkers) {
        throw new Error('playwright.config.ts must set baseURL, locale, timezoneId and serviceWorkers');
      }
      const context = await browser.newContext({ baseURL, locale, timezoneId, serviceWorkers, viewport: DESKTOP });
      await loadAxeInEveryDocument(context);
      const page = await context.newPage();
      const watch = await watchLockdown(page, new URL(baseURL).origin);
      await use({ page, watch });
      await context.close();
    },
    { scope: 'worker' },
  ],
});

const dist = path.resolve(process.env.DIST_DIR ?? 'dist');
const pages = listBuiltPages(dist);

test('the gates see the whole site: every entry in content/, every section page and the 404 page', () => {
  const content = new ContentFacts();
  const people = readdirSync(path.join(content.contentDir, 'people')).filter((f) => f.endsWith('.md'));
  const expected = [
    '',
    'lectures/',
    'meetings/',
    'library/',
    'search/',
    'stats/',
    '404.html',
    ...content.lectures.map((s) => `lectures/${s.number}/`),
    ...content.meetings.map((s) => `meetings/${s.number}/`),
    ...content.books.map((b) => `books/${b.id}/`),
    ...people.map((f) => `people/${f.replace(/\.md$/, '')}/`),
  ];
  const routes = new Set(pages.map((p) => p.route));
  expect(expected.filter((route) => !routes.has(route))).toEqual([]);
});

test('dark mode changes colours and nothing else, so axe needs to run only its colour rules again there', () => {
  expect(darkModeProblemsInSite(dist)).toEqual([]);
});

for (const [index, { route }] of pages.entries()) {
  test(`quality gates: /${route}`, async ({ tab: { page, watch } }) => {
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(route, { waitUntil: 'load' });

    expect.soft(await lockdownMarkupProblems(page), 'CSP meta and no inline script/handler/style').toEqual([]);
    await expect.soft(page.locator('#reading-settings > summary'), '适老化 control on every page').toBeVisible();
    await expect.soft(page.getByRole('button', { name: '长辈模式' }), '长辈模式 switch in the header').toBeVisible();
    expect.soft(await axeViolations(page), 'axe, light mode').toEqual([]);
    expect.soft(await layoutProblems(page), 'targets at 1280 px').toEqual([]);

    // Dark mode only recolours (the test above holds the CSS to that): the colour rules are the ones to run again.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect.soft(await axeViolations(page, AXE_COLOUR_RULES), 'axe colour rules, dark mode').toEqual([]);

    await page.setViewportSize({ width: 320, height: 720 });
    expect.soft(await layoutProblems(page), '320 px, default text').toEqual([]);
    await page.evaluate(() => {
      const root = document.documentElement;
      root.setAttribute('data-elder', 'on');
      root.setAttribute('data-text-size', 'huge');
      root.setAttribute('data-line-spacing', 'wide');
    });
    expect.soft(await layoutProblems(page, 60), '320 px, 长辈模式, 200 % text').toEqual([]);
    // 长辈模式 changes sizes, not colours (those are checked above in both schemes): one axe pass per page keeps
    // the suite short, alternating the scheme from page to page so both schemes are covered in 长辈模式.
    const scheme = index % 2 === 0 ? 'light' : 'dark';
    await page.emulateMedia({ colorScheme: scheme });
    expect.soft(await axeViolations(page), `axe, 长辈模式, ${scheme} mode`).toEqual([]);

    expect(await watch.problems(), 'requests to other origins and CSP violations').toEqual([]);
  });
}
