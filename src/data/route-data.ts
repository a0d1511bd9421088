/**
 * The data the page frame (src/layouts/Base.astro) needs, built once per route from the site model and the site
 * settings, as Starlight's `route-data.ts` does: src/middleware.ts puts it on `Astro.locals.route` before the page
 * renders, so the layout receives it instead of loading anything itself.
 */
import { absoluteUrl } from '../lib/urls.ts';
import { ogImagePath } from '../lib/og/pages.ts';
import type { Filing } from '../lib/filing.ts';
import { govBadgeSize } from '../io/filing-badge.ts';
import { siteConfig } from '../io/site-config.ts';
import { getSite } from './site.ts';

export interface RouteData {
  /** Absolute address of the page's Open Graph card (its own, its section's or the home page's). */
  ogImage: string;
  /** The footer's filing settings (content/data/site.json `filing`); the layout puts the labels on. */
  filing: Filing;
  /** Size of the 党政机关网站标识 picture when one is set, so the footer reserves its space. */
  badgeSize: { width: number; height: number } | undefined;
}

export async function routeData(url: URL, site: URL | undefined, base: string): Promise<RouteData> {
  // The page's path without the base path: the key the Open Graph cards are stored under.
  const pagePath = `/${url.pathname.slice(base.replace(/\/$/, '').length).replace(/^\/+/, '')}`;
  const { filing } = siteConfig();
  return {
    ogImage: absoluteUrl(ogImagePath(pagePath, (await getSite()).og), site ?? url),
    filing,
    // The footer shows the badge only with both its picture and its link (src/lib/filing.ts).
    badgeSize: filing.govBadge?.link.trim() ? await govBadgeSize() : undefined,
  };
}
