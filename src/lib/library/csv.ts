/**
 * The whole catalogue as a CSV file for Excel: UTF-8 with a BOM (without it Chinese Excel guesses GBK and
 * shows mojibake), CRLF line ends, and the same Chinese headers the importer reads, so the file can be
 * edited and imported back.
 */
import { stringify } from 'csv-stringify/sync';
import type { Book, Catalog } from '../catalog.ts';
import { clcLetterOf, clcName } from '../clc.ts';
import { hyphenateIsbn } from '../isbn.ts';
import { BOOK_STATUSES } from '../../schemas/book.ts';
import { copyCounts } from './copies.ts';

export const BOOK_LIST_HEADERS = [
  'ISBN',
  '书名',
  '副标题',
  '作者',
  '译者',
  '出版社',
  '出版地',
  '出版年',
  '分类号',
  '中图法大类',
  '捐赠人',
  '捐赠日期',
  '书架',
  '册数',
  '在架',
  '借出',
  '遗失',
  '扉页寄语数',
] as const;

/** What an anonymous gift shows in the donor column (the importer reads it back as anonymous). */
export const ANONYMOUS_DONOR = '匿名捐赠';

/**
 * Spreadsheet programs run a cell that starts with = + - @ as a formula; a leading apostrophe makes them show
 * it as text (OWASP's advice for CSV injection). The importer strips it again.
 */
export function spreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function bookListRow(book: Book, donorName: (id: string) => string): string[] {
  const { data } = book;
  const letter = clcLetterOf(data.clc);
  const counts = copyCounts(data);
  const cells = [
    // Hyphenated, so Excel keeps it as text instead of showing 9.78702E+12.
    data.isbn ? hyphenateIsbn(data.isbn) : '',
    data.title,
    data.subtitle ?? '',
    data.authors.join('、'),
    data.translators.join('、'),
    data.publisher ?? '',
    data.place ?? '',
    data.year === undefined ? '' : String(data.year),
    data.clc ?? '',
    letter ? `${letter} ${clcName(letter)}` : '未分类',
    data.donor ? donorName(data.donor) : ANONYMOUS_DONOR,
    data.donatedOn ?? '',
    data.shelf ?? '',
    String(data.copies),
    ...BOOK_STATUSES.map((state) => String(counts[state])),
    String(data.flyleafNotes.length),
  ];
  return cells.map(spreadsheetText);
}

export function bookListCsv(catalog: Catalog): string {
  const rows = catalog.booksByPinyin.map((book) => bookListRow(book, (id) => catalog.person(id).data.name));
  return stringify([[...BOOK_LIST_HEADERS], ...rows], { bom: true, record_delimiter: 'windows' });
}
