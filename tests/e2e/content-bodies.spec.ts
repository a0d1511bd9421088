/**
 * Every body an editor writes is published: for each entry of every collection with a non-empty Markdown body,
 * each run of its prose appears in the <main> of the entry's built page. Reads the content folder the production
 * build was made from (CONTENT_DIR, default content/) and the built HTML in dist/.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../src/schemas/index.ts';
import { contentDir } from '../../src/io/site-config.ts';

const dist = path.resolve(process.env.DIST_DIR ?? 'dist');
const content = contentDir(process.cwd());

/** Where each collection's entry is published, relative to the site's base. */
function routeOf(collection: CollectionName, id: string, data: Record<string, unknown>): string {
  switch (collection) {
    case 'lectures':
    case 'meetings':
      return `${collection}/${String(data.number)}/`;
    case 'books':
      return `books/${id}/`;
    case 'people':
      return `people/${id}/`;
    case 'pages':
      return `about/${id.replace(/^about-/, '')}/`;
    // Frontmatter only: the register is shown on the coverage page, which is where a body would have to appear.
    case 'organisations':
      return 'coverage/';
  }
}

/** Collections whose files carry no body (src/cms/config.ts offers none for them). */
const FRONTMATTER_ONLY: readonly CollectionName[] = ['organisations'];

/** Runs of prose (six characters or more between punctuation) of a Markdown/MDX body, markup removed. */
export function proseRuns(body: string): string[] {
  const text = body
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]/g, '');
  return text
    .split(/[\n，。、；：！？“”‘’「」《》（）()：,.;:!?"']+/)
    .map((run) => run.replace(/\s+/g, ''))
    .filter((run) => run.length >= 6);
}

function mainText(file: string): string {
  const html = readFileSync(file, 'utf8');
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '');
}

const entries = COLLECTION_NAMES.flatMap((collection) => {
  const folder = path.join(content, COLLECTIONS[collection].folder);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const source = readFileSync(path.join(folder, name), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source) ?? [];
      const id = name.replace(/\.mdx?$/, '');
      const data = (parse(front) ?? {}) as Record<string, unknown>;
      return {
        collection,
        file: `${COLLECTIONS[collection].folder}/${name}`,
        route: routeOf(collection, id, data),
        body,
      };
    })
    .filter((entry) => entry.body.trim() !== '');
});

test('the sample content has bodies in every collection (so the next test proves something)', () => {
  const collections = new Set(entries.map((entry) => entry.collection));
  expect([...collections].sort()).toEqual(COLLECTION_NAMES.filter((name) => !FRONTMATTER_ONLY.includes(name)).sort());
});

test('every entry body with text appears on its built page, in every collection', () => {
  const missing: string[] = [];
  for (const entry of entries) {
    const file = path.join(dist, entry.route, 'index.html');
    if (!existsSync(file)) {
      missing.push(`${entry.file}: no page at /${entry.route}`);
      continue;
    }
    const text = mainText(file);
    for (const run of proseRuns(entry.body)) {
      if (!text.includes(run)) missing.push(`${entry.file}: 「${run}」 not on /${entry.route}`);
    }
  }
  expect(missing).toEqual([]);
});
