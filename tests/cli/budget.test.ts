/**
 * Page budgets (issue 8) and images, proven on a real build: a generated content tree (the benchmark's corpus
 * generator, small) is built through `npm run build`'s script into a temp folder, then every page is weighed
 * gzip-compressed. Never touches content/ or dist/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { buildSearchIndex, readSynonyms } from '../../src/io/search/build-index.ts';
import { BUDGETS, budgetProblems, heaviest, measureSite, type SiteReport } from '../../scripts/lib/budgets.ts';
import { TEST_BUILD_DATE } from '../../scripts/lib/test-build-date.ts';

const root = path.resolve(import.meta.dirname, '../..');
let work: string;
let out: string;
let report: SiteReport;
let buildLog: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'budget-build-'));
  out = path.join(work, 'dist');
  const content = path.join(work, 'content');
  await generateCorpus({
    dir: content,
    books: 40,
    lectures: 12,
    meetings: 12,
    people: 30,
    coverShare: 0.15,
    lecturesWithPhotos: 2,
    meetingsWithPhotos: 1,
    pagesFrom: path.join(root, 'tests/fixtures/site'),
  });
  buildLog = execFileSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: out,
      ASTRO_CACHE_DIR: path.join(work, 'cache'),
      BUILD_DATE: TEST_BUILD_DATE,
      // Info level: the search integration says how it built the index (below).
      ASTRO_LOG_LEVEL: 'info',
    },
    stdio: 'pipe',
    encoding: 'utf8',
  });
  report = measureSite(out);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('page budgets on a built site', () => {
  it('builds book and lecture pages to weigh', () => {
    expect(report.pages.filter((p) => p.kind === 'book')).toHaveLength(40);
    expect(report.pages.filter((p) => p.kind === 'lecture')).toHaveLength(12);
  });

  it('keeps every budget: content pages ≤ 15 KB, no JavaScript but the settings script, CSS ≤ 15 KB', () => {
    const problems = budgetProblems(report);
    expect(problems, problems.join('\n')).toEqual([]);
    // The report is what the README quotes; keep the measured sizes visible in the test output.
    const book = heaviest(report, 'book')!;
    const lecture = heaviest(report, 'lecture')!;
    expect(book.html + book.css).toBeLessThanOrEqual(BUDGETS.contentPage);
    expect(lecture.html + lecture.css).toBeLessThanOrEqual(BUDGETS.contentPage);
    expect(report.totalCss).toBeLessThanOrEqual(BUDGETS.totalCss);
  });

  it('indexes pages as they render: the same pages as indexing the written files, in chunks of ≤ 12 KiB', async () => {
    expect(buildLog).toMatch(/搜索索引：\d+ 页.*与渲染同时建立/);
    const built = path.join(out, 'pagefind');
    const fragments = (dir: string) => readdirSync(path.join(dir, 'fragment')).sort();
    // Fragment names hash each page's indexed text, URL, title, excerpt source, filters: equal names mean
    // the pages the middleware handed over are the pages on disk.
    const fromFiles = mkdtempSync(path.join(work, 'index-'));
    cpSync(out, fromFiles, { recursive: true, filter: (source) => !source.startsWith(built) });
    await buildSearchIndex(fromFiles, readSynonyms(path.join(work, 'content', 'data', 'synonyms.yaml')));
    expect(fragments(built).length).toBeGreaterThan(60);
    expect(fragments(built)).toEqual(fragments(path.join(fromFiles, 'pagefind')));
    // Pagefind's files are gzip already: their size is what a reader downloads per chunk (docs/search.md).
    for (const chunk of readdirSync(path.join(built, 'index')))
      expect(statSync(path.join(built, 'index', chunk)).size, chunk).toBeLessThanOrEqual(12 * 1024);
  });

  it('keeps search code off content pages', () => {
    for (const page of report.pages.filter((p) => p.kind !== 'search')) {
      expect(
        page.scripts.filter((s) => /pagefind/i.test(s)),
        page.page,
      ).toEqual([]);
    }
  });
});

/** A <picture> whose WebP source lists several widths, and whose <img> has width and height (no layout shift). */
function expectResponsiveWebp(picture: string) {
  const source = /<source\b[^>]*>/.exec(picture)?.[0] ?? '';
  expect(source).toMatch(/\stype="image\/webp"/);
  expect(
    /\ssrcset="([^"]+)"/
      .exec(source)?.[1]
      ?.split(',')
      .filter((c) => /\.webp \d+w$/.test(c.trim())).length,
  ).toBeGreaterThanOrEqual(2);
  const img = /<img\b[^>]*>/.exec(picture)?.[0] ?? '';
  expect(img).toMatch(/\swidth="\d+"/);
  expect(img).toMatch(/\sheight="\d+"/);
}

describe('covers and photos', () => {
  const bookPage = (withCover: boolean) => {
    const pages = report.pages.filter((p) => p.kind === 'book');
    for (const page of pages) {
      const html = readFileSync(path.join(out, page.page, 'index.html'), 'utf8');
      if (/<picture\b/.test(html) === withCover) return html;
    }
    throw new Error(`no book page ${withCover ? 'with' : 'without'} a cover photo`);
  };

  it('serves a cover photo as responsive WebP with explicit width and height', () => {
    const picture = /<picture\b[\s\S]*?<\/picture>/.exec(bookPage(true))![0];
    expectResponsiveWebp(picture);
    expect(picture).toMatch(/\salt="《[^"]+》封面"/);
  });

  it('draws a typographic SVG cover with the title when a book has no photo', () => {
    const html = bookPage(false);
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/
      .exec(html)![1]!
      .replace(/<[^>]+>/g, '')
      .trim();
    const svg = /<svg\b[^>]*class="[^"]*cover[^"]*"[\s\S]*?<\/svg>/.exec(html);
    expect(svg, 'placeholder cover').not.toBeNull();
    expect(svg![0]).toMatch(/role="img"/);
    expect(svg![0]).toContain(title.replace(/^《|》$/g, '').slice(0, 2));
  });

  it('serves lecture photos as WebP with explicit sizes', () => {
    const pages = report.pages.filter((p) => p.kind === 'lecture');
    const html = pages
      .map((p) => readFileSync(path.join(out, p.page, 'index.html'), 'utf8'))
      .find((h) => h.includes('现场照片'));
    expect(html, 'a lecture page with photos').toBeDefined();
    const picture = /<picture\b(?:(?!<\/picture>)[\s\S])*?现场照片[\s\S]*?<\/picture>/.exec(html!)![0];
    expectResponsiveWebp(picture);
  });
});
