/**
 * Search cost in a real browser: gzip bytes a cold /search/ page transfers for its first query and for each
 * later one, keystroke-to-results time once warm, and — for comparison in the same run — the bytes Pagefind's
 * plain JS API fetches for the same first query. Serves the built site itself (gzip for text, Pagefind's
 * pre-compressed index files as they are) and counts the bytes it sends.
 *
 *   node scripts/bench/search-transfer.ts [dist …] [query …]
 *
 * Every argument that is a folder is a built site (default `dist`, the starter site: park scale); give a
 * corpus build as well (e.g. `npm run bench -- --keep`'s site-1-dist) to see both side by side. The other
 * arguments are the queries: the first is typed cold, the rest one after another.
 */
import { chromium, type Page } from '@playwright/test';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_FLAGS, chromiumPath as defaultChromium } from '../lib/browser.ts';

export interface SearchTransferOptions {
  distDir: string;
  /** The first query is the cold one, the second the follow-up; all are used for the warm timing. */
  queries: string[];
  chromiumPath?: string;
}

export interface SearchTransfer {
  /** HTML, CSS and JS of /search/ itself, before any query. */
  pageBytes: number;
  /** Bytes fetched from the first keystroke to the first results (Pagefind script, wasm, index, fragments). */
  firstQueryBytes: number;
  /** The second query (the first later one); kept for older callers, also in laterQueries. */
  secondQueryBytes: number;
  /** Each query after the first, typed one after another on the same page: bytes it fetched. */
  /** Each later query: its bytes and the files it fetched, largest first. */
  laterQueries: { query: string; bytes: number; files: { path: string; bytes: number }[] }[];
  /** The largest of laterQueries (the goal: ≤ 30 KB at park scale, ≤ 60 KB at 10,000 books). */
  laterQueryMaxBytes: number;
  /** The same first query through Pagefind's JS API alone (worker, wasm, index, first ten fragments). */
  plainApiFirstQueryBytes: number;
  /** firstQueryBytes / plainApiFirstQueryBytes. */
  ratioToPlainApi: number;
  /** Median ms from an input event to the results being announced, warm. */
  keystrokeToResultsMs: number;
  /** Bytes per file for the first query, largest first. */
  firstQueryFiles: { path: string; bytes: number }[];
  /** The index as built: pages, word chunks (count, largest, all), the metadata every search loads. */
  index: IndexShape;
}

export interface IndexShape {
  pages: number;
  chunks: number;
  largestChunkBytes: number;
  chunkBytes: number;
  metaBytes: number;
}

/** Pagefind's files are pre-compressed: their size on disk is what a reader downloads. */
function indexShape(distDir: string): IndexShape {
  const bundle = path.join(distDir, 'pagefind');
  const sizes = (folder: string) =>
    existsSync(path.join(bundle, folder))
      ? readdirSync(path.join(bundle, folder)).map((name) => statSync(path.join(bundle, folder, name)).size)
      : [];
  const chunks = sizes('index');
  return {
    pages: sizes('fragment').length,
    chunks: chunks.length,
    largestChunkBytes: Math.max(0, ...chunks),
    chunkBytes: chunks.reduce((a, b) => a + b, 0),
    metaBytes: readdirSync(bundle)
      .filter((name) => name.endsWith('.pf_meta'))
      .reduce((total, name) => total + statSync(path.join(bundle, name)).size, 0),
  };
}

const TEXT = /\.(html|js|css|json|svg|xml|txt|mjs)$/;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};
/** A blank page on the site's origin, for the plain-API measurement. */
const BLANK = '/__bench-blank__.html';

interface Counter {
  log: { path: string; bytes: number }[];
  server: Server;
  origin: string;
}

