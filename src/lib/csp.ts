/**
 * The site's Content-Security-Policy, in one place: Base.astro puts it in a <meta http-equiv> on every page
 * (so it holds on any static host); public/_headers and deploy/nginx/headers.conf repeat it as a real header (plus
 * frame-ancestors, which a meta tag cannot carry). The quality gates and tests/cli/nginx.test.ts compare them.
 *
 * Why each source: everything is served by the site itself ('self'); Pagefind compiles its WebAssembly search
 * index, which needs 'wasm-unsafe-eval' (not 'unsafe-eval': JavaScript eval stays forbidden); small images may be
 * inlined by the build as data: URIs. No 'unsafe-inline' anywhere: no inline scripts, styles or event handlers.
 */
export const cspDirectives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy for the <meta http-equiv> tag (browsers ignore frame-ancestors there, so it is left out). */
export const metaCsp = cspDirectives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy for an HTTP header: the meta policy plus frame-ancestors (no framing by other sites). */
export const headerCsp = `${metaCsp}; frame-ancestors 'self'`;
