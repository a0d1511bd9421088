/**
 * The one-way layers of docs/architecture.md, checked on every import in src/: schemas ← lib ← data ←
 * components ← layouts ← pages, with the dictionary (src/i18n) used only at the presentation edge.
 */
import { readFileSync, globSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** For each folder of src/, the folders it must never import from. */
const FORBIDDEN: Record<string, readonly string[]> = {
  schemas: ['lib', 'data', 'components', 'layouts', 'pages', 'i18n', 'content-check', 'cms', 'integrations'],
  lib: ['data', 'components', 'layouts', 'pages', 'i18n', 'content-check', 'cms', 'integrations'],
  i18n: ['schemas', 'lib', 'data', 'components', 'layouts', 'pages', 'content-check', 'cms', 'integrations'],
  data: ['components', 'layouts', 'pages', 'i18n', 'cms'],
  'content-check': ['data', 'components', 'layouts', 'pages', 'i18n', 'cms'],
  // A page template (PastPage, BookGroupPage) may wrap the layout; no component renders a route.
  components: ['pages'],
  layouts: ['pages'],
  cms: ['data', 'components', 'layouts', 'pages'],
  integrations: ['data', 'components', 'layouts', 'pages'],
};

/** Relative import specifiers of a source file (static, side-effect and dynamic imports, re-exports). */
export function importsOf(source: string): string[] {
  const found = new Set<string>();
  for (const re of [
    /\bfrom\s+['"](\.[^'"]+)['"]/g,
    /\bimport\s+['"](\.[^'"]+)['"]/g,
    /\bimport\(\s*['"](\.[^'"]+)['"]/g,
  ]) {
    for (const match of source.matchAll(re)) found.add(match[1]!);
  }
  return [...found];
}

/** The src/ folder a path lies in (`src/lib/x.ts` → `lib`), or undefined outside src/ or at its top. */
function folderOf(file: string): string | undefined {
  const parts = path.relative(path.join(ROOT, 'src'), file).split(path.sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
}

/**
 * Specifiers imported only for their types (`import type { UiKey } from …`): erased at build, so lib may name
 * the dictionary's keys (a series descriptor stores which words to use) without ever looking a word up.
 */
function typeOnlyImportsOf(source: string): Set<string> {
  const withoutTypeImports = source.replace(/\bimport\s+type\s+\{[^}]*\}\s+from\s+['"][^'"]+['"]/g, '');
  const values = new Set(importsOf(withoutTypeImports));
  return new Set(importsOf(source).filter((specifier) => !values.has(specifier)));
}

/** `from → to` for every import in `files` (paths relative to the repository) that crosses a layer upward. */
export function upwardImports(files: readonly { file: string; source: string }[]): string[] {
  const wrong: string[] = [];
  for (const { file, source } of files) {
    const from = folderOf(path.join(ROOT, file));
    const forbidden = from ? FORBIDDEN[from] : undefined;
    if (!forbidden) continue;
    const typeOnly = typeOnlyImportsOf(source);
    for (const specifier of importsOf(source)) {
      const to = folderOf(path.resolve(ROOT, path.dirname(file), specifier));
      if (to === 'i18n' && typeOnly.has(specifier)) continue;
      if (to && forbidden.includes(to)) wrong.push(`${file} → ${specifier}`);
    }
  }
  return wrong;
}

describe('one-way layers', () => {
  it('no file in src/ imports from a layer above its own', () => {
    const files = globSync('src/**/*.{ts,mts,astro}', { cwd: ROOT }).map((file) => ({
      file,
      source: readFileSync(path.join(ROOT, file), 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(100);
    expect(upwardImports(files)).toEqual([]);
  });

  it('catches each kind of upward import', () => {
    expect(
      upwardImports([
        { file: 'src/schemas/x.ts', source: "import { a } from '../lib/dates.ts';" },
        { file: 'src/lib/og/x.ts', source: "import { t } from '../../i18n/t.ts';" },
        { file: 'src/lib/x.ts', source: "export { y } from '../components/site/y.ts';" },
        { file: 'src/components/site/X.astro', source: "---\nimport P from '../../pages/index.astro';\n---" },
        { file: 'src/data/x.ts', source: "const m = await import('../components/a.ts');" },
        { file: 'src/lib/ok.ts', source: "import { z } from 'astro/zod';\nimport { d } from './dates.ts';" },
        { file: 'src/lib/keys.ts', source: "import type { UiKey } from '../i18n/t.ts';" },
        { file: 'src/lib/words.ts', source: "import { type UiKey, t } from '../i18n/t.ts';" },
        {
          file: 'src/lib/both.ts',
          source: "import type { UiKey } from '../i18n/t.ts';\nimport { t } from '../i18n/t.ts';",
        },
        { file: 'src/pages/ok.astro', source: "import { t } from '../i18n/t.ts';" },
      ]),
    ).toEqual([
      'src/schemas/x.ts → ../lib/dates.ts',
      'src/lib/og/x.ts → ../../i18n/t.ts',
      'src/lib/x.ts → ../components/site/y.ts',
      'src/components/site/X.astro → ../../pages/index.astro',
      'src/data/x.ts → ../components/a.ts',
      'src/lib/words.ts → ../i18n/t.ts',
      'src/lib/both.ts → ../i18n/t.ts',
    ]);
  });
});
