/**
 * Where a title's copies are: a book file records how many copies it has and how many of them are lent out or
 * lost; the rest are on the shelf. Every page and total that speaks of status or copies reads it from here.
 */
import { BOOK_STATUSES, type BookStatus } from '../../schemas/book.ts';

/** The copy fields of a book's data. */
export interface CopyFields {
  copies: number;
  lent: number;
  lost: number;
}

/** Copies per state, in the order 在架, 借出, 遗失. */
export type CopyCounts = Record<BookStatus, number>;

export function copyCounts(book: CopyFields): CopyCounts {
  return { 在架: Math.max(0, book.copies - book.lent - book.lost), 借出: book.lent, 遗失: book.lost };
}

/** The states at least one copy is in (a two-copy title with one lent out is both 在架 and 借出). */
export function statesOf(book: CopyFields): BookStatus[] {
  const counts = copyCounts(book);
  return BOOK_STATUSES.filter((state) => counts[state] > 0);
}

/** Copy counts added up over many titles. */
export function sumCopies(books: readonly CopyFields[]): CopyCounts & { copies: number } {
  const total = { copies: 0, 在架: 0, 借出: 0, 遗失: 0 };
  for (const book of books) {
    const counts = copyCounts(book);
    total.copies += book.copies;
    for (const state of BOOK_STATUSES) total[state] += counts[state];
  }
  return total;
}
