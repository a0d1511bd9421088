/**
 * The one-way layers of docs/architecture.md, checked on every import in src/ and scripts/: schemas ← lib ← io ←
 * data ← components ← templates ← layouts ← pages, with the dictionary (src/i18n) used only at the presentation
 * edge. `src/lib/` is pure (no file system, no processes, no content collections); `src/io/` is the code that
 * reads or writes files or spawns processes. Only templates and pages use the layout. scripts/ never import tests/.
 */
import { readFileSync, globSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** For each folder of src/, the folders it must never import from. */
const FORBIDDEN: Record<string, readonly string[]> = {
  schemas: [
    'lib',
    'io',
    'data',
    'components',
    'templates',
    'layouts',
    'pages',
    'i18n',
    'content-check',
    'cms',
    'integrations',
  ],
  lib: ['io', 'data', 'components', 'templates', 'layouts', 'pages', 'i18n', 'content-check', 'cms', 'integrations'],
  io: ['data', 'components', 'templates', 'layouts', 'pages', 'i18n', 'content-check', 'cms', 'integrations'],
  i18n: [
    'schemas',
    'lib',
    'io',
    'data',
    'components',
    'templates',
    'layouts',
    'pages',
    'content-check',
    'cms',
    'integrations',
  ],
  data: ['components', 'templates', 'layouts', 'pages', 'i18n'],
  'content-check': ['data', 'components', 'templates', 'layouts', 'pages', 'i18n', 'cms'],
  // Components present the props they are given: they load nothing (data, io) and never wrap the layout.
  components: ['io', 'data', 'templates', 'layouts', 'pages'],
  // A page template (SessionPage, PagedListPage …) wraps the layout around components; it loads nothing either.
  templates: ['io', 'data', 'pages'],
  layouts: ['io', 'data', 'templates', 'pages'],
  cms: ['data', 'components', 'templates', 'layouts', 'pages'],
  integrations: ['data', 'components', 'templates', 'layouts', 'pages'],
};

/** Folders whose types (only) any layer may name: dictionary keys, page models, io's result types. */
const TYPE_ONLY_OK = new Set(['i18n', 'data', 'io']);

/** Packages `src/lib/` must not import: they touch files, spawn processes or load the content collections. */
const IMPURE_MODULES = /^(node:)?(fs|fs\/promises|child_process|worker_threads)$|^astro:content$/;

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

/** Every import specifier of a source file that is imported for its value (package names included). */
function valueImportsOf(source: string): string[] {
  const withoutTypeImports = source.replace(/\bimport\s+type\s+\{[^}]*\}\s+from\s+['"][^'"]+['"]/g, '');
  const found = new Set<string>();
  for (const re of [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]/g]) {
    for (const match of withoutTypeImports.matchAll(re)) found.add(match[1]!);
  }
  return [...found];
}

/** `file → module` for each file of src/lib/ that imports a module that touches files or processes. */
export function impureLibImports(files: readonly { file: string; source: string }[]): string[] {
  return files
    .filter(({ file }) => file.startsWith('src/lib/'))
    .flatMap(({ file, source }) =>
      valueImportsOf(source)
        .filter((specifier) => IMPURE_MODULES.test(specifier))
        .map((specifier) => `${file} → ${specifier}`),
    );
}

/**
 * `file → specifier` for each route that takes data another way than from its area's module in src/data/routes/:
 * the content collections (astro:content) or the site model (src/data/site.ts) straight, or a template, component
 * or layout that does. One way for page data, as Starlight's route data.
 */
export function routesNotFromRouteData(files: readonly { file: string; source: string }[]): string[] {
  return files
    .filter(({ file }) => /^src\/(pages|templates|components|layouts)\//.test(file))
    .flatMap(({ file, source }) =>
      valueImportsOf(source)
        .filter((specifier) => {
          if (specifier === 'astro:content') return true;
          if (!specifier.startsWith('.')) return false;
          const target = path.relative(path.join(ROOT, 'src'), path.resolve(ROOT, path.dirname(file), specifier));
          return target.startsWith(`data${path.sep}`) && !target.startsWith(`data${path.sep}routes${path.sep}`);
        })
        .map((specifier) => `${file} → ${specifier}`),
    );
}

/**
 * Files of src/lib/ that keep state between calls (a module-level `let`, or an empty Map or Set filled later): a
 * cache. Derived data is cached once, in the site model (src/data/site.ts); what is read from files, in src/io/.
 */
export function libCaches(files: readonly { file: string; source: string }[]): string[] {
  return files
    .filter(({ file }) => file.startsWith('src/lib/'))
    .flatMap(({ file, source }) =>
      [...source.matchAll(/^(?:export )?(?:let \w+|const \w+ = new (?:Map|Set|WeakMap)(?:<[^>]*>)?\(\))/gm)].map(
        (match) => `${file}: ${match[0]}`,
      ),
    );
}

/** `file → specifier` for each file of scripts/ that imports from tests/. */
export function scriptsImportingTests(files: readonly { file: string; source: string }[]): string[] {
  return files.flatMap(({ file, source }) =>
    importsOf(source)
      .filter((specifier) =>
        path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier)).startsWith(`tests${path.sep}`),
      )
      .map((specifier) => `${file} → ${specifier}`),
  );
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
      // A type is erased at build: lib may name a dictionary key's type, a component its page model's type.
      if (to && TYPE_ONLY_OK.has(to) && typeOnly.has(specifier)) continue;
      if (to && forbidden.includes(to)) wrong.push(`${file} → ${specifier}`);
    }
  }
  return wrong;
}

