/**
 * Long lists stay small per page at scale (issue "Every page right", point 8; issue "Lists that stay light at any
 * catalogue size"): a generated library (the benchmark's corpus generator) built by the real build script into a
 * temporary folder. Every title page holds at most a page's worth of books and stays a few KB gzipped; the pages
 * together list every book once; the jump list reaches each initial; the notes and past-meeting pages are bounded
 * the same way; every book group (author, publisher, class, year, newest gifts) is paged, in the sitemap, and a
 * reader walks one end to end in a real browser with JavaScript off. The library is as large as these need and
 * no larger (it was 2,000 books, most of the CLI step's time): full pages, a short last page, and enough pages
 * that the page links skip some (src/lib/paging.ts); sessions enough that the all-years 台账 takes two print pages.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, expect as browserExpect } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { chromiumPath, CHROMIUM_FLAGS } from '../../scripts/lib/browser.ts';
import { buildSite, ROOT } from '../support/build-site.ts';
import { PAGE_SIZE } from '../../src/lib/paging.ts';
import { ROTATION_SHOWN } from '../../src/components/series/breakdown.ts';

/** Four full title pages and one book on a fifth: page 1 then links 1, 2, …, 5, with a gap. */
const BOOKS = 4 * PAGE_SIZE.titles + 1;
/** Donors enough for two pages of the donor list (nearly everyone gives a book). */
const PEOPLE = Math.ceil(1.5 * PAGE_SIZE.people);
/** Few enough publishers that each has about three group pages' worth of books or more. */
const PUBLISHERS = Math.floor(BOOKS / (3 * PAGE_SIZE.groups));
let work: string;
let dist: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'long-lists-'));
  const content = path.join(work, 'content');
  await generateCorpus({
    dir: content,
    books: BOOKS,
    lectures: 30,
    // A meeting a week for this many weeks: with the lectures, the all-years 台账 needs two print pages.
    meetings: PAGE_SIZE.ledger,
    people: PEOPLE,
    publishers: PUBLISHERS,
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

/** The count line of a group page: 共 N 种, with 第 i/n 页 when the group has more than one page. */
const countLine = (page: string) => {
  const match = /<p class="group-count"[^>]*>共 ([\d,]+) 种(?:，第 (\d+)\/(\d+) 页)?<\/p>/.exec(page);
  if (!match) throw new Error('no count line');
  return { total: Number(match[1]!.replace(/,/g, '')), current: Number(match[2] ?? 1), last: Number(match[3] ?? 1) };
};
/** Every group of a kind: its folder under dist/ (`library/publishers/ren-min-chu-ban-she`, …). */
const groupsOf = (kind: string) =>
  readdirSync(path.join(dist, kind), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dist, kind, entry.name, 'index.html')))
    .map((entry) => `${kind}/${entry.name}`);

