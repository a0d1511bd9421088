/**
 * The Content-Security-Policy of /admin/ only (the public pages keep src/lib/csp.ts). As strict as the web editor
 * allows: its scripts are the site's own bundle ('self', no 'unsafe-eval'); it sets inline styles
 * ('unsafe-inline' for styles only); it reads pictures and files as blob:/data: URLs and encodes WebP in
 * WebAssembly; and it talks to one other address, the git host's API from content/data/site.json.
 */
import { apiRootOf, type CmsSettings } from './config.ts';

export function adminCspDirectives(settings: CmsSettings): [string, string][] {
  const api = apiRootOf(settings);
  const origins = [...new Set([api, settings.baseUrl].filter(Boolean).map((url) => new URL(url).origin))];
  const git = origins.length ? ` ${origins.join(' ')}` : '';
  return [
    ['default-src', "'self'"],
    ['script-src', "'self' 'wasm-unsafe-eval'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', `'self' blob: data:${git}`],
    ['media-src', "'self' blob: data:"],
    ['font-src', "'self' data:"],
    ['connect-src', `'self' blob: data:${git}`],
    ['worker-src', "'self' blob:"],
    ['frame-src', "'self' blob:"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
}

export function adminCsp(settings: CmsSettings): string {
  return adminCspDirectives(settings)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
