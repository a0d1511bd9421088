/**
 * Which 中图法 classes the library publishes: a class page (and its link and sitemap entry) only for a class that
 * holds books, and the class list as the whole outline of 22 classes, the empty ones without a link. Pure.
 */
import { CLC_LETTERS, type ClcLetter } from '../clc.ts';
import type { ClcGroup } from '../catalog.ts';

export interface ClcOutlineEntry {
  /** The class letter, or undefined for 未分类. */
  letter: ClcLetter | undefined;
  /** Titles filed under it. */
  titles: number;
  /** Whether the class has a page of its own (only classes with books do). */
  hasPage: boolean;
}

/** The classes that get a page: those holding at least one book (未分类 only when some book is unclassified). */
export function clcClassesWithBooks(groups: readonly ClcGroup[]): ClcGroup[] {
  return groups.filter((group) => group.books.length > 0);
}

/** All 22 classes in published order with their counts, then 未分类 when it holds books. */
export function clcOutline(groups: readonly ClcGroup[]): ClcOutlineEntry[] {
  const titles = new Map(groups.map((group) => [group.letter, group.books.length]));
  const unclassified = titles.get(undefined) ?? 0;
  return [
    ...CLC_LETTERS.map((letter) => {
      const count = titles.get(letter) ?? 0;
      return { letter, titles: count, hasPage: count > 0 };
    }),
    ...(unclassified > 0 ? [{ letter: undefined, titles: unclassified, hasPage: true }] : []),
  ];
}