/** Every file matching `pattern` under the repository, with its text. */
const sourcesOf = (pattern: string) =>
  globSync(pattern, { cwd: ROOT }).map((file) => ({ file, source: readFileSync(path.join(ROOT, file), 'utf8') }));

describe('one-way layers', () => {
  it('no file in src/ imports from a layer above its own', () => {
    const files = sourcesOf('src/**/*.{ts,mts,astro}');
    expect(files.length).toBeGreaterThan(100);
    expect(upwardImports(files)).toEqual([]);
  });

  it('src/lib/ is pure: no file system, processes or content collections (those live in src/io/, src/data/)', () => {
    const files = sourcesOf('src/lib/**/*.ts');
    expect(files.length).toBeGreaterThan(50);
    expect(impureLibImports(files)).toEqual([]);
    expect(
      impureLibImports([
        { file: 'src/lib/a.ts', source: "import { readFileSync } from 'node:fs';" },
        { file: 'src/lib/b.ts', source: "import { execFileSync } from 'child_process';" },
        { file: 'src/lib/c.ts', source: "import { getCollection } from 'astro:content';" },
        { file: 'src/lib/d.ts', source: "import type { CollectionEntry } from 'astro:content';" },
        { file: 'src/lib/e.ts', source: "import path from 'node:path';" },
        { file: 'src/io/f.ts', source: "import { readFileSync } from 'node:fs';" },
      ]),
    ).toEqual(['src/lib/a.ts → node:fs', 'src/lib/b.ts → child_process', 'src/lib/c.ts → astro:content']);
  });

  it('src/lib/ keeps no cache of its own (derived data: the site model; file reads: src/io/)', () => {
    expect(libCaches(sourcesOf('src/lib/**/*.ts'))).toEqual([]);
    expect(
      libCaches([
        { file: 'src/lib/a.ts', source: 'let current: Config | undefined;' },
        { file: 'src/lib/b.ts', source: 'const cache = new Map<string, number>();' },
        { file: 'src/lib/c.ts', source: "const KINDS = new Set(['a', 'b']);\nfunction f() {\n  let x = 1;\n}" },
        { file: 'src/io/d.ts', source: 'let size: number | undefined;' },
      ]),
    ).toEqual(['src/lib/a.ts: let current', 'src/lib/b.ts: const cache = new Map<string, number>()']);
  });

  it('every route takes its page data from src/data/routes/, never the collections or the site model straight', () => {
    const files = sourcesOf('src/{pages,templates,components,layouts}/**/*.{ts,astro}');
    expect(files.length).toBeGreaterThan(80);
    expect(routesNotFromRouteData(files)).toEqual([]);
    expect(
      routesNotFromRouteData([
        { file: 'src/pages/a.astro', source: "---\nimport { getCollection } from 'astro:content';\n---" },
        { file: 'src/pages/b/c.astro', source: "---\nimport { getSite } from '../../data/site.ts';\n---" },
        { file: 'src/templates/T.astro', source: "---\nimport { getEntry } from 'astro:content';\n---" },
        { file: 'src/pages/ok.astro', source: "---\nimport { homePage } from '../data/routes/home.ts';\n---" },
        { file: 'src/pages/ok.ts', source: "import type { RouteData } from '../data/route-data.ts';" },
      ]),
    ).toEqual([
      'src/pages/a.astro → astro:content',
      'src/pages/b/c.astro → ../../data/site.ts',
      'src/templates/T.astro → astro:content',
    ]);
  });

  it('scripts/ never import from tests/ (shared helpers live in scripts/lib/)', () => {
    const files = sourcesOf('scripts/**/*.{ts,mts,mjs,js}');
    expect(files.length).toBeGreaterThan(20);
    expect(scriptsImportingTests(files)).toEqual([]);
    expect(
      scriptsImportingTests([
        { file: 'scripts/x.ts', source: "import { a } from '../tests/browser.ts';" },
        { file: 'scripts/bench/y.ts', source: "import { b } from '../../tests/support/z.ts';" },
        { file: 'scripts/ok.ts', source: "import { c } from './lib/browser.ts';" },
      ]),
    ).toEqual(['scripts/x.ts → ../tests/browser.ts', 'scripts/bench/y.ts → ../../tests/support/z.ts']);
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
        { file: 'src/components/site/Y.astro', source: "---\nimport B from '../../layouts/Base.astro';\n---" },
        { file: 'src/components/site/Z.astro', source: "---\nimport { getSite } from '../../data/site.ts';\n---" },
        {
          file: 'src/components/site/T.astro',
          source: "---\nimport type { BookPage } from '../../data/books.ts';\n---",
        },
        { file: 'src/templates/P.astro', source: "---\nimport B from '../layouts/Base.astro';\n---" },
        { file: 'src/layouts/Base.astro', source: "---\nimport { siteConfig } from '../io/site-config.ts';\n---" },
        { file: 'src/lib/x.ts', source: "import { gitDates } from '../io/git-dates.ts';" },
      ]),
    ).toEqual([
      'src/schemas/x.ts → ../lib/dates.ts',
      'src/lib/og/x.ts → ../../i18n/t.ts',
      'src/lib/x.ts → ../components/site/y.ts',
      'src/components/site/X.astro → ../../pages/index.astro',
      'src/data/x.ts → ../components/a.ts',
      'src/lib/words.ts → ../i18n/t.ts',
      'src/lib/both.ts → ../i18n/t.ts',
      'src/components/site/Y.astro → ../../layouts/Base.astro',
      'src/components/site/Z.astro → ../../data/site.ts',
      'src/layouts/Base.astro → ../io/site-config.ts',
      'src/lib/x.ts → ../io/git-dates.ts',
    ]);
  });
});
