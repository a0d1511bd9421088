/**
 * Page budgets (issue 8), measured over a built site the way a browser receives it: gzip-compressed.
 * - a book or lecture page: HTML + the CSS it links ≤ 15 KB;
 * - no JavaScript on any page but /search/, apart from the 适老化 reading-settings script (≤ 2 KB);
 * - all CSS the site links, together ≤ 15 KB;
 * - at most 1,500 elements on any page (long lists are paged: src/lib/paging.ts), so a phone lays it out fast.
 * Used by tests/cli/budget.test.ts (npm test) and by the benchmark (npm run bench) on 10,000 books.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

export const BUDGETS = {
  /** HTML + linked CSS of a book or lecture page. */
  contentPage: 15 * 1024,
  /** All JavaScript a page other than /search/ loads (the reading-settings script). */
  pageScript: 2 * 1024,
  /** Every stylesheet linked from any page, summed once. */
  totalCss: 15 * 1024,
  /** Elements on one page, as Lighthouse's DOM-size audit counts them (every element, head included). */
  elements: 1500,
} as const;

export type PageKind = 'book' | 'lecture' | 'meeting' | 'person' | 'search' | 'other';

export interface PageReport {
  /** Path inside the site, e.g. `books/9787020002207/`. */
  page: string;
  kind: PageKind;
  html: number;
  /** Bytes of the page's HTML as written (uncompressed). */
  rawHtml: number;
  /** Elements in the page. */
  elements: number;
  css: number;
  js: number;
  /** Script files the page loads, with their static imports. */
  scripts: string[];
  /** Inline <script> elements that run code (JSON-LD and other data blocks are not code). */
  inlineScripts: number;
}

export interface SiteReport {
  pages: PageReport[];
  /** Gzip bytes of each stylesheet linked from some page. */
  css: Map<string, number>;
  totalCss: number;
  /** Links to stylesheets or scripts that are not files in the site. */
  missing: string[];
}

/** What kind of page a built file is, from its place in the site (see src/lib/urls.ts). */
export function pageKind(page: string): PageKind {
  if (/^books\/(?!isbn\/)[^/]+\/$/.test(page)) return 'book';
  if (/^lectures\/\d+\/$/.test(page)) return 'lecture';
  if (/^meetings\/\d+\/$/.test(page)) return 'meeting';
  if (/^people\/(?!index)[^/]+\/$/.test(page)) return 'person';
  if (/^search\/$/.test(page)) return 'search';
  return 'other';
}

function htmlFiles(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      // The search index is data for the search page, not pages; /admin/ is the editors' tool, not a public page.
      if (relative !== 'pagefind' && relative !== '_astro' && relative !== 'admin')
        found.push(...htmlFiles(path.join(dir, entry.name), relative));
    } else if (entry.name.endsWith('.html')) found.push(relative);
  }
  return found;
}

