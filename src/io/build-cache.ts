/**
 * The one folder the build keeps between builds: Astro's cache folder (`node_modules/.astro/`, or ASTRO_CACHE_DIR as
 * the tests and the benchmark set it). Astro keeps its content store and optimised images there; the build keeps
 * the share cards (`og/`, src/io/og/render.ts) and the compressed copies of pages (`precompress/`,
 * ./encoding-cache.ts) beside them. Every entry is named by a hash of its inputs and the code that makes it, so a
 * stale entry is never used: it is only never asked for. CI that caches this folder between runs gets a rebuild's
 * speed (docs/performance.md, "The build's cache").
 */
import path from 'node:path';

export function buildCacheDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.ASTRO_CACHE_DIR || 'node_modules/.astro');
}
