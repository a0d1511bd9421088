/**
 * Site-wide quality gates on the production build: HTML validity (vnu, one JVM for every page), links (linkinator
 * with fragment checking, over every page), the CSP header file matching the pages' policy, the WeChat share card
 * (description and an absolute og:image under 300 KB on every page), and the built scripts' syntax (ES2020).
 */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { basePath, listBuiltPages, sitemapUrls } from '../gates/pages.ts';
import { validateHtml } from '../gates/html-validity.ts';
import { checkLinks } from '../gates/links.ts';
import { publicScripts } from '../gates/public-scripts.ts';
import { headerCsp } from '../../src/lib/csp.ts';

const dist = path.resolve(process.env.DIST_DIR ?? 'dist');

test('HTML validity: vnu finds no error on any page', async () => {
  test.setTimeout(180_000);
  const errors = validateHtml(listBuiltPages(dist).map((p) => p.file));
  expect(errors.map((e) => `${path.relative(dist, e.file)}:${e.line}: ${e.message}`)).toEqual([]);
});

test('links: every internal link, image and #fragment resolves', async () => {
  test.setTimeout(180_000);
  const broken = await checkLinks(dist, listBuiltPages(dist), basePath(dist));
  expect(broken.map((b) => `${b.url} (on ${b.parent}): ${b.reason}`)).toEqual([]);
});

test('_headers carries the same CSP as the pages, plus frame-ancestors', () => {
  const headers = readFileSync(path.join(dist, '_headers'), 'utf8');
  expect(headers).toContain(`Content-Security-Policy: ${headerCsp}\n`);
  expect(headerCsp).toContain("frame-ancestors 'self'");
  expect(headerCsp).not.toContain('unsafe-inline');
});

/** The `content` of the first `<meta>` whose attribute `key` is `value` (attribute order as the build writes it). */
function metaContent(html: string, key: 'name' | 'property', value: string): string | undefined {
  const tag = [...html.matchAll(/<meta\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`${key}="${value}"`));
  return tag ? /content="([^"]*)"/.exec(tag)?.[1] : undefined;
}

test('WeChat share card: every page has a description and an absolute og:image of the site under 300 KB', () => {
  const origin = new URL(sitemapUrls(dist)[0]!).origin;
  const base = basePath(dist);
  const problems: string[] = [];
  for (const { route, file } of listBuiltPages(dist)) {
    const html = readFileSync(file, 'utf8');
    if (!metaContent(html, 'name', 'description')?.trim()) problems.push(`/${route}: no <meta name="description">`);
    const image = metaContent(html, 'property', 'og:image');
    if (!image || !image.startsWith(`${origin}${base}`)) {
      problems.push(`/${route}: og:image "${image}" is not an absolute address on ${origin}${base}`);
      continue;
    }
    const imageFile = path.join(dist, decodeURI(new URL(image).pathname.slice(base.length)));
    if (!existsSync(imageFile)) problems.push(`/${route}: og:image ${image} is not in the build`);
    else if (statSync(imageFile).size >= 300 * 1024) problems.push(`/${route}: og:image ${image} is 300 KB or more`);
  }
  expect(problems).toEqual([]);
});

test('the public site’s scripts parse as ES2020 (Chrome 80, Safari 13.1), checked by es-check', () => {
  const { classic, modules } = publicScripts(dist);
  // The scripts every content page and the search page load must be among them, or the walk found nothing.
  expect(classic.map((file) => path.basename(file))).toEqual(expect.arrayContaining(['reading-settings.js', 'sw.js']));
  expect(modules.some((file) => /SearchPage/.test(file))).toBe(true);
  for (const [files, flags] of [
    [modules, ['--module']],
    [classic, []],
  ] as const) {
    // Run with this Node (es-check needs 22+; the system's may be older).
    const cli = path.resolve('node_modules/es-check/lib/cli/index.js');
    const run = spawnSync(process.execPath, [cli, 'es2020', ...flags, '--noColor', ...files], { encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  }
});
