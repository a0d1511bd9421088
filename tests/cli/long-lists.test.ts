/**
 * Long lists stay small per page at scale (issue "Every page right", point 8): a generated library (the
 * benchmark's corpus generator) built by the real build script into a temporary folder. Every title page holds at
 * most a page's worth of books and stays a few KB gzipped; the pages together list every book once; the jump list
 * reaches each initial; the notes and past-meeting pages are bounded the same way. The library is as large as
 * these need and no larger (it was 2,000 books, most of the CLI step's time): full pages, a short last page, and
 * enough pages that the page links skip some (src/lib/paging.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { buildSite, ROOT } from '../support/build-site.ts';
import { PAGE_SIZE } from '../../src/lib/paging.ts';

/** Four full title pages and one book on a fifth: page 1 then links 1, 2, …, 5, with a gap. */
const BOOKS = 4 * PAGE_SIZE.titles + 1;
let work: string;
let dist: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'long-lists-'));
  const content = path.join(work, 'content');
  await generateCorpus({
    dir: content,
    books: BOOKS,
    lectures: 30,
    meetings: 40,
    people: 40,
    coverShare: 0,
    lecturesWithPhotos: 0,
    meetingsWithPhotos: 0,
    pagesFrom: path.join(ROOT, 'tests/fixtures/site'),
  });
  const built = buildSite(content, { outDir: path.join(work, 'dist') });
  if (built.status !== 0) throw new Error(built.output);
  dist = built.outDir;
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const html = (route: string) => readFileSync(path.join(dist, route, 'index.html'), 'utf8');
/** Numbered pages after the first, in order: `<list>/2/`, `<list>/3/`, … */
const listPages = (list: string) => {
  const numbered = existsSync(path.join(dist, list))
    ? readdirSync(path.join(dist, list)).filter((name) => /^\d+$/.test(name))
    : [];
  return [list, ...numbered.sort((a, b) => Number(a) - Number(b)).map((n) => `${list}/${n}`)];
};
const bookLinks = (page: string) =>
  [...page.matchAll(/<h[23] class="entry-title"[^>]*>\s*<a href="\/books\/([^/"]+)\/"/g)].map((m) => m[1]!);

describe('the title index of a long library', () => {
  it('is cut into pages of at most a hundred titles, each a few KB gzipped', () => {
    const pages = listPages('library/titles');
    expect(pages).toHaveLength(Math.ceil(BOOKS / PAGE_SIZE.titles));
    expect(html(pages[0]!), 'the first page links to the last').toContain(`href="/${pages.at(-1)}/"`);
    for (const route of pages) {
      const page = html(route);
      expect(bookLinks(page).length, route).toBeLessThanOrEqual(PAGE_SIZE.titles);
      expect(gzipSync(page).length, route).toBeLessThan(16_000);
    }
  });

  it('lists every book exactly once across its pages', () => {
    const listed = listPages('library/titles').flatMap((route) => bookLinks(html(route)));
    expect(listed).toHaveLength(BOOKS);
    expect(new Set(listed).size).toBe(BOOKS);
  });

  it('links every initial of the jump list to a built page that holds its heading', () => {
    const first = html('library/titles');
    const nav = /<nav[^>]*aria-label="按拼音首字母跳转"[\s\S]*?<\/nav>/.exec(first)![0];
    const targets = [...nav.matchAll(/href="\/(library\/titles\/(?:\d+\/)?)#([^"]+)"/g)];
    expect(targets.length).toBeGreaterThan(10);
    for (const [, route, id] of targets) expect(html(route!.replace(/\/$/, '')), id).toContain(`id="${id}"`);
  });
});

describe('other long lists at scale', () => {
  it('flyleaf notes come at most twenty to a page', () => {
    const pages = listPages('library/notes');
    expect(pages.length).toBeGreaterThan(1);
    for (const route of pages) {
      const notes = (html(route).match(/<li class="note">/g) ?? []).length;
      expect(notes, route).toBeGreaterThan(0);
      expect(notes, route).toBeLessThanOrEqual(PAGE_SIZE.notes);
    }
  });

  it.each(['meetings', 'lectures'])('past %s beyond the first twelve are on /%s/page/N/', (series) => {
    expect(existsSync(path.join(dist, `${series}/page/2/index.html`))).toBe(true);
    expect(existsSync(path.join(dist, `${series}/page/1/index.html`))).toBe(false);
    expect(html(series)).toContain(`href="/${series}/page/2/"`);
    const sessions = (page: string) =>
      (page.match(/<li[^>]*>\s*<article/g) ?? page.match(/class="entry-title"/g) ?? []).length;
    expect(sessions(html(`${series}/page/2`))).toBeGreaterThan(0);
    expect(sessions(html(`${series}/page/2`))).toBeLessThanOrEqual(PAGE_SIZE.series);
  });
});
