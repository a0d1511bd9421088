/**
 * The data the page frame (src/layouts/Base.astro) needs, built once per route from the site model, as
 * Starlight's `route-data.ts` does: src/middleware.ts puts it on `Astro.locals.route` before the page renders,
 * so the layout receives it instead of loading the model itself.
 */
import { absoluteUrl } from '../lib/urls.ts';
import { ogImagePath } from '../lib/og/pages.ts';
import { getSite } from './catalog.ts';

export interface RouteData {
  /** Absolute address of the page's Open Graph card (its own, its section's or the home page's). */
  ogImage: string;
}

export async function routeData(url: URL, site: URL | undefined, base: string): Promise<RouteData> {
  // The page's path without the base path: the key the Open Graph cards are stored under.
  const pagePath = `/${url.pathname.slice(base.replace(/\/$/, '').length).replace(/^\/+/, '')}`;
  return { ogImage: absoluteUrl(ogImagePath(pagePath, (await getSite()).og), site ?? url) };
}
