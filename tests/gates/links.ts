/**
 * Gate: links. linkinator serves the dist folder itself and follows every internal link, image, stylesheet,
 * script and `#fragment` (checkFragments) from every page; anything on another host is out of scope here
 * (the lockdown gate forbids requesting it at all), so it is skipped, not fetched.
 */
import { LinkChecker, LinkState } from 'linkinator';
import { freePort } from '../../scripts/lib/static-server.ts';
import type { BuiltPage } from './pages.ts';

export interface BrokenLink {
  url: string;
  status: number | undefined;
  /** The page that links to it. */
  parent: string | undefined;
  reason: string;
}

function describeFailure(detail: unknown): string {
  if (detail instanceof Error) return detail.message;
  if (typeof detail === 'string') return detail;
  if (detail && typeof detail === 'object' && 'status' in detail) return `HTTP ${String(detail.status)}`;
  return JSON.stringify(detail);
}

/** Checks every link reachable from `pages` of the site in `distDir` (built for `base`, e.g. '/' or '/djjy/'). */
export async function checkLinks(distDir: string, pages: BuiltPage[], base = '/'): Promise<BrokenLink[]> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`; // where linkinator serves serverRoot
  const checker = new LinkChecker();
  const result = await checker.check({
    path: pages.map((page) => page.route || 'index.html'),
    serverRoot: distDir,
    port,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 16,
    timeout: 20_000,
    // The site is built for `base`; linkinator serves dist/ at the root, so strip the base from its URLs.
    urlRewriteExpressions:
      base === '/' ? [] : [{ pattern: new RegExp(`^${origin}${base.replace(/\/$/, '')}/`), replacement: `${origin}/` }],
    linksToSkip: async (link: string) => !link.startsWith(origin) && !link.startsWith('/'),
  });
  return result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => ({
      url: link.url.replace(origin, ''),
      status: link.status,
      parent: link.parent?.replace(origin, ''),
      reason: (link.failureDetails ?? []).map(describeFailure).join('; '),
    }));
}
