/**
 * Tests of the quality gates themselves: each gate runs against tests/fixtures/broken/, a hand-written "dist"
 * where index.html and 404.html are clean and every other page carries one defect, and must flag exactly the
 * defective pages. A gate that passes everything (or fails everything) fails here.
 */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { listBuiltPages } from '../gates/pages.ts';
import { validateHtml } from '../gates/html-validity.ts';
import { checkLinks } from '../gates/links.ts';
import { diffTrees, noCjkFontconfig } from '../gates/reproducible.ts';
import {
  AXE_COLOUR_RULES,
  axeViolations,
  layoutProblems,
  lockdownMarkupProblems,
  watchLockdown,
} from '../gates/browser.ts';
import { darkModeProblems, darkModeProblemsInSite } from '../gates/dark-mode.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const BROKEN = path.resolve(import.meta.dirname, '../fixtures/broken');
const pages = listBuiltPages(BROKEN);
const fileOf = (route: string) => pages.find((p) => p.route === route)!.file;

let server: StaticServer;
test.beforeAll(async () => {
  server = await serveStatic(BROKEN);
});
test.afterAll(async () => {
  await server.close();
});

test('the page list is the sitemap plus 404.html', () => {
  expect(pages.map((p) => p.route)).toEqual([
    '',
    '404.html',
    'broken-link/',
    'external-script/',
    'invalid-nesting/',
    'missing-alt/',
    'too-wide/',
  ]);
});

test('vnu flags the invalid nesting and passes the clean pages', () => {
  test.setTimeout(120_000);
  const errors = validateHtml(pages.map((p) => p.file));
  const files = new Set(errors.map((e) => e.file));
  expect(files).toContain(fileOf('invalid-nesting/'));
  expect(
    errors
      .filter((e) => e.file === fileOf('invalid-nesting/'))
      .map((e) => e.message)
      .join('\n'),
  ).toMatch(/No “p” element in scope|“a” start tag seen but an element of the same type was already open/);
  expect(files).not.toContain(fileOf(''));
  expect(files).not.toContain(fileOf('404.html'));
});

test('linkinator flags the missing page, image and fragment, and nothing else', async () => {
  const broken = await checkLinks(BROKEN, pages);
  expect(broken.map((b) => b.url).sort()).toEqual(['broken-link/#no-such-fragment', 'missing.png', 'nowhere/']);
});

test('axe flags the image without alt and passes the clean page; the colour rules flag low contrast in dark mode', async ({
  page,
}) => {
  await page.goto(`${server.origin}/missing-alt/`);
  expect((await axeViolations(page)).map((v) => v.rule)).toContain('image-alt');
  await page.goto(`${server.origin}/`);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, AXE_COLOUR_RULES)).toEqual([]);
  // Through the CSSOM (the fixture's CSP blocks an injected <style>): grey on grey, in dark mode only.
  await page.evaluate(() => {
    const sheet = document.styleSheets[0]!;
    sheet.insertRule('@media (prefers-color-scheme: dark) { body, body * { color: #777; background: #888 } }');
  });
  expect((await axeViolations(page, AXE_COLOUR_RULES)).map((v) => v.rule)).toEqual(['color-contrast']);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(page, AXE_COLOUR_RULES)).toEqual([]);
});

test('dark mode gate: a dark-mode rule that sets anything but a colour is flagged', () => {
  const css = `:root{--ink:#111}@media (prefers-color-scheme: dark){:root{--ink:#eee;--gap:2rem}
    .a{color:red!important;display:none;background:#000;--x:none}@supports (x:y){.b{background-color:var(--ink);font-size:2em}}}`;
  expect(darkModeProblems(css)).toEqual(['--gap: 2rem', 'display: none', '--x: none', 'font-size: 2em']);
  expect(darkModeProblems(':root{display:none}@media (prefers-color-scheme: light){a{display:none}}')).toEqual([]);
  expect(darkModeProblemsInSite(BROKEN)).toEqual([]);
});

