/** 共享图书馆 figures for the statistics page: titles per 中图法 class, donations per month. Pure. */
import { clcName, type ClcLetter } from '../clc.ts';
import { donationMonths } from '../library/browse.ts';
import type { Book, ClcGroup } from '../catalog.ts';

export interface ClcCount {
  letter: ClcLetter | undefined;
  /** 中图法 class name, or undefined for 未分类. */
  name: string | undefined;
  titles: number;
  copies: number;
}

export interface DonationMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Titles given that month (named and anonymous). */
  titles: number;
  copies: number;
}

export function clcCounts(groups: readonly ClcGroup[]): ClcCount[] {
  return groups.map((group) => ({
    letter: group.letter,
    name: group.letter ? clcName(group.letter) : undefined,
    titles: group.books.length,
    copies: group.books.reduce((sum, book) => sum + book.data.copies, 0),
  }));
}

/** Donations per month, oldest first, every month between the first and the last donation (gaps as 0). */
export function donationsPerMonth(books: readonly Book[]): DonationMonth[] {
  // Counted once, by the library's donation months; this only orders them and fills the gaps.
  const byMonth = new Map<string, DonationMonth>();
  for (const row of donationMonths(books)) if (row.month) byMonth.set(row.month, { ...row, month: row.month });
  if (byMonth.size === 0) return [];
  const months = [...byMonth.keys()].sort();
  const rows: DonationMonth[] = [];
  let [year, month] = months[0]!.split('-').map(Number) as [number, number];
  const last = months[months.length - 1]!;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    rows.push(byMonth.get(key) ?? { month: key, titles: 0, copies: 0 });
    if (key >= last) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return rows;
}