/** Elements in an HTML document, counted by a real HTML parser (not fooled by `<` in scripts or comments). */
export function countElements(html: string): number {
  let elements = 0;
  const parser = new Parser({ onopentag: () => void elements++ });
  parser.end(html);
  return elements;
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/**
 * Measures every HTML page of the site in `distDir`, published under `base` (e.g. `/` or `/djjy/`).
 */
export function measureSite(distDir: string, base = '/'): SiteReport {
  const gzipCache = new Map<string, number>();
  const missing = new Set<string>();
  const gzipped = (file: string) => {
    let size = gzipCache.get(file);
    if (size === undefined) gzipCache.set(file, (size = gzipSync(readFileSync(file)).length));
    return size;
  };
  /** A URL from a page (absolute path or relative to the page) to a file in distDir, or undefined. */
  const resolve = (href: string, pageUrl: string): string | undefined => {
    if (/^(?:[a-z]+:)?\/\//i.test(href) || href.startsWith('data:')) {
      missing.add(href);
      return undefined;
    }
    const url = new URL(href, `http://site${pageUrl}`);
    let pathname = decodeURIComponent(url.pathname);
    if (pathname.startsWith(base)) pathname = pathname.slice(base.length);
    const file = path.join(distDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!existsSync(file)) {
      missing.add(href);
      return undefined;
    }
    return file;
  };
  /** A script file plus everything it imports statically (dynamic import() loads later, on demand). */
  const scriptClosure = (file: string, seen: Set<string>) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const fileUrl = `/${path.relative(distDir, file).split(path.sep).join('/')}`;
    for (const match of source.matchAll(
      /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*\sfrom\s*)?["']([^"']+)["']/g,
    )) {
      const target = resolve(match[1] ?? '', `${base.replace(/\/$/, '')}${fileUrl}`);
      if (target) scriptClosure(target, seen);
    }
  };

  const css = new Map<string, number>();
  const pages: PageReport[] = [];
  for (const relative of htmlFiles(distDir)) {
    const page = relative.replace(/(?:^|\/)index\.html$/, (m) => (m.startsWith('/') ? '/' : ''));
    const pageUrl = `${base}${page}`;
    const source = readFileSync(path.join(distDir, relative), 'utf8');
    let pageCss = 0;
    for (const [tag] of source.matchAll(/<link\b[^>]*>/gi)) {
      if (!/\brel\s*=\s*["']?stylesheet/i.test(tag)) continue;
      const file = resolve(attr(tag, 'href') ?? '', pageUrl);
      if (!file) continue;
      const size = gzipped(file);
      css.set(path.relative(distDir, file), size);
      pageCss += size;
    }
    const scripts = new Set<string>();
    let inlineScripts = 0;
    let inlineBytes = 0;
    for (const [, openTag = '', body = ''] of source.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
      const src = attr(openTag, 'src');
      const type = attr(openTag, 'type') ?? '';
      if (src) {
        const file = resolve(src, pageUrl);
        if (file) scriptClosure(file, scripts);
      } else if (!/json/i.test(type) && body.trim()) {
        inlineScripts++;
        inlineBytes += gzipSync(body).length;
      }
    }
    for (const [tag] of source.matchAll(/<link\b[^>]*>/gi)) {
      if (!/\brel\s*=\s*["']?modulepreload/i.test(tag)) continue;
      const file = resolve(attr(tag, 'href') ?? '', pageUrl);
      if (file) scriptClosure(file, scripts);
    }
    pages.push({
      page,
      kind: pageKind(page),
      html: gzipped(path.join(distDir, relative)),
      rawHtml: Buffer.byteLength(source),
      elements: countElements(source),
      css: pageCss,
      js: [...scripts].reduce((sum, file) => sum + gzipped(file), inlineBytes),
      scripts: [...scripts].map((file) => path.relative(distDir, file)),
      inlineScripts,
    });
  }
  const totalCss = [...css.values()].reduce((a, b) => a + b, 0);
  return { pages, css, totalCss, missing: [...missing] };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every budget the site breaks, one readable line each; empty when all hold. */
export function budgetProblems(report: SiteReport): string[] {
  const problems: string[] = [];
  for (const page of report.pages) {
    if ((page.kind === 'book' || page.kind === 'lecture') && page.html + page.css > BUDGETS.contentPage) {
      problems.push(
        `/${page.page}: HTML ${kb(page.html)} + CSS ${kb(page.css)} = ${kb(page.html + page.css)} gzip, budget ${kb(BUDGETS.contentPage)}`,
      );
    }
    if (page.elements > BUDGETS.elements)
      problems.push(`/${page.page}: ${page.elements} elements, budget ${BUDGETS.elements.toLocaleString('en')}`);
    if (page.kind === 'search') continue;
    if (page.inlineScripts > 0) problems.push(`/${page.page}: ${page.inlineScripts} inline <script> (none allowed)`);
    if (page.scripts.length > 1) {
      problems.push(
        `/${page.page}: loads ${page.scripts.length} scripts (${page.scripts.join(', ')}); only the reading-settings script is allowed`,
      );
    }
    if (page.js > BUDGETS.pageScript) {
      problems.push(
        `/${page.page}: JavaScript ${kb(page.js)} gzip, budget ${kb(BUDGETS.pageScript)} (${page.scripts.join(', ')})`,
      );
    }
  }
  if (report.totalCss > BUDGETS.totalCss) {
    const files = [...report.css].map(([file, size]) => `${file} ${kb(size)}`).join(', ');
    problems.push(`all CSS together ${kb(report.totalCss)} gzip, budget ${kb(BUDGETS.totalCss)} (${files})`);
  }
  for (const href of report.missing) problems.push(`linked file not in the site: ${href}`);
  return problems;
}

/** The heaviest page of a kind, for reports. */
export function heaviest(report: SiteReport, kind: PageKind): PageReport | undefined {
  return report.pages
    .filter((p) => p.kind === kind)
    .reduce<PageReport | undefined>((max, p) => (!max || p.html + p.css > max.html + max.css ? p : max), undefined);
}

/** The page with the most elements (the heaviest for a phone to lay out), with its size, for reports. */
export function mostElements(report: SiteReport): PageReport | undefined {
  return report.pages.reduce<PageReport | undefined>(
    (max, p) => (!max || p.elements > max.elements ? p : max),
    undefined,
  );
}
