/**
 * Builds the Pagefind index over a finished site (run by src/integrations/search-index.ts after
 * `astro build`). Pages opt in with `data-pagefind-body` (Base.astro's `searchType`); synonyms from the
 * editors' file and Chinese punctuation between labels, values and blocks (index-punctuation.ts) are added
 * to each page's copy in memory, so the HTML served to readers stays as built.
 */
import * as pagefind from 'pagefind';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseSynonyms, synonymAdditions, type SynonymGroup } from './synonyms.ts';
import { EXTRAS_MARK } from './extras-mark.ts';
import { punctuateForIndex } from './index-punctuation.ts';

/** Pagefind writes its own ready-made interfaces too; the site uses its JS API only. */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

const BODY_OPEN = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/i;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/** `lectures/3/index.html` → `/lectures/3/` (directory-format build). */
export function pageUrl(relativeFile: string): string {
  const posix = relativeFile.split(path.sep).join('/');
  return `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The page with its synonym forms added inside the indexed region (before the region's closing tag),
 * or unchanged when it mentions none. Returns undefined for pages that are not indexed at all.
 */
export function withSynonyms(html: string, groups: readonly SynonymGroup[]): string | undefined {
  const open = BODY_OPEN.exec(html);
  if (!open) return undefined;
  const tag = open[1] ?? 'div';
  const start = open.index + open[0].length;
  const mainEnd = html.indexOf('</main>', start);
  const close = html.lastIndexOf(`</${tag}>`, mainEnd === -1 ? html.length : mainEnd);
  const end = close > start ? close : start;
  const text = decodeEntities(html.slice(start, end).replace(/<[^>]*>/g, ' '));
  const additions = synonymAdditions(text, groups);
  if (additions.length === 0) return html;
  const block = `<div hidden>${EXTRAS_MARK} ${escapeHtml(additions.join(' '))}</div>`;
  return `${html.slice(0, end)}${block}${html.slice(end)}`;
}

function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full, base);
    return entry.name.endsWith('.html') ? [path.relative(base, full)] : [];
  });
}

/** Reads the synonyms file; a missing file means no synonyms. */
export function readSynonyms(file: string): SynonymGroup[] {
  if (!existsSync(file)) return [];
  return parseSynonyms(readFileSync(file, 'utf8'), file);
}

export interface SearchIndexReport {
  pages: number;
  withSynonyms: number;
  outputPath: string;
}

/** Indexes every opted-in page of `outDir` and writes the bundle to `<outDir>/pagefind/`. */
export async function buildSearchIndex(outDir: string, synonyms: readonly SynonymGroup[]): Promise<SearchIndexReport> {
  const created = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  const index = created.index;
  if (!index) throw new Error(`Pagefind 无法创建索引：${created.errors.join('; ')}`);
  let pages = 0;
  let synonymPages = 0;
  try {
    // Pagefind's indexer is a separate process: keep many pages in flight instead of one round trip
    // at a time (10,000 pages took minutes sequentially, far longer than its own CLI).
    const files = htmlFiles(outDir);
    const addPage = async (file: string) => {
      const html = readFileSync(path.join(outDir, file), 'utf8');
      const withExtras = withSynonyms(html, synonyms);
      if (withExtras === undefined) return;
      if (withExtras !== html) synonymPages++;
      const content = punctuateForIndex(withExtras);
      const added = await index.addHTMLFile({ url: pageUrl(file), content });
      if (added.errors.length > 0) throw new Error(`搜索索引无法收录 ${file}：${added.errors.join('; ')}`);
      pages++;
    };
    const IN_FLIGHT = 32;
    for (let start = 0; start < files.length; start += IN_FLIGHT) {
      await Promise.all(files.slice(start, start + IN_FLIGHT).map(addPage));
    }
    const outputPath = path.join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`搜索索引写入失败：${written.errors.join('; ')}`);
    for (const name of UNUSED_BUNDLE_FILES) rmSync(path.join(outputPath, name), { force: true });
    return { pages, withSynonyms: synonymPages, outputPath };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
