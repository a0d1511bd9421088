/**
 * The library's ways in: by title initial, author, publisher, year, donor, month of donation, and the latest
 * flyleaf notes. Derived from the catalog once per build (held by the site model, src/lib/site-model.ts).
 */
import { pinyin } from 'pinyin-pro';
import type { Book, Catalog, FlyleafNoteRef, Person } from '../catalog.ts';
import { compareNames, sortByName, sortByPinyin } from '../collate.ts';
import { byDateDesc, monthOf } from '../dates.ts';
import { slugify } from '../slug.ts';

export interface NamedGroup {
  name: string;
  /** Unique path segment for this name within its list. */
  slug: string;
  /** In pinyin order of title. */
  books: Book[];
}

export interface InitialGroup {
  /** A–Z by pinyin (or Latin) initial; `#` for titles starting with a digit or symbol. */
  initial: string;
  books: Book[];
}

export interface YearGroup {
  /** undefined: year of publication not recorded (不详). */
  year: number | undefined;
  books: Book[];
}

export interface DonorSummary {
  person: Person;
  books: Book[];
  copies: number;
  notesWritten: number;
}

export interface MonthTotal {
  /** `YYYY-MM`, or undefined for gifts with no recorded date. */
  month: string | undefined;
  titles: number;
  copies: number;
}

export interface LibraryIndex {
  byInitial: InitialGroup[];
  authors: NamedGroup[];
  publishers: NamedGroup[];
  translators: NamedGroup[];
  /** Path segment of each author's, publisher's and translator's page, by name. */
  authorSlug: ReadonlyMap<string, string>;
  publisherSlug: ReadonlyMap<string, string>;
  translatorSlug: ReadonlyMap<string, string>;
  years: YearGroup[];
  donors: DonorSummary[];
  months: MonthTotal[];
  latestNotes: FlyleafNoteRef[];
}

/** The pinyin (or Latin) initial a reader would look a title up under. */
export function titleInitial(title: string): string {
  const text = title.normalize('NFKC').replace(/^[\s《〈「『"'“‘(（[【]+/, '');
  const first = text[0] ?? '';
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  if (/\p{Script=Han}/u.test(first)) {
    // Read the first word in context, so a polyphone takes its reading there (重庆 → C, 重要 → Z).
    const letter = (
      pinyin(text.slice(0, 4), { pattern: 'first', toneType: 'none', type: 'array' })[0] ?? ''
    ).toUpperCase();
    if (/^[A-Z]$/.test(letter)) return letter;
  }
  return '#';
}

/**
 * Groups books under each name `namesOf` gives (a book with two authors is under both), names in the order
 * every list of names uses (collate.ts nameSortKey: surname readings, markers and 《》 skipped), each with a path segment made from its pinyin and made unique (张伟 / 章伟 → zhang-wei, zhang-wei-2).
 */
export function groupByName(books: readonly Book[], namesOf: (book: Book) => readonly string[]): NamedGroup[] {
  const map = new Map<string, Book[]>();
  for (const book of books) {
    for (const name of new Set(namesOf(book))) {
      const list = map.get(name);
      if (list) list.push(book);
      else map.set(name, [book]);
    }
  }
  const used = new Set<string>();
  return sortByName([...map], ([name]) => name).map(([name, list]) => {
    const base = slugify(name).slice(0, 80).replace(/-+$/, '') || 'x';
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return { name, slug, books: sortByPinyin(list, (b) => b.data.title) };
  });
}

export function groupByInitial(books: readonly Book[]): InitialGroup[] {
  const map = new Map<string, Book[]>();
  for (const book of sortByPinyin(books, (b) => b.data.title)) {
    const initial = titleInitial(book.data.title);
    const list = map.get(initial);
    if (list) list.push(book);
    else map.set(initial, [book]);
  }
  return [...map]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([initial, list]) => ({ initial, books: list }));
}

/** Newest publication year first; books without a year last. */
export function groupByYear(books: readonly Book[]): YearGroup[] {
  const map = new Map<number | undefined, Book[]>();
  for (const book of sortByPinyin(books, (b) => b.data.title)) {
    const list = map.get(book.data.year);
    if (list) list.push(book);
    else map.set(book.data.year, [book]);
  }
  return [...map].sort(([a], [b]) => (b ?? -1) - (a ?? -1)).map(([year, list]) => ({ year, books: list }));
}

/** Gifts per month of donation, newest month first; undated gifts last. */
export function donationMonths(books: readonly Book[]): MonthTotal[] {
  const map = new Map<string | undefined, MonthTotal>();
  for (const book of books) {
    const month = book.data.donatedOn ? monthOf(book.data.donatedOn) : undefined;
    const total = map.get(month) ?? { month, titles: 0, copies: 0 };
    total.titles++;
    total.copies += book.data.copies;
    map.set(month, total);
  }
  return [...map.values()].sort((a, b) => (b.month ?? '0').localeCompare(a.month ?? '0'));
}

/** Every flyleaf note in the library, newest first (ties: pinyin order of the book title). */
export function latestNotes(books: readonly Book[]): FlyleafNoteRef[] {
  return sortByPinyin(
    books.flatMap((book) => book.data.flyleafNotes.map((note) => ({ book, note }))),
    (ref) => ref.book.data.title,
  ).sort(byDateDesc((ref) => ref.note.date));
}

export function buildLibraryIndex(catalog: Catalog): LibraryIndex {
  const { books } = catalog;
  const donors = catalog.people
    .map((person) => {
      const links = catalog.personLinks(person.id);
      return {
        person,
        books: sortByPinyin(links.booksDonated, (b) => b.data.title),
        copies: links.booksDonated.reduce((sum, b) => sum + b.data.copies, 0),
        notesWritten: links.notesWritten.length,
      };
    })
    .filter((donor) => donor.books.length > 0)
    .sort((a, b) => compareNames(a.person.data.name, b.person.data.name));
  const authors = groupByName(books, (b) => b.data.authors);
  const publishers = groupByName(books, (b) => (b.data.publisher ? [b.data.publisher] : []));
  const translators = groupByName(books, (b) => b.data.translators);
  return {
    byInitial: groupByInitial(books),
    authors,
    publishers,
    authorSlug: new Map(authors.map((g) => [g.name, g.slug])),
    publisherSlug: new Map(publishers.map((g) => [g.name, g.slug])),
    translators,
    translatorSlug: new Map(translators.map((g) => [g.name, g.slug])),
    years: groupByYear(books),
    donors,
    months: donationMonths(books),
    latestNotes: latestNotes(books),
  };
}