describe('the book groups of a long library', () => {
  const kinds = ['library/authors', 'library/publishers', 'library/classes', 'library/years'];

  it.each(kinds)("%s: every page holds at most a page of books, and a group's pages list its books once", (kind) => {
    const groups = groupsOf(kind);
    expect(groups.length).toBeGreaterThan(1);
    let listed = 0;
    for (const group of groups) {
      const pages = listPages(group);
      const books = pages.flatMap((route) => bookLinks(html(route)));
      const { total, last } = countLine(html(group));
      expect(pages, group).toHaveLength(Math.max(1, Math.ceil(total / PAGE_SIZE.groups)));
      expect(last, group).toBe(pages.length);
      expect(books, group).toHaveLength(total);
      expect(new Set(books).size, group).toBe(total);
      pages.forEach((route, i) => {
        expect(bookLinks(html(route)).length, route).toBeLessThanOrEqual(PAGE_SIZE.groups);
        expect(countLine(html(route)).current, route).toBe(i + 1);
      });
      listed += total;
    }
    // A book has one publisher, class and year (some none: 未分类, 不详); an author's book may have two authors.
    if (kind === 'library/authors') expect(listed).toBeGreaterThanOrEqual(BOOKS);
    else expect(listed).toBe(BOOKS);
  });

  it('the publishers are large enough to need several pages, page 1 at the group address', () => {
    for (const group of groupsOf('library/publishers')) {
      expect(listPages(group).length, group).toBeGreaterThanOrEqual(3);
      expect(existsSync(path.join(dist, group, '1')), group).toBe(false);
      expect(html(group), group).toContain(`href="/${group}/2/" rel="next"`);
    }
  });

  it('the newest gifts page through every dated gift, newest first', () => {
    const pages = listPages('library/new');
    expect(pages).toHaveLength(Math.ceil(BOOKS / PAGE_SIZE.groups));
    const books = pages.flatMap((route) => bookLinks(html(route)));
    expect(new Set(books).size).toBe(BOOKS);
    const dates = pages.flatMap((route) => [...html(route).matchAll(/<time datetime="([\d-]+)"/g)].map((m) => m[1]!));
    expect(dates).toHaveLength(BOOKS);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('puts every page of every group, and of the 台账, in the sitemap', () => {
    const sitemaps = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
    const listed = new Set(
      sitemaps.flatMap((name) =>
        [...readFileSync(path.join(dist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
          (m) => new URL(m[1]!).pathname,
        ),
      ),
    );
    const pages = [...kinds.flatMap(groupsOf), 'library/new', 'coverage/ledger/all'].flatMap(listPages);
    expect(pages.length).toBeGreaterThan(groupsOf('library/publishers').length * 3);
    expect(pages.filter((route) => !listed.has(`/${route}/`))).toEqual([]);
  });

  it('a reader walks the largest publisher from the index to its last page and back, with JavaScript off', async () => {
    const largest = groupsOf('library/publishers')
      .map((group) => ({ group, ...countLine(html(group)) }))
      .sort((a, b) => b.total - a.total)[0]!;
    const name = /<h1>(.*?) 出版的书<\/h1>/.exec(html(largest.group))![1]!;
    const server = await serveStatic(dist);
    const executablePath = chromiumPath();
    const browser = await chromium.launch({ args: CHROMIUM_FLAGS, ...(executablePath ? { executablePath } : {}) });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const pager = page.getByRole('navigation', { name: /^分页/ });
      await page.goto(`${server.url}library/publishers/`);
      await page.getByRole('link', { name: new RegExp(`^${name}\\s*（`) }).click();
      const first = `${server.url}${largest.group}/`;
      await browserExpect(page).toHaveURL(first);
      const last = Math.ceil(largest.total / PAGE_SIZE.groups);
      const seen = new Set<string>();
      for (let n = 1; ; n++) {
        await browserExpect(page).toHaveURL(n === 1 ? first : `${first}${n}/`);
        await browserExpect(page.locator('main h1')).toHaveText(
          n === 1 ? `${name} 出版的书` : `${name} 出版的书（第 ${n} 页）`,
        );
        await browserExpect(page.locator('main .group-count')).toHaveText(
          `共 ${largest.total.toLocaleString('zh-CN')} 种，第 ${n}/${last} 页`,
        );
        await browserExpect(pager.getByRole('link', { name: `第 ${n} 页` })).toHaveAttribute('aria-current', 'page');
        const books = await page
          .locator('main .entry-title a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(books.length).toBeGreaterThan(0);
        expect(books.length).toBeLessThanOrEqual(PAGE_SIZE.groups);
        for (const book of books) seen.add(book!);
        const next = pager.locator('a[rel="next"]');
        if (n === last) {
          await browserExpect(next).toHaveCount(0);
          break;
        }
        await browserExpect(next).toHaveText('下一页');
        await next.click();
      }
      expect(seen.size).toBe(largest.total);
      await pager.locator('a[rel="prev"]').click();
      await browserExpect(page).toHaveURL(last === 2 ? first : `${first}${last - 1}/`);
      await pager.getByRole('link', { name: '第 1 页' }).click();
      await browserExpect(page).toHaveURL(first);
      await browserExpect(pager.locator('a[rel="prev"]')).toHaveCount(0);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('lists of people at scale', () => {
  /** `共 N 位…` and, on a paged list, `第 i/n 页`, from a page's count line. */
  const peopleCount = (page: string) => {
    const match = /<p class="group-count"[^>]*>共 (\d+) 位[^<，]*(?:，第 (\d+)\/(\d+) 页)?<\/p>/.exec(page)!;
    return { total: Number(match[1]), current: Number(match[2] ?? 1), last: Number(match[3] ?? 1) };
  };
  const personLinks = (page: string) =>
    [...page.matchAll(/<a (?:class="[^"]*" )?href="\/people\/([^/"]+)\/"/g)].map((m) => m[1]!);

  it('the donors come fifty to a page, and the pages together name every donor once', () => {
    const pages = listPages('library/donors');
    const { total } = peopleCount(html('library/donors'));
    expect(total).toBeGreaterThan(PAGE_SIZE.people);
    expect(pages).toHaveLength(Math.ceil(total / PAGE_SIZE.people));
    const donors = pages.flatMap((route, i) => {
      const page = html(route);
      expect(peopleCount(page).current, route).toBe(i + 1);
      const list = /<ul class="entry-list donor-list"[^>]*>([\s\S]*?)<\/ul>/.exec(page)![1]!;
      const names = personLinks(list);
      expect(names.length, route).toBeLessThanOrEqual(PAGE_SIZE.people);
      return names;
    });
    expect(donors).toHaveLength(total);
    expect(new Set(donors).size).toBe(total);
  });

  it('the people list comes fifty to a page, headed by kind, and the pages together name everyone once', () => {
    const pages = listPages('people');
    const { total } = peopleCount(html('people'));
    expect(total).toBe(PEOPLE);
    expect(pages).toHaveLength(Math.ceil(total / PAGE_SIZE.people));
    const people = pages.flatMap((route, i) => {
      const page = html(route);
      expect(peopleCount(page).current, route).toBe(i + 1);
      const lists = [...page.matchAll(/<ul class="person-list"[^>]*>([\s\S]*?)<\/ul>/g)].map((m) => m[1]!);
      expect(lists.length, route).toBeGreaterThan(0);
      const names = lists.flatMap(personLinks);
      expect(names.length, route).toBeLessThanOrEqual(PAGE_SIZE.people);
      return names;
    });
    expect(people).toHaveLength(total);
    expect(new Set(people).size).toBe(total);
  });

  it('the meetings page shows the first lead readers of the rotation and links to all of them', () => {
    const meetings = html('meetings');
    const rotation = /<h3 id="rotation">[\s\S]*?<\/table>[\s\S]*?<\/p>/.exec(meetings)![0];
    expect(rotation.match(/<tr/g)).toHaveLength(ROTATION_SHOWN + 1);
    const { total } = peopleCount(html('meetings/rotation'));
    expect(total).toBeGreaterThan(ROTATION_SHOWN);
    expect(rotation).toContain(`<a href="/meetings/rotation/">全部 ${total} 位领读人</a>`);
    const listed = listPages('meetings/rotation').flatMap((route) => {
      const table = /<tbody>([\s\S]*?)<\/tbody>/.exec(html(route))![1]!;
      return personLinks(table);
    });
    expect(new Set(listed).size).toBe(total);
    expect(listed).toHaveLength(total);
  });
});

describe('the 台账 of a long record', () => {
  /** 共 N 场，M 人次 and, on a paged ledger, 第 i/n 页, from a ledger page's first line. */
  const ledgerMeta = (page: string) => {
    const match = /<p class="meta"[^>]*>\s*共 ([\d,]+) 场，([\d,]+) 人次(?:，第 (\d+)\/(\d+) 页)?。/.exec(page);
    if (!match) throw new Error(`no ledger line in ${/<p class="meta"[\s\S]{0,200}/.exec(page)?.[0]}`);
    const number = (text: string) => Number(text.replace(/,/g, ''));
    return {
      sessions: number(match[1]!),
      attendance: number(match[2]!),
      current: Number(match[3] ?? 1),
      last: Number(match[4] ?? 1),
    };
  };
  // Tags may carry the page's scoped-style attribute (<tr data-astro-cid-…>).
  const bodyOf = (page: string) => /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(page)?.[1] ?? '';
  const rowsOf = (page: string) => [...bodyOf(page).matchAll(/<tr[\s>]/g)].length;
  /** The 人次 column of each body row (the seventh column: 类别 is the row header, then six cells before it). */
  const attendanceOf = (page: string) =>
    [...bodyOf(page).matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => {
      const cells = [...row[1]!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]!);
      return Number((cells[6] ?? '').replace(/,/g, '') || 0);
    });

  it('prints the all-years ledger a hundred rows a page, every session once, the 合计 on the last page only', () => {
    const pages = listPages('coverage/ledger/all');
    const { sessions, attendance } = ledgerMeta(html(pages[0]!));
    expect(sessions, 'the corpus must need several ledger pages').toBeGreaterThan(PAGE_SIZE.ledger);
    expect(pages).toHaveLength(Math.ceil(sessions / PAGE_SIZE.ledger));
    let rows = 0;
    let people = 0;
    pages.forEach((route, i) => {
      const page = html(route);
      expect(ledgerMeta(page), route).toEqual({ sessions, attendance, current: i + 1, last: pages.length });
      expect(rowsOf(page), route).toBeLessThanOrEqual(PAGE_SIZE.ledger);
      expect(/<tfoot[\s>]/.test(page), route).toBe(i === pages.length - 1);
      rows += rowsOf(page);
      people += attendanceOf(page).reduce((sum, n) => sum + n, 0);
    });
    expect(rows).toBe(sessions);
    expect(people).toBe(attendance);
    expect(html(pages[0]!)).toContain('href="/coverage/ledger/all/2/" rel="next"');
  });

  it('prints a year that fits on one page as one page, and the years add up to all years', () => {
    const years = readdirSync(path.join(dist, 'coverage/ledger')).filter((name) => /^\d{4}$/.test(name));
    expect(years.length).toBeGreaterThan(1);
    let sessions = 0;
    for (const year of years) {
      const meta = ledgerMeta(html(`coverage/ledger/${year}`));
      expect(listPages(`coverage/ledger/${year}`), year).toHaveLength(Math.ceil(meta.sessions / PAGE_SIZE.ledger));
      sessions += meta.sessions;
    }
    expect(sessions).toBe(ledgerMeta(html('coverage/ledger/all')).sessions);
  });
});
