/**
 * A book's ISBN as the rules compare it. A module of its own, free of Node's file APIs, because the web editor
 * runs the rules that use it (duplicate-isbn) in the browser before saving (src/cms/form-check.ts).
 */
import { normalizeIsbn } from '../schemas/formats/isbn.ts';
import type { ContentEntry } from './tree.ts';

/** A book's ISBN-13 when its (raw) isbn field holds a valid one. */
export function isbnOf(entry: Pick<ContentEntry, 'raw'>): string | undefined {
  const raw = entry.raw.isbn;
  const checked = raw === undefined || raw === null ? undefined : normalizeIsbn(String(raw));
  return checked?.ok ? checked.isbn13 : undefined;
}
