/**
 * The sample library carries no made-up ISBN: every ISBN in content/books/ is listed in
 * tests/fixtures/verified-isbns.csv, where each row names the real record (library, bookshop or book-database
 * entry) it was checked against, and the sample's title, publisher and year agree with that record. A book
 * without a verified ISBN has none, and its file is not named like one.
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
});
