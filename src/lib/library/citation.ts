/**
 * Ways to cite a book from the catalogue: the Chinese national standard GB/T 7714-2015 (what theses and
 * reports in China require), BibTeX and RIS (what reference managers import).
 */
import { hyphenateIsbn } from '../isbn.ts';

/** The catalogue fields a citation uses (a subset of a book's data). */
export interface CitableBook {
  title: string;
  subtitle?: string | undefined;
  authors: readonly string[];
  translators: readonly string[];
  publisher?: string | undefined;
  /** City of publication (出版地). */
  place?: string | undefined;
  year?: number | undefined;
  isbn?: string | undefined;
  clc?: string | undefined;
}

/** Chinese names have no spaces; anything with Latin letters is treated as a Western name (et al.). */
const isLatin = (text: string) => /^[\p{Script=Latin}\s.,'\-·]+$/u.test(text);

/** GB/T 7714-2015 §8.1.2: list up to three responsible persons, then “等” (or “et al.”). */
function responsible(names: readonly string[]): string {
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')}, ${isLatin(names[0]!) ? 'et al.' : '等'}`;
}

/**
 * A GB/T 7714-2015 reference to a monograph ([M]):
 * `主要责任者. 题名: 其他题名信息[M]. 其他责任者, 译. 出版地: 出版者, 出版年.`
 * A place, publisher or year the catalogue does not record is given as [出版地不详], [出版者不详] or
 * [出版年不详], which is what the standard prescribes (§8.4.1.3) when it is unknown.
 */
export function gbt7714(book: CitableBook): string {
  const title = book.subtitle ? `${book.title}: ${book.subtitle}` : book.title;
  // One full stop ends each element, even after “et al.”.
  const element = (text: string) => (text.endsWith('.') ? text : `${text}.`);
  const parts = [`${element(responsible(book.authors))} ${title}[M].`];
  if (book.translators.length > 0) parts.push(`${responsible(book.translators)}, 译.`);
  parts.push(`${book.place ?? '[出版地不详]'}: ${book.publisher ?? '[出版者不详]'}, ${book.year ?? '[出版年不详]'}.`);
  return parts.join(' ');
}

/** BibTeX's special characters, escaped so a title such as `100% & more` survives LaTeX. */
function bibtexEscape(value: string): string {
  return value.replace(/[\\{}%&$#_^~]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '^' ? '\\^{}' : ch === '~' ? '\\~{}' : `\\${ch}`,
  );
}

/**
 * Names joined by BibTeX's ` and `. A name that itself contains ` and ` or a comma (a body such as
 * `Simon and Schuster Editors`) is braced, so BibTeX reads it as one name, not two or a "Last, First" pair.
 */
function bibtexNames(names: readonly string[]): string {
  return names
    .map(bibtexEscape)
    .map((name) => (/\sand\s|,/i.test(name) ? `{${name}}` : name))
    .join(' and ');
}

/** A BibTeX entry. The key is the catalogue id, which is already an ASCII file name. */
export function bibtex(book: CitableBook, key: string): string {
  const text = (value: string | undefined) => (value === undefined ? undefined : bibtexEscape(value));
  // Values escaped here; names are escaped one by one, then braced where needed.
  const fields: [string, string | undefined][] = [
    ['title', text(book.subtitle ? `${book.title}: ${book.subtitle}` : book.title)],
    ['author', bibtexNames(book.authors)],
    ['translator', book.translators.length > 0 ? bibtexNames(book.translators) : undefined],
    ['publisher', text(book.publisher)],
    ['address', text(book.place)],
    ['year', book.year === undefined ? undefined : String(book.year)],
    ['isbn', book.isbn ? hyphenateIsbn(book.isbn) : undefined],
    ['language', 'chinese'],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@book{${key},\n${body}\n}\n`;
}

/**
 * An RIS record (the format EndNote, Zotero and NoteExpress import). Tags are two letters, two spaces, a
 * hyphen and a space; lines end in CRLF as the specification asks; translators go in A4 (subsidiary author).
 */
export function ris(book: CitableBook): string {
  const lines: [string, string][] = [['TY', 'BOOK']];
  lines.push(['TI', book.title]);
  if (book.subtitle) lines.push(['T2', book.subtitle]);
  for (const author of book.authors) lines.push(['AU', author]);
  for (const translator of book.translators) lines.push(['A4', translator]);
  if (book.publisher) lines.push(['PB', book.publisher]);
  if (book.place) lines.push(['CY', book.place]);
  if (book.year !== undefined) lines.push(['PY', String(book.year)]);
  if (book.isbn) lines.push(['SN', hyphenateIsbn(book.isbn)]);
  if (book.clc) lines.push(['CN', book.clc]);
  lines.push(['LA', 'zh']);
  lines.push(['ER', '']);
  // One value per line: a line break inside a value would start a bogus tag.
  return lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`).join('\r\n') + '\r\n';
}

/** The citation files offered for download, one per book and one for the whole catalogue. */
export const CITATION_FILES = {
  bib: { type: 'application/x-bibtex; charset=utf-8', entry: (book: CitableBook, id: string) => bibtex(book, id) },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', entry: (book: CitableBook) => ris(book) },
} as const;
export type CitationFormat = keyof typeof CITATION_FILES;

/** A file of citations: the entries one after another (BibTeX separates them with a blank line). */
export function citationFile(format: CitationFormat, books: readonly { id: string; data: CitableBook }[]): string {
  const entries = books.map((book) => CITATION_FILES[format].entry(book.data, book.id));
  return entries.join(format === 'bib' ? '\n' : '');
}