async function serve(distDir: string): Promise<Counter> {
  const log: Counter['log'] = [];
  const gzipCache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname === BLANK) {
      const body = gzipSync('<!doctype html><html lang="zh-CN"><title>bench</title></html>');
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'content-encoding': 'gzip' });
      res.end(body);
      return;
    }
    let file = path.join(distDir, pathname);
    if (!file.startsWith(path.resolve(distDir))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const ext = path.extname(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'max-age=3600',
    };
    let bytes: number;
    if (TEXT.test(file)) {
      let body = gzipCache.get(file);
      if (!body) gzipCache.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
      headers['content-encoding'] = 'gzip';
      bytes = body.length;
      res.writeHead(200, headers);
      res.end(body);
    } else {
      // Pagefind's index files and wasm are gzip-compressed already: sent as they are.
      bytes = statSync(file).size;
      res.writeHead(200, headers);
      createReadStream(file).pipe(res);
    }
    log.push({ path: pathname, bytes });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { log, server, origin: `http://127.0.0.1:${port}` };
}

function sum(entries: Counter['log']): number {
  return entries.reduce((total, entry) => total + entry.bytes, 0);
}

/** Waits until the search page announces an answer for the current input, then for stragglers. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => /找到|没有/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  await page.waitForLoadState('networkidle');
}

async function typeQuery(page: Page, query: string): Promise<void> {
  await page.evaluate(() => {
    const status = document.querySelector('[data-search-status]');
    if (status) status.textContent = '';
  });
  await page.locator('#search-q').fill(query);
  await settled(page);
}

function bytesPerFile(entries: { path: string; bytes: number }[]): { path: string; bytes: number }[] {
  const perFile = new Map<string, number>();
  for (const entry of entries) perFile.set(entry.path, (perFile.get(entry.path) ?? 0) + entry.bytes);
  return [...perFile].map(([file, bytes]) => ({ path: file, bytes })).sort((a, b) => b.bytes - a.bytes);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export async function measureSearchTransfer(options: SearchTransferOptions): Promise<SearchTransfer> {
  const first = options.queries[0];
  if (!first) throw new Error('measureSearchTransfer: give at least one query');
  const later = options.queries.length > 1 ? options.queries.slice(1) : [first];
  if (!existsSync(path.join(options.distDir, 'pagefind', 'pagefind.js'))) {
    throw new Error(`${options.distDir} has no pagefind/ index: build the site first (npm run build).`);
  }
  const counter = await serve(path.resolve(options.distDir));
  const executablePath = options.chromiumPath ?? defaultChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_FLAGS });
  try {
    // Our search page, cold.
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${counter.origin}/search/`, { waitUntil: 'networkidle' });
    const pageBytes = sum(counter.log);
    let mark = counter.log.length;
    await page.locator('#search-q').focus();
    await typeQuery(page, first);
    const firstEntries = counter.log.slice(mark);
    const laterQueries: SearchTransfer['laterQueries'] = [];
    for (const query of later) {
      mark = counter.log.length;
      await typeQuery(page, query);
      const entries = counter.log.slice(mark);
      laterQueries.push({ query, bytes: sum(entries), files: bytesPerFile(entries) });
    }

    const timings: number[] = [];
    for (const query of [...options.queries, ...options.queries]) {
      timings.push(
        await page.evaluate(
          (q) =>
            new Promise<number>((resolve) => {
              const input = document.querySelector<HTMLInputElement>('#search-q')!;
              const status = document.querySelector('[data-search-status]')!;
              status.textContent = '';
              const start = performance.now();
              const observer = new MutationObserver(() => {
                if (/找到|没有/.test(status.textContent ?? '')) {
                  observer.disconnect();
                  resolve(performance.now() - start);
                }
              });
              observer.observe(status, { childList: true, characterData: true, subtree: true });
              input.value = q;
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }),
          query,
        ),
      );
    }
    await context.close();

    // Pagefind's JS API alone, cold, same first query.
    const plain = await browser.newContext({ locale: 'zh-CN' });
    const blank = await plain.newPage();
    await blank.goto(`${counter.origin}${BLANK}`);
    mark = counter.log.length;
    await blank.evaluate(async (q) => {
      const bundle = '/pagefind/pagefind.js';
      const pagefind = await import(bundle);
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 10).map((result: { data(): Promise<unknown> }) => result.data()));
    }, first);
    await blank.waitForLoadState('networkidle');
    const plainApiFirstQueryBytes = sum(counter.log.slice(mark));
    await plain.close();

    const firstQueryBytes = sum(firstEntries);
    return {
      pageBytes,
      firstQueryBytes,
      secondQueryBytes: laterQueries[0]?.bytes ?? 0,
      laterQueries,
      laterQueryMaxBytes: Math.max(...laterQueries.map((entry) => entry.bytes)),
      plainApiFirstQueryBytes,
      ratioToPlainApi: firstQueryBytes / plainApiFirstQueryBytes,
      keystrokeToResultsMs: median(timings),
      firstQueryFiles: bytesPerFile(firstEntries),
      index: indexShape(options.distDir),
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => counter.server.close(resolve));
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The printed report: one column per built site. */
function report(sites: { dist: string; result: SearchTransfer }[]): string {
  const rows: [string, (r: SearchTransfer) => string][] = [
    ['已索引页面', (r) => String(r.index.pages)],
    [
      '索引分块（个 / 最大 / 合计）',
      (r) => `${r.index.chunks} / ${kb(r.index.largestChunkBytes)} / ${kb(r.index.chunkBytes)}`,
    ],
    ['元数据（每次搜索都下载）', (r) => kb(r.index.metaBytes)],
    ['/search/ 页面本身', (r) => kb(r.pageBytes)],
    ['第一次查询（冷）', (r) => kb(r.firstQueryBytes)],
    ['Pagefind JS API 单独', (r) => `${kb(r.plainApiFirstQueryBytes)}（本页/API ${r.ratioToPlainApi.toFixed(2)}）`],
    ...(sites[0]?.result.laterQueries ?? []).map(
      (entry, i) =>
        [`之后：${entry.query}`, (r: SearchTransfer) => kb(r.laterQueries[i]?.bytes ?? 0)] as [
          string,
          (r: SearchTransfer) => string,
        ],
    ),
    ['之后的查询，最大', (r) => kb(r.laterQueryMaxBytes)],
    ['按键到结果（热，中位数）', (r) => `${r.keystrokeToResultsMs.toFixed(1)} ms`],
  ];
  const width = Math.max(...sites.map((site) => site.dist.length), 28);
  // Chinese characters take two columns in a terminal.
  const columns = (text: string) => [...text].reduce((n, char) => n + (/[\u3000-\uffff]/.test(char) ? 2 : 1), 0);
  const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - columns(text)));
  const lines = [`${pad('搜索传输量（gzip）', 32)}${sites.map((site) => site.dist.padStart(width)).join('  ')}`];
  for (const [label, cell] of rows)
    lines.push(`  ${pad(label, 30)}${sites.map((site) => cell(site.result).padStart(width)).join('  ')}`);
  return lines.join('\n');
}

