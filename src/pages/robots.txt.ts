import type { APIRoute } from 'astro';
import { absoluteUrl, paths, url } from '../lib/urls.ts';

/** Everything but the web editor may be crawled; the sitemap address follows the configured site address and base path. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('The site address is not set (content/data/site.json "url" or SITE_URL).');
  return new Response(
    `User-agent: *\nAllow: /\nDisallow: ${url(paths.admin())}\n\nSitemap: ${absoluteUrl(paths.sitemap(), site)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
};
