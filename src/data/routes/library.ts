/**
 * The data of the library's routes: the library's front page, the donation drive, the title index, the flyleaf
 * notes, the donors, the group indexes, and the book groups as paged lists (an author's, a publisher's, a class's
 * and a year's books, and the newest gifts). Every list's pages come from Astro's paginate() (src/lib/paging.ts:
 * `paginateGroups` for the groups, fifty books a page, page 1 at the group's own address, page n at
 * `<group>/<n>/`); a page's model is its items, the list's total, where the page stands and its page links. The
 * routes under src/pages/library/ take their paths and page models from here and put the words on.
 */
import type { GetStaticPaths, Page, PaginateFunction } from 'astro';
import { getCatalog, getSite } from '../site.ts';
import type { Book, FlyleafNoteRef } from '../../lib/catalog.ts';
import { clcClassesWithBooks, clcOutline } from '../../lib/library/clc-outline.ts';
import { titleInitial, type DonorSummary, type NamedGroup, type YearGroup } from '../../lib/library/browse.ts';
import { groupStartPages, listPage, paginateGroups, PAGE_SIZE, type ListPage } from '../../lib/paging.ts';
import { paths } from '../../lib/urls.ts';

/** What one page of a book group shows: its books, the group's total, where the page stands, its page links. */
export type BookGroupPageModel = ListPage<Book>;

/** The model of `page` (Astro's paginate() page) of the group whose first page is at `first`. */
export const bookGroupPage = (first: string, page: Page<Book>): BookGroupPageModel => listPage(first, page);

/** /library/authors/<slug>/, /library/publishers/<slug>/, /library/translators/<slug>/ (the `kinds` asked for), with their later pages. */
export async function nameGroupPaths<K extends 'authors' | 'publishers' | 'translators'>(
  paginate: PaginateFunction,
  kinds: readonly K[],
) {
  const { library } = await getSite();
  return kinds.flatMap((kind) =>
    paginateGroups(
      paginate,
      library[kind].map((group): NamedGroup & { kind: K } => ({ ...group, kind })),
      (group) => group.books,
      (group) => ({ kind: group.kind, slug: group.slug }),
    ),
  );
}

/**
 * /library/classes/<letter>/ for each top-level class that holds books, and 未分类 when a book has no class, with
 * later pages. Empty classes get no page (and so no sitemap entry); the class list shows them unlinked.
 */
export async function classGroupPaths(paginate: PaginateFunction) {
  const catalog = await getCatalog();
  return paginateGroups(
    paginate,
    clcClassesWithBooks(catalog.clcGroups),
    (group) => group.books,
    (group) => ({ letter: group.letter ? group.letter.toLowerCase() : 'none' }),
  );
}

/** /library/years/<year>/ for every year of publication, and years/unknown/ (不详) always, with later pages. */
export async function yearGroupPaths(paginate: PaginateFunction) {
  const { years } = (await getSite()).library;
  // 不详 always has a page: book pages link to it when the year is missing.
  const groups: YearGroup[] = years.some((g) => g.year === undefined)
    ? years
    : [...years, { year: undefined, books: [] }];
  return paginateGroups(
    paginate,
    groups,
    (group) => group.books,
    (group) => ({ year: String(group.year ?? 'unknown') }),
  );
}

/** /library/new/ and its later pages: every dated gift, newest first. */
export async function newArrivalPaths(paginate: PaginateFunction) {
  return paginate(await newestGifts(Infinity), { pageSize: PAGE_SIZE.groups });
}

/** /library/donors/ and its later pages: every named donor, in name order, fifty to a page. */
export async function donorPaths(paginate: PaginateFunction) {
  return paginate((await getSite()).library.donors, { pageSize: PAGE_SIZE.people });
}

/** A page of the donor list, from the page {@link donorPaths} gives, and the anonymous gifts (counted only). */
export async function donorPage(page: Page<DonorSummary>) {
  const { totals } = await getCatalog();
  return {
    list: listPage(paths.libraryDonors(), page),
    anonymous: { titles: totals.anonymousGifts, copies: totals.anonymousCopies },
  };
}

/** The newest `count` dated gifts, newest first (the library's front page, its RSS feed). */
export const newestGifts = async (count: number) =>
  (await getCatalog()).booksByDonation.filter((book) => book.data.donatedOn).slice(0, count);

/** /library/: the newest ten gifts, the classes with their counts and the library's figures. */
export async function libraryHome() {
  const { catalog, stats } = await getSite();
  return { totals: catalog.totals, newest: await newestGifts(10), classes: stats.clc };
}

/** /library/drive/: the drive's figures and the gifts month by month. */
export async function drivePage() {
  const { catalog, library } = await getSite();
  return { totals: catalog.totals, months: library.months };
}

/** /library/titles/ and its later pages: every title in pinyin order, a hundred to a page. */
export async function titlePaths(paginate: PaginateFunction) {
  const { byInitial } = (await getSite()).library;
  return paginate(
    byInitial.flatMap((group) => group.books),
    { pageSize: PAGE_SIZE.titles },
  );
}

/**
 * A page of the title index: its books under their initials (an initial carried over from the page before is
 * `continued`), and every initial with the page it starts on, for the A–Z jump list.
 */
export async function titlesPage(page: Page<Book>) {
  const { byInitial } = (await getSite()).library;
  const starts = groupStartPages(
    byInitial.map((group) => ({ key: group.initial, count: group.books.length })),
    PAGE_SIZE.titles,
  );
  const sections: { initial: string; continued: boolean; books: Book[] }[] = [];
  for (const book of page.data) {
    const initial = titleInitial(book.data.title);
    const last = sections.at(-1);
    if (last?.initial === initial) last.books.push(book);
    else sections.push({ initial, continued: starts.get(initial) !== page.currentPage, books: [book] });
  }
  return {
    list: listPage(paths.libraryTitles(), page),
    initials: byInitial.map((group) => ({ initial: group.initial, page: starts.get(group.initial) ?? 1 })),
    sections,
  };
}

/** A flyleaf note with its book and its reader's name. */
export type NoteEntry = FlyleafNoteRef & { readerName: string };

/** /library/notes/ and its later pages: every flyleaf note, newest first, twenty to a page. */
export const notePaths = (async ({ paginate }: { paginate: PaginateFunction }) =>
  paginate((await getSite()).library.latestNotes, { pageSize: PAGE_SIZE.notes })) satisfies GetStaticPaths;

/** A page of the flyleaf notes, from the page {@link notePaths} gives. */
export async function notesPage(page: Page<FlyleafNoteRef>): Promise<ListPage<NoteEntry>> {
  const catalog = await getCatalog();
  const list = listPage(paths.libraryNotes(), page);
  return {
    ...list,
    items: list.items.map((ref) => ({ ...ref, readerName: catalog.person(ref.note.reader).data.name })),
  };
}

/** /library/authors/, /library/publishers/, /library/translators/: each name with its books. */
export const nameIndexPaths = <K extends 'authors' | 'publishers' | 'translators'>(kinds: readonly K[]) =>
  (() => kinds.map((kind) => ({ params: { kind }, props: { kind } }))) satisfies GetStaticPaths;

/** The groups of one name list. */
export const nameIndexPage = async (kind: 'authors' | 'publishers' | 'translators') => ({
  groups: (await getSite()).library[kind],
});

/** /library/classes/: all 22 classes as published (the 中图法 outline), each with its titles and whether it has a page. */
export const classIndexPage = async () => ({ classes: clcOutline((await getCatalog()).clcGroups) });

/** /library/years/: every year of publication with its books. */
export const yearIndexPage = async () => ({ years: (await getSite()).library.years });