/**
 * The queries typed one after another (the first cold): a name, two common topic words, a title, a title with 的,
 * a pinyin spelling, a title in traditional characters (fetches /search/t2s.json and the readings) and a same-sound
 * slip of the series name (the readings, if not fetched yet, and the pinyin search). The largest later one is what
 * the goal (≤ 30 KB park, ≤ 60 KB at 10,000 books) is about.
 */
export const BENCH_QUERIES = ['初心', '乡村振兴', '红楼梦', '平凡的世界', 'chuxin', '紅樓夢', '初新讲坛'];

if (import.meta.main) {
  const args = process.argv.slice(2);
  const dists = args.filter((arg) => existsSync(arg) && statSync(arg).isDirectory());
  const queries = args.filter((arg) => !dists.includes(arg));
  const sites: { dist: string; result: SearchTransfer }[] = [];
  for (const dist of dists.length > 0 ? dists : ['dist']) {
    const result = await measureSearchTransfer({
      distDir: dist,
      queries: queries.length > 0 ? queries : BENCH_QUERIES,
    });
    sites.push({ dist, result });
  }
  console.log(report(sites));
  const listFiles = (files: { path: string; bytes: number }[]) =>
    files.map((f) => `  ${kb(f.bytes).padStart(10)}  ${f.path}`).join('\n');
  for (const { dist, result } of sites) {
    console.log(`\n${dist} 第一次查询的文件：\n${listFiles(result.firstQueryFiles)}`);
    for (const later of result.laterQueries)
      console.log(`\n${dist} 之后查询「${later.query}」的文件：\n${listFiles(later.files)}`);
  }
}
