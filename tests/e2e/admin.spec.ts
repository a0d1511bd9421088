/**
 * /admin/ (the web editor) on the production build, with its own gate, since the site-wide gates iterate over the
 * sitemap and /admin/ is not in it: a Chinese interface, no request to another host, no CSP violation, no page
 * error; its CSP comes from src/cms/csp.ts; it stays out of the sitemap, the search index and robots.txt.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { watchLockdown } from '../gates/browser.ts';
import { sitemapUrls } from '../gates/pages.ts';
import { adminCsp } from '../../src/cms/csp.ts';
import { cmsConfig, readCmsSettings } from '../../src/cms/config.ts';
import { t } from '../../src/i18n/t.ts';
import { nextNumber, readContentState } from '../../scripts/lib/scaffold.ts';
import { metaCsp } from '../../src/lib/csp.ts';

const dist = path.resolve(process.env.DIST_DIR ?? 'dist');

test('/admin/ loads in Chinese with no foreign request, no CSP violation and no page error', async ({
  page,
  baseURL,
}) => {
  // A 2 MB editor bundle on a busy test machine: give start-up room.
  test.setTimeout(150_000);
  const watch = await watchLockdown(page, new URL(baseURL!).origin);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('admin/', { waitUntil: 'load' });
  // The sign-in screen of the local mode, in Chinese (Sveltia's zh-CN locale, served from the site).
  await expect(page.getByRole('button', { name: /本地/ })).toBeVisible({ timeout: 90_000 });
  // Late requests (an update check, fonts, a status ping) would come in the first seconds after start-up.
  await page.waitForTimeout(3000);
  expect(await page.locator('html').getAttribute('lang')).toMatch(/^zh/);
  expect(await watch.problems()).toEqual([]);
  expect(errors).toEqual([]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toBe(adminCsp(readCmsSettings(process.cwd())));
  expect(csp).not.toMatch(/'unsafe-eval'/);
});

test('/admin/ carries the configuration generated from src/schemas, numbering the next 第N期 as npm run new does', () => {
  const html = readFileSync(path.join(dist, 'admin', 'index.html'), 'utf8');
  const attribute = /<body data-cms-config="([^"]*)"/.exec(html)![1]!;
  const entities: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#39;': "'" };
  const embedded = JSON.parse(attribute.replace(/&(?:quot|amp|lt|gt|#39);/g, (entity) => entities[entity]!));
  const state = readContentState(path.resolve(process.env.CONTENT_DIR ?? 'content'));
  const expected = cmsConfig({
    settings: readCmsSettings(process.cwd()),
    contentFolder: 'content',
    nextNumbers: { lectures: nextNumber(state.lectures), meetings: nextNumber(state.meetings) },
    words: t,
  });
  expect(embedded).toEqual(expected);
});

test('/admin/ is left out of the sitemap, the search index and robots.txt; public pages do not load its bundle', async ({
  request,
}) => {
  expect(sitemapUrls(dist).filter((url) => url.includes('/admin/'))).toEqual([]);
  expect(readFileSync(path.join(dist, 'admin', 'index.html'), 'utf8')).not.toContain('data-pagefind-body');
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toMatch(/^Disallow: \/(?:.+\/)?admin\/$/m);
  const adminScripts = [...readFileSync(path.join(dist, 'admin', 'index.html'), 'utf8').matchAll(/src="([^"]+)"/g)].map(
    (m) => path.basename(m[1]!),
  );
  expect(adminScripts.length).toBeGreaterThan(0);
  const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
  for (const script of adminScripts) expect(home).not.toContain(script);
  expect(home).toContain(metaCsp);
  expect(readdirSync(path.join(dist, 'pagefind')).length).toBeGreaterThan(0);
});
