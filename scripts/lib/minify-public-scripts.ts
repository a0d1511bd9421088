/**
 * The site's hand-written scripts in public/ (reading settings, read-aloud, the offline worker) are copied as
 * they are written, comments and all. Minified here, for ES2020 like the bundled ones, they stay inside the
 * page budget's 2 KB for the one script every content page loads, while the sources keep their comments.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'esbuild';

export const PUBLIC_SCRIPT_TARGET = 'es2020';

/** Minifies every `.js` file at the top of `outDir` (public/ lands there; Vite's bundles live in `_astro/`). */
export async function minifyPublicScripts(outDir: string): Promise<string[]> {
  const files = readdirSync(outDir).filter((name) => name.endsWith('.js'));
  for (const name of files) {
    const file = path.join(outDir, name);
    const { code } = await transform(readFileSync(file, 'utf8'), {
      loader: 'js',
      minify: true,
      target: PUBLIC_SCRIPT_TARGET,
      legalComments: 'none',
    });
    writeFileSync(file, code);
  }
  return files;
}