test('lockdown: the external script is a CSP violation, and a request to another origin without the CSP', async ({
  browser,
}) => {
  for (const bypassCSP of [false, true]) {
    const context = await browser.newContext({ bypassCSP });
    const page = await context.newPage();
    const watch = await watchLockdown(page, server.origin);
    await page.goto(`${server.origin}/external-script/`);
    const problems = (await watch.problems()).join('\n');
    expect(problems).toContain('https://cdn.example.com/tracker.js');
    expect(problems).toMatch(bypassCSP ? /request to another origin/ : /CSP violation/);
    // The watch reports each problem once, so one tab can be watched page after page (the quality crawl does).
    await page.goto(`${server.origin}/`);
    expect(await watch.problems()).toEqual([]);
    await page.goto(`${server.origin}/external-script/`);
    expect((await watch.problems()).join('\n')).toContain('https://cdn.example.com/tracker.js');
    await context.close();
  }
});

test('lockdown: a page that cannot be read is a problem, never a pass', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watch = await watchLockdown(page, server.origin);
  await page.goto(`${server.origin}/`);
  await page.close();
  expect((await watch.problems()).join('\n')).toContain('could not read the page');
  await context.close();
});

test('lockdown: the clean page passes; inline script, handler, style and a missing CSP are flagged', async ({
  page,
}) => {
  const watch = await watchLockdown(page, server.origin);
  await page.goto(`${server.origin}/`);
  expect(await lockdownMarkupProblems(page)).toEqual([]);
  expect(await watch.problems()).toEqual([]);

  await page.setContent(
    '<!doctype html><html lang="zh-CN"><head><title>x</title><script>1</script></head>' +
      '<body><button onclick="x()">按钮</button><p style="color:red">红</p></body></html>',
  );
  const problems = (await lockdownMarkupProblems(page)).join('\n');
  expect(problems).toContain('expected one CSP <meta>, found 0');
  expect(problems).toContain('inline <script>');
  expect(problems).toContain('inline handler onclick');
  expect(problems).toContain('style attribute on <p>');
});

test('layout: the 600 px paragraph scrolls sideways at 320 px; small targets are flagged', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto(`${server.origin}/too-wide/`);
  expect((await layoutProblems(page)).join('\n')).toMatch(/scrolls sideways: scrollWidth \d+ > 320/);
  await page.goto(`${server.origin}/`);
  expect(await layoutProblems(page)).toEqual([]);
  // Through the CSSOM: the fixture's CSP (rightly) blocks an injected <style>.
  await page.evaluate(() => {
    const sheet = document.styleSheets[0]!;
    sheet.insertRule('body { line-height: 1.2 }', sheet.cssRules.length);
    sheet.insertRule('a { min-height: 0; line-height: 1.2 }', sheet.cssRules.length);
  });
  const problems = (await layoutProblems(page)).join('\n');
  expect(problems).toMatch(/body line-height .* is 1\.20×/);
  expect(problems).toMatch(/target <a> "缺少替代文本" in <li> is \d+×\d+ px/);
});

test('reproducibility: a one-byte change is reported', () => {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), 'gates-')), 'dist');
  cpSync(BROKEN, copy, { recursive: true });
  expect(diffTrees(BROKEN, copy)).toEqual([]);
  writeFileSync(path.join(copy, 'style.css'), 'body{}');
  writeFileSync(path.join(copy, 'extra.txt'), 'x');
  expect(diffTrees(BROKEN, copy)).toEqual(['differs: style.css', 'only in the second build: extra.txt']);
});

test('reproducibility: the "other machine" fontconfig knows no Chinese font, unlike this one', () => {
  const chineseFonts = (env: Record<string, string>) =>
    spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', env: { ...process.env, ...env } }).stdout.trim();
  expect(chineseFonts({})).not.toBe('');
  expect(chineseFonts({ FONTCONFIG_FILE: noCjkFontconfig() })).toBe('');
});

test('ESLint rejects set:html, so editor or imported text can never be injected as HTML', async () => {
  const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') });
  const [result] = await eslint.lintText('---\nconst { body } = Astro.props;\n---\n<div set:html={body} />\n', {
    filePath: 'src/components/Example.astro',
  });
  expect(result!.messages.map((m) => `${m.ruleId}:${m.severity}`)).toContain('astro/no-set-html-directive:2');
});
