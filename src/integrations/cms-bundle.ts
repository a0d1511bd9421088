/**
 * Puts the web editor's cached bundle (src/cms/bundle.ts) where /admin/ loads it, `_astro/cms-<key>/`: copied into
 * the output after a build, served from the cache under `astro dev` (npm run edit). A build starts the bundle (or
 * finds it cached) at once, so a first bundle overlaps Astro's own work instead of following it.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsBundleFolder, cmsBundleKey, ensureCmsBundle } from '../cms/bundle.ts';
import { CONTENT_TYPES } from '../lib/content-types.ts';

export function cmsBundle(): AstroIntegration {
  let root = '';
  let base = '/';
  let pending: Promise<string> | undefined;
  return {
    name: 'djjy:cms-bundle',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (command === 'build') {
          pending = ensureCmsBundle(root);
          // Awaited in astro:build:done; until then a failure must not count as unhandled.
          pending.catch(() => undefined);
        }
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          // Every dev request passes here: hash the sources only for the bundle's own addresses.
          if (!pathname.startsWith(`${base}${cmsBundleFolder('')}`)) return next();
          const folder = `${base}${cmsBundleFolder(cmsBundleKey(root))}/`;
          if (!pathname.startsWith(folder)) return next();
          ensureCmsBundle(root).then((dir) => {
            const file = path.join(dir, pathname.slice(folder.length));
            if (!file.startsWith(dir + path.sep) || !existsSync(file)) return next();
            response.setHeader('content-type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
            response.end(readFileSync(file));
          }, next);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const bundle = await (pending ?? ensureCmsBundle(root));
        // The cache folder is named by its key.
        cpSync(bundle, path.join(fileURLToPath(dir), cmsBundleFolder(path.basename(bundle))), { recursive: true });
      },
    },
  };
}
