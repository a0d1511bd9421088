/**
 * The web editor's browser bundle (Sveltia CMS from npm plus src/cms/admin.ts), built by Vite once and kept in a
 * cache shared by every build on this machine, instead of bundling 17 MB of editor code (and compressing it) in
 * every `astro build`: that was about 5 s of CPU and 0.5 GB of memory per build, a third of a small site's build.
 *
 * The cache key is a hash of everything the bundle is made from (this file, admin.ts, the offline plugin and the
 * lock file, which fixes the versions of Sveltia CMS and Vite), so an upgrade or an edit makes a new bundle; the key is also in the
 * bundle's address (`_astro/cms-<key>/admin.js`), so a browser never mixes an old entry with new chunks. The
 * compressed `.gz`/`.br` copies are made once, with the bundle. src/integrations/cms-bundle.ts puts it into a
 * build's output and serves it under `astro dev`.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { precompress } from '../io/precompress.ts';
import { cmsOffline } from './vite-plugin.ts';

/** The entry file inside the bundle's folder. */
export const CMS_ENTRY = 'admin.js';

/**
 * Overrides where bundles are cached (default `node_modules/.cache/djjy-cms/`), for a machine whose node_modules is
 * read-only. The benchmark's project copies have a node_modules of their own, so their builds start cold.
 */
export const CMS_CACHE_ENV = 'CMS_BUNDLE_CACHE';

// The lock file stands for the installed versions of Sveltia CMS, its dependencies and Vite. The folders hold what
// the editor page runs besides Sveltia: the form's checks are the schemas and content-check rules themselves.
const SOURCES = ['package-lock.json'];
const SOURCE_FOLDERS = ['src/cms', 'src/schemas', 'src/content-check', 'src/i18n/translate.ts'];

/** The hash of everything the bundle is made from: the same sources and versions give the same key. */
export function cmsBundleKey(root: string): string {
  const hash = createHash('sha256');
  const files = SOURCE_FOLDERS.flatMap((folder) =>
    folder.endsWith('.ts')
      ? [folder]
      : globSync(`${folder}/**/*.ts`, { cwd: root }).map((f) => f.split(path.sep).join('/')),
  );
  for (const source of [...SOURCES, ...files.sort()]) hash.update(source).update(readFileSync(path.join(root, source)));
  return hash.digest('hex').slice(0, 12);
}

/** The bundle's folder inside a build's output, from the site root: `_astro/cms-<key>`. */
export function cmsBundleFolder(key: string): string {
  return `_astro/cms-${key}`;
}

function cacheRoot(root: string): string {
  return path.resolve(root, process.env[CMS_CACHE_ENV] ?? 'node_modules/.cache/djjy-cms');
}

const building = new Map<string, Promise<string>>();

/**
 * The folder holding the bundle for the current sources (built first if this machine has none yet). Builds running
 * side by side may both bundle; each writes its own folder and the first rename wins, so none reads a half-written
 * bundle.
 */
export function ensureCmsBundle(root: string): Promise<string> {
  const key = cmsBundleKey(root);
  const dir = path.join(cacheRoot(root), key);
  if (existsSync(path.join(dir, CMS_ENTRY))) return Promise.resolve(dir);
  let pending = building.get(dir);
  if (!pending) {
    pending = bundle(root, dir).finally(() => building.delete(dir));
    building.set(dir, pending);
  }
  return pending;
}

async function bundle(root: string, dir: string): Promise<string> {
  mkdirSync(path.dirname(dir), { recursive: true });
  const scratch = mkdtempSync(`${dir}.tmp-`);
  try {
    const { build } = await import('vite');
    await build({
      configFile: false,
      root,
      // Relative addresses between the bundle's files, so it works under any base path (BASE_PATH=/djjy/).
      base: './',
      logLevel: 'warn',
      publicDir: false,
      plugins: [cmsOffline()],
      build: {
        outDir: scratch,
        emptyOutDir: false,
        assetsDir: '',
        // As the site's own scripts (astro.config.mjs): office PCs and older phones parse it.
        target: 'es2020',
        chunkSizeWarningLimit: 4096,
        modulePreload: false,
        copyPublicDir: false,
        rolldownOptions: {
          input: path.join(root, 'src/cms/admin.ts'),
          output: {
            entryFileNames: CMS_ENTRY,
            chunkFileNames: '[name].[hash].js',
            assetFileNames: '[name].[hash][extname]',
          },
        },
      },
    });
    if (!existsSync(path.join(scratch, CMS_ENTRY)))
      throw new Error(`/admin/ 的编辑器打包失败：没有生成 ${CMS_ENTRY}。`);
    await precompress(scratch);
    try {
      renameSync(scratch, dir);
    } catch (error) {
      // Another build finished the same bundle first: theirs is complete, keep it.
      if (!existsSync(path.join(dir, CMS_ENTRY))) throw error;
    }
    return dir;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
