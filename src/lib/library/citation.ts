/**
 * Ways to cite a book from the catalogue: the Chinese national standard GB/T 7714-2015 (what theses and
 * reports in China require), BibTeX and RIS (what reference managers import).
 */
import { hyphenateIsbn } from '../isbn.ts';
import type { YearType } from '../../schemas/book.ts';
import { isLatinName, isLatinPersonName, referenceNames } from './citation-names.ts';

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
  /** What `year` is when no publication year is printed (default 出版年). */
  yearType?: YearType | undefined;
  isbn?: string | undefined;
  clc?: string | undefined;
}

/** The title and the other title information (subtitle), as one title: 毛泽东选集: 第一卷. */
export const fullTitle = (book: Pick<CitableBook, 'title' | 'subtitle'>) =>
  book.subtitle ? `${book.title}: ${book.subtitle}` : book.title;

/**
 * GB/T 7714-2015 §8.1.2: up to three responsible persons in full, then the first three and “等” (“et al.” for
 * Latin names), each name written as §8.1.1 asks (`referenceNames`).
 */
function responsible(names: readonly string[]): string {
  const written = referenceNames(names);
  if (written.length <= 3) return written.join(', ');
  return `${written.slice(0, 3).join(', ')}, ${isLatinName(names[0]!) ? 'et al.' : '等'}`;
}

/** Translators (other responsibility), §8.1.2 and its example: “胡泳, 范海燕, 译” / “潘惠霞, 魏婧, 杨艳, 等译”. */
function translatedBy(names: readonly string[]): string {
  const written = referenceNames(names);
  return written.length <= 3 ? `${written.join(', ')}, 译` : `${written.slice(0, 3).join(', ')}, 等译`;
}

/**
 * §8.4.2.2: of several publishers printed (中信出版社、浙江人民出版社), only the first or most prominent is
 * recorded. A Latin publisher's name may hold a comma (Farrar, Straus and Giroux), so commas separate only
 * Chinese ones.
 */
export function firstPublisher(publisher: string): string {
  const separators = isLatinName(publisher) ? /\s*[;；/／]\s*/ : /\s*[、，,;；/／]\s*/;
  return publisher.split(separators).find((part) => part.length > 0) ?? publisher;
}

/**
 * The year as §8.4.3.3 writes it: the publication year as is; when none is printed, the year of copyright
 * (c1988), of printing (1995印刷) or an estimate in brackets ([1936]).
 */
export function referenceYear(year: number, type: YearType = '出版年'): string {
  if (type === '版权年') return `c${year}`;
  if (type === '印刷年') return `${year}印刷`;
  if (type === '估计') return `[${year}]`;
  return String(year);
}

/**
 * The publication element, §8.4: `出版地: 出版者, 出版年`. Unknown place and publisher are [出版地不详] and
 * [出版者不详] ([S.l.] and [s.n.] for a Latin record), both unknown [出版地不详: 出版者不详] as the standard's
 * [S.l.: s.n.]. The standard has no term for an unknown year (§8.4.3.3 asks for the year of copyright or
 * printing or an estimated year in brackets, recorded as `year` with `yearType`): without any year the
 * element ends with the publisher.
 */
function publication(book: CitableBook): string {
  const latin = isLatinName(book.title);
  const publisher = book.publisher ? firstPublisher(book.publisher) : undefined;
  let placeAndPublisher: string;
  if (book.place === undefined && publisher === undefined) {
    placeAndPublisher = latin ? '[S.l.: s.n.]' : '[出版地不详: 出版者不详]';
  } else {
    const place = book.place ?? (latin ? '[S.l.]' : '[出版地不详]');
    placeAndPublisher = `${place}: ${publisher ?? (latin ? '[s.n.]' : '[出版者不详]')}`;
  }
  return book.year === undefined
    ? `${placeAndPublisher}.`
    : `${placeAndPublisher}, ${referenceYear(book.year, book.yearType)}.`;
}

/**
 * A GB/T 7714-2015 reference to a monograph ([M]):
 * `主要责任者. 题名: 其他题名信息[M]. 其他责任者, 译. 出版地: 出版者, 出版年.`
 */
export function gbt7714(book: CitableBook): string {
  // One full stop ends each element, even after “et al.”.
  const element = (text: string) => (text.endsWith('.') ? text : `${text}.`);
  const parts = [`${element(responsible(book.authors))} ${fullTitle(book)}[M].`];
  if (book.translators.length > 0) parts.push(`${translatedBy(book.translators)}.`);
  parts.push(publication(book));
  return parts.join(' ');
}

/** BibTeX's special characters, escaped so a title such as `100% & more` survives LaTeX. */
function bibtexEscape(value: string): string {
  return value.replace(/[\\{}%&$#_^~]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '^' ? '\\^{}' : ch === '~' ? '\\~{}' : `\\${ch}`,
  );
}

/**
 * Names joined by BibTeX's ` and `. BibTeX splits an unbraced name at its spaces and commas into given and
 * family names, which is right only for a Latin personal name ("Eric Matthes"); any other name (a Chinese or
 * translated name with a mark or an original spelling, an organisation, a name holding “and” or a comma) is
 * braced, so a parser reads it back whole.
 */
function bibtexNames(names: readonly string[]): string {
  const plainPerson = (name: string) => isLatinPersonName(name) && !/,|\band\b/i.test(name);
  const plainWord = (name: string) => /^[^\s,{}\\]+$/u.test(name) && !/^and$/i.test(name);
  return names
    .map((name) => (plainPerson(name) || plainWord(name) ? bibtexEscape(name) : `{${bibtexEscape(name)}}`))
    .join(' and ');
}

/** A BibTeX entry. The key is the catalogue id, which is already an ASCII file name. */
export function bibtex(book: CitableBook, key: string): string {
  const text = (value: string | undefined) => (value === undefined ? undefined : bibtexEscape(value));
  // Values escaped here; names are escaped one by one, then braced where needed.
  const fields: [string, string | undefined][] = [
    ['title', text(fullTitle(book))],
    ['author', bibtexNames(book.authors)],
    ['translator', book.translators.length > 0 ? bibtexNames(book.translators) : undefined],
    // A publisher field is a list joined by “and” to a parser: braced, “Farrar, Straus and Giroux” stays one.
    ['publisher', book.publisher === undefined ? undefined : bibtexNames([book.publisher])],
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
 * RIS names are “Family, Given”: a Latin personal name is turned round (Eric Matthes → Matthes, Eric) so a
 * reader does not take “Eric” for the surname; other names (Chinese, translated, organisations) are one piece.
 * RIS has no way to mark an organisation whose name holds a comma; readers split it like a person's.
 */
function risName(name: string): string {
  if (!isLatinPersonName(name) || name.includes(',')) return name;
  const parts = name.trim().split(/\s+/);
  return `${parts.at(-1)}, ${parts.slice(0, -1).join(' ')}`;
}

/**
 * An RIS record (the format EndNote, Zotero and NoteExpress import). Tags are two letters, two spaces, a
 * hyphen and a space; lines end in CRLF as the specification asks; translators go in A4 (subsidiary author).
 */
export function ris(book: CitableBook): string {
  const lines: [string, string][] = [['TY', 'BOOK']];
  // The whole title: on a book, T2 is read as the series title.
  lines.push(['TI', fullTitle(book)]);
  for (const author of book.authors) lines.push(['AU', risName(author)]);
  for (const translator of book.translators) lines.push(['A4', risName(translator)]);
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
