/** Import stage 5, output: the frontmatter of a new or updated book file, checked by the real schema. */
import { isDeepStrictEqual } from 'node:util';
import { normalizeIsbn } from '../../isbn.ts';
import type { MergedBook } from './merge.ts';
import { bookRecord } from './schemas.ts';

/** The frontmatter order editors see in every book file. */
const BOOK_KEY_ORDER = [
  'title',
  'subtitle',
  'authors',
  'translators',
  'publisher',
  'place',
  'year',
  'isbn',
  'clc',
  'tags',
  'cover',
  'summary',
  'donor',
  'donatedOn',
  'shelf',
  'copies',
  'lent',
  'lost',
  'flyleafNotes',
  'sample',
];

export function orderBookData(data: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of BOOK_KEY_ORDER) if (data[key] !== undefined) ordered[key] = data[key];
  for (const [key, value] of Object.entries(data)) if (!(key in ordered) && value !== undefined) ordered[key] = value;
  return ordered;
}

/** A new book file's frontmatter: the imported fields, with 1 copy on the shelf unless the sheet says otherwise. */
export function newBookData(book: MergedBook, donor: string | undefined): Record<string, unknown> {
  return orderBookData({
    ...book.fields,
    ...(book.isbn13 ? { isbn: book.isbn13 } : {}),
    ...(donor ? { donor } : {}),
    copies: book.fields.copies ?? 1,
  });
}

/**
 * An existing book updated from the sheet (--update): only fields the sheet filled in change; flyleaf notes,
 * covers, summaries and anything else editors added stay as they are. Copies are replaced, not added, so
 * importing the same sheet twice does not double them.
 */
export function updatedBookData(
  existing: Record<string, unknown>,
  book: MergedBook,
  donor: string | undefined,
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...existing };
  for (const field of book.filled) {
    if (field === 'donor') {
      if (donor) next.donor = donor;
    } else if (field === 'isbn') {
      // Keep the editor's spelling when it is the same ISBN (7-02-000220-X is 9787020002207).
      const current =
        typeof existing.isbn === 'string' || typeof existing.isbn === 'number'
          ? normalizeIsbn(String(existing.isbn))
          : undefined;
      if (!current?.ok || current.isbn13 !== book.isbn13) next.isbn = book.isbn13;
    } else if (book.fields[field] !== undefined) next[field] = book.fields[field];
  }
  return orderBookData(next);
}

export function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  // YAML read back gives plain objects; compare values, not key order.
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
}

/** Validates finished frontmatter through the real schema (the same one Astro uses at build time). */
export function bookDataProblem(data: Record<string, unknown>): string | undefined {
  const parsed = bookRecord.safeParse(data);
  return parsed.success ? undefined : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；');
}
