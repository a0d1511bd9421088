/**
 * The sample library carries no made-up ISBN: every book in content/books/ has an ISBN and a year, every ISBN is
 * listed in tests/fixtures/verified-isbns.csv, where each row names the real record (library, bookshop or
 * book-database entry) it was checked against, and the sample's title, publisher and year agree with that record.
 * The fixture is the evidence trail: one row per book, none left over from a book that is gone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/content-check/frontmatter.ts';
import { normalizeIsbn } from '../../src/lib/isbn.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BOOKS = path.join(ROOT, 'content/books');

interface Verified {
  isbn13: string;
  title: string;
  publisher: string;
  year: string;
  source: string;
}
const verified: Verified[] = parse(readFileSync(path.join(ROOT, 'tests/fixtures/verified-isbns.csv'), 'utf8'), {
  columns: true,
  skip_empty_lines: true,
});
const byIsbn = new Map(verified.map((row) => [row.isbn13, row]));

const books = readdirSync(BOOKS)
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const parsed = readFrontmatter(readFileSync(path.join(BOOKS, name), 'utf8'));
    if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
    return { id: name.slice(0, -3), data: parsed.file.data };
  });

const MEETINGS = path.join(ROOT, 'content/meetings');
const meetings = readdirSync(MEETINGS)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const parsed = readFrontmatter(readFileSync(path.join(MEETINGS, name), 'utf8'));
    if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
    return { name, data: parsed.file.data };
  });

describe('sample ISBNs', () => {
  it('the fixture lists real-looking ISBN-13s, each with its source', () => {
    expect(verified.length).toBeGreaterThan(0);
    for (const row of verified) {
      expect(normalizeIsbn(row.isbn13), row.isbn13).toEqual({ ok: true, isbn13: row.isbn13 });
      expect(row.source.trim().length, `${row.isbn13}: source`).toBeGreaterThan(10);
    }
  });

  it('every sample book with an ISBN carries one verified against a real record, and agrees with it', () => {
    const unverified: string[] = [];
    for (const { id, data } of books) {
      if (data.isbn === undefined || data.isbn === null) continue;
      const result = normalizeIsbn(String(data.isbn));
      const row = result.ok ? byIsbn.get(result.isbn13) : undefined;
      if (!row) {
        unverified.push(`${id}.md: ${String(data.isbn)}`);
        continue;
      }
      const title = [data.title, data.subtitle].filter(Boolean).join(' ');
      expect(title, `${id}.md title`).toBe(row.title);
      expect(data.publisher, `${id}.md publisher`).toBe(row.publisher);
      expect(data.year === undefined ? '' : String(data.year), `${id}.md year`).toBe(row.year);
    }
    expect(unverified, 'ISBNs not in tests/fixtures/verified-isbns.csv').toEqual([]);
  });

  it('a book without a verified ISBN is not named like one', () => {
    const named = books.filter(({ id, data }) => /^97[89]\d{10}$/.test(id) && data.isbn === undefined);
    expect(named.map(({ id }) => id)).toEqual([]);
  });

  it('every sample book has an ISBN and a year, and is filed under its ISBN-13', () => {
    expect(books.length).toBeGreaterThan(0);
    const missing = books
      .filter(({ id, data }) => {
        const result = normalizeIsbn(String(data.isbn ?? ''));
        return !result.ok || result.isbn13 !== id || typeof data.year !== 'number';
      })
      .map(({ id }) => id);
    expect(missing, 'books without a verified ISBN-13 file name or without a year').toEqual([]);
  });

  it('the fixture holds one row per book: no ISBN twice, no row for a book that is gone', () => {
    const isbns = verified.map((row) => row.isbn13);
    expect(new Set(isbns).size, 'an ISBN listed twice').toBe(isbns.length);
    const used = new Set(books.map(({ id }) => id));
    expect(isbns.filter((isbn) => !used.has(isbn))).toEqual([]);
  });

  it('no copy was donated, and no flyleaf note written, before its edition was published', () => {
    const early: string[] = [];
    for (const { id, data } of books) {
      const year = Number(data.year);
      const donated = data.donatedOn === undefined ? undefined : String(data.donatedOn);
      if (donated !== undefined && Number(donated.slice(0, 4)) < year)
        early.push(`${id}.md: donatedOn ${donated} < ${year}`);
      const notes = Array.isArray(data.flyleafNotes) ? (data.flyleafNotes as { date?: unknown }[]) : [];
      for (const note of notes) {
        const date = String(note.date);
        if (Number(date.slice(0, 4)) < year || (donated !== undefined && date < donated))
          early.push(`${id}.md: flyleaf note ${date}`);
      }
    }
    expect(early).toEqual([]);
  });

  it('no meeting reads an edition published after the meeting', () => {
    const yearOf = new Map(books.map(({ id, data }) => [id, Number(data.year)]));
    const late: string[] = [];
    for (const { name, data } of meetings) {
      const held = Number(String(data.date).slice(0, 4));
      for (const id of (data.books as unknown[] | undefined) ?? []) {
        const year = yearOf.get(String(id));
        if (year !== undefined && year > held) late.push(`${name}: ${String(id)} (${year}) read in ${held}`);
      }
    }
    expect(meetings.length).toBeGreaterThan(0);
    expect(late).toEqual([]);
  });
});
