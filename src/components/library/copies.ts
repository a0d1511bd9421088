/** How a title's copies are stated on a page (the counts: src/lib/library/copies.ts). */
import { t } from '../../i18n/t.ts';
import { copyCounts, statesOf, type CopyFields } from '../../lib/library/copies.ts';

/** 「在架 1 册、借出 1 册」: the states the copies are in, each with its count (states with none left out). */
export function describeCopies(book: CopyFields): string {
  const counts = copyCounts(book);
  return statesOf(book)
    .map((state) => t('book.copyState', { state, n: counts[state] }))
    .join(t('common.listSeparator'));
}
