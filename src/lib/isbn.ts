/**
 * ISBN handling for the library catalogue. Validation lives in src/schemas/formats/isbn.ts (re-exported
 * here); hyphenation needs the registration-group ranges, which only the isbn3
 * library (kept in step with the International ISBN Agency's range file) knows.
 */
import * as isbn3 from 'isbn3';

export {
  compactIsbn,
  describeIsbnProblem,
  normalizeIsbn,
  type Isbn13,
  type IsbnResult,
} from '../schemas/formats/isbn.ts';
import type { Isbn13 } from '../schemas/formats/isbn.ts';

/** `978-7-02-000220-7`, hyphenated by the published ranges; unhyphenated if the range is not assigned yet. */
export function hyphenateIsbn(isbn13: Isbn13): string {
  return isbn3.parse(isbn13)?.isbn13h ?? isbn13;
}

/** Every spelling a reader might type for this ISBN, for the search index. */
export function isbnSearchForms(isbn13: Isbn13): string[] {
  const forms = new Set<string>([isbn13, hyphenateIsbn(isbn13)]);
  const parsed = isbn3.parse(isbn13);
  if (parsed?.isbn10) {
    forms.add(parsed.isbn10);
    forms.add(parsed.isbn10h);
  }
  return [...forms];
}
