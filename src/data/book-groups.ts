/**
 * The library's book groups as paged lists: an author's, a publisher's, a class's and a year's books, and the
 * newest gifts. Each group's pages come from Astro's paginate(), as the title index's do (src/lib/paging.ts:
 * `paginateGroups`, fifty books a page, page 1 at the group's own address, page n at `<group>/<n>/`); a page's
 * model is its books, the group's total, where the page stands and its page links. The routes under
 * src/pages/library/ take their paths and page models from here and put the words on.
 */
import type { Page, PaginateFunction } from 'astro';
import { getCatalog, getSite } from './catalog.ts';
import type { Book } from '../lib/catalog.ts';
import { clcClassesWithBooks } from '../lib/library/clc-outline.ts';
import type { DonorSummary, NamedGroup, YearGroup } from '../lib/library/browse.ts';
import { listPage, paginateGroups, PAGE_SIZE, type ListPage } from '../lib/paging.ts';
import { paths } from '../lib/urls.ts';

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
  const catalog = await getCatalog();
  return paginate(
    catalog.booksByDonation.filter((book) => book.data.donatedOn),
    { pageSize: PAGE_SIZE.groups },
  );
}

/** /library/donors/ and its later pages: every named donor, in name order, fifty to a page. */
export async function donorPaths(paginate: PaginateFunction) {
  return paginate((await getSite()).library.donors, { pageSize: PAGE_SIZE.people });
}

/** A page of the donor list, from the page {@link donorPaths} gives. */
export const donorPage = (page: Page<DonorSummary>) => listPage(paths.libraryDonors(), page);
