/**
 * Every page of a built site, as the quality gates see it: the URLs in dist/sitemap-*.xml plus 404.html and
 * offline/.
 * The gates take a dist folder as input, so their own tests can point them at deliberately broken fixtures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface BuiltPage {
  /** Path relative to the site's base, as a browser test navigates to it: '', 'lectures/1/', '404.html'. */
  route: string;
  /** Absolute path of the HTML file in the dist folder. */
  file: string;
}

/** The `<loc>` URLs of every sitemap in `distDir` (the index file lists sitemaps, not pages). */
export function sitemapUrls(distDir: string): string[] {
  const sitemaps = readdirSync(distDir).filter(
    (name) => /^sitemap-.*\.xml$/.test(name) && name !== 'sitemap-index.xml',
  );
  if (sitemaps.length === 0) throw new Error(`${distDir}: no sitemap-*.xml; build the site first (npm run build).`);
  return sitemaps.flatMap((name) =>
    [...readFileSync(path.join(distDir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim()),
  );
}

/**
 * The pages of the site in `distDir`. The base path is the sitemap's shortest path (the home page is always
 * listed), so a site built for /djjy/ maps '/djjy/lectures/' to dist/lectures/index.html.
 */
export function listBuiltPages(distDir: string): BuiltPage[] {
  const pathnames = sitemapUrls(distDir).map((loc) => decodeURI(new URL(loc).pathname));
  const base = pathnames.reduce((a, b) => (b.length < a.length ? b : a), pathnames[0] ?? '/');
  const pages = pathnames.map((pathname) => {
    if (!pathname.startsWith(base)) throw new Error(`${pathname} lies outside the site's base path ${base}`);
    const route = pathname.slice(base.length);
    const file = path.join(distDir, route.endsWith('.html') ? route : path.join(route, 'index.html'));
    if (!existsSync(file)) throw new Error(`The sitemap lists ${pathname}, but ${file} does not exist.`);
    return { route, file };
  });
  // Pages a reader sees without the sitemap listing them: the 404 page, and what the service worker shows offline.
  const notFound = path.join(distDir, '404.html');
  if (existsSync(notFound)) pages.push({ route: '404.html', file: notFound });
  const offline = path.join(distDir, 'offline', 'index.html');
  if (existsSync(offline)) pages.push({ route: 'offline/', file: offline });
  return pages.sort((a, b) => a.route.localeCompare(b.route));
}

/** The site's base path as the sitemap shows it ('/' or '/djjy/'). */
export function basePath(distDir: string): string {
  const pathnames = sitemapUrls(distDir).map((loc) => new URL(loc).pathname);
  return pathnames.reduce((a, b) => (b.length < a.length ? b : a), pathnames[0] ?? '/');
}
