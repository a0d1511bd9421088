/**
 * Site-wide quality gates on the production build: HTML validity (vnu, one JVM for every page), links (linkinator
 * with fragment checking, over every page), and the CSP header file matching the pages' policy.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { basePath, listBuiltPages } from '../gates/pages.ts';
import { validateHtml } from '../gates/html-validity.ts';
import { checkLinks } from '../gates/links.ts';
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
