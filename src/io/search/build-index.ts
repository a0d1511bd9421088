/**
 * Builds the Pagefind index from pages' HTML: `SearchIndexFeed` takes each page as Astro renders it (in a
 * worker, see ./index-worker.ts and src/integrations/search-index.ts); `buildSearchIndex` reads a finished
 * site instead. Pages opt in with `data-pagefind-body` (Base.astro's `searchType`); synonyms from the
 * editors' file and Chinese punctuation between labels, values and blocks (index-punctuation.ts) are added
 * to each page's copy in memory, so the HTML served to readers stays as built.
 */
import * as pagefind from 'pagefind';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseSynonyms, synonymAdditions, type SynonymGroup } from '../../lib/search/synonyms.ts';
import { EXTRAS_MARK } from '../../lib/search/extras-mark.ts';
import { punctuateForIndex } from '../../lib/search/index-punctuation.ts';
import { simplifiedAdditions } from '../../lib/search/variant-table.ts';

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
 * The page with its synonym forms, and the simplified form of any text written in traditional characters
 * (imported titles, names: 紅樓夢 → 红楼梦), added inside the indexed region (before the region's closing tag),
 * or unchanged when it has neither. Returns undefined for pages that are not indexed at all.
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
  const simplified = simplifiedAdditions(text);
  const additions = [...simplified, ...synonymAdditions([text, ...simplified].join(' '), groups)];
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

/** The copy of a page Pagefind indexes (synonyms and punctuation added), or undefined if it is not indexed. */
export function prepareForIndex(
  html: string,
  synonyms: readonly SynonymGroup[],
): { content: string; withSynonyms: boolean } | undefined {
  const withExtras = withSynonyms(html, synonyms);
  if (withExtras === undefined) return undefined;
  return { content: punctuateForIndex(withExtras), withSynonyms: withExtras !== html };
}

export interface SearchIndexReport {
  pages: number;
  withSynonyms: number;
  outputPath: string;
}

/**
 * How many word positions Pagefind packs into one index chunk (its default is 20,000: ~30 KiB gzip). A query
 * fetches every chunk that holds one of its words, and a Chinese query has two or three words, so later
 * queries cost two or three chunks: 5,000 makes them ~8 KiB, for 4 % more index in all and a longer chunk
 * list in the metadata every search loads (docs/search.md, "Size and speed"). Pagefind reads it from its
 * environment only (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, Pagefind 1.6); the variable wins when set.
 */
export const INDEX_CHUNK_SIZE = 5000;

/**
 * One Pagefind index that pages are added to one by one, in the order given (Pagefind numbers pages in the
 * order they arrive and the index bytes follow: give them in a stable order, or pass `sortByUrl`).
 */
export class SearchIndexFeed {
  pages = 0;
  withSynonyms = 0;
  readonly #synonyms: readonly SynonymGroup[];
  readonly #index: Promise<pagefind.PagefindIndex>;
  readonly #adding: Promise<void>[] = [];
  readonly #problems: string[] = [];
  /** Pages held back until `finish` when the arrival order is not stable. */
  readonly #held: { url: string; content: string }[] | undefined;

  constructor(synonyms: readonly SynonymGroup[], options: { sortByUrl?: boolean } = {}) {
    this.#synonyms = synonyms;
    this.#held = options.sortByUrl ? [] : undefined;
    // Read by Pagefind's indexer process, which createIndex starts with this environment.
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
    this.#index = pagefind.createIndex({ forceLanguage: 'zh-cn' }).then((created) => {
      if (!created.index) throw new Error(`Pagefind 无法创建索引：${created.errors.join('; ')}`);
      return created.index;
    });
    this.#index.catch(() => undefined); // reported by finish()
  }

  /** Adds one rendered page; pages without `data-pagefind-body` are skipped. */
  add(url: string, html: string): void {
    const prepared = prepareForIndex(html, this.#synonyms);
    if (!prepared) return;
    if (prepared.withSynonyms) this.withSynonyms++;
    this.pages++;
    const { content } = prepared;
    if (this.#held) this.#held.push({ url, content });
    else this.#send(url, content);
  }

  // Pagefind's indexer is a separate process: pages are sent without waiting for the one before, in order.
  #send(url: string, content: string): void {
    this.#adding.push(
      this.#index.then(async (index) => {
        const added = await index.addHTMLFile({ url, content });
        if (added.errors.length > 0) this.#problems.push(`搜索索引无法收录 ${url}：${added.errors.join('; ')}`);
      }),
    );
  }

  /** Waits for every page, writes the bundle to `<outDir>/pagefind/` and stops Pagefind. */
  async finish(outDir: string): Promise<SearchIndexReport> {
    try {
      const index = await this.#index;
      for (const page of (this.#held ?? []).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)))
        this.#send(page.url, page.content);
      await Promise.all(this.#adding);
      if (this.#problems.length > 0) throw new Error(this.#problems.join('\n'));
      const outputPath = path.join(outDir, 'pagefind');
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0) throw new Error(`搜索索引写入失败：${written.errors.join('; ')}`);
      for (const name of UNUSED_BUNDLE_FILES) rmSync(path.join(outputPath, name), { force: true });
      await index.deleteIndex();
      return { pages: this.pages, withSynonyms: this.withSynonyms, outputPath };
    } finally {
      await pagefind.close();
    }
  }
}

/** Indexes every opted-in page of a finished site `outDir` (file by file, by URL) into `<outDir>/pagefind/`. */
export async function buildSearchIndex(outDir: string, synonyms: readonly SynonymGroup[]): Promise<SearchIndexReport> {
  const feed = new SearchIndexFeed(synonyms);
  for (const file of htmlFiles(outDir).sort()) feed.add(pageUrl(file), readFileSync(path.join(outDir, file), 'utf8'));
  return feed.finish(outDir);
}

/**
 * The end of an index fed page by page while Astro rendered (by a worker thread or by the build script's process):
 * written when pages came; when none did (a build path without the middleware), the feed is closed and the written
 * files are indexed instead. The one fallback of both feeds; `fromFiles` says which happened.
 */
export async function finishFedIndex<R>(
  feed: { pages: number; finish: () => Promise<R>; close: () => Promise<unknown> },
  outDir: string,
  synonyms: readonly SynonymGroup[],
): Promise<{ fromFiles: false; report: R } | { fromFiles: true; report: SearchIndexReport }> {
  if (feed.pages > 0) return { fromFiles: false, report: await feed.finish() };
  await feed.close();
  return { fromFiles: true, report: await buildSearchIndex(outDir, synonyms) };
}
