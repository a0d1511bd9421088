/**
 * Long lists split into pages (flyleaf notes, the title index, the library's book groups, past meetings and
 * lectures): page sizes, the address of each page and the short run of page links a phone can hit. Page 1 keeps
 * the list's old address, so every existing link stays valid; page n lives at `<list>/<n>/` (or a series' `<list>/page/<n>/`).
 */
import type { PaginateFunction } from 'astro';

/** Items per page: small enough that a page stays light at 10,000 books, large enough to browse. */
export const PAGE_SIZE = { notes: 20, titles: 100, series: 12, groups: 50, people: 50, ledger: 100 } as const;

/** The address of page `n` of a list whose first page is `first` (ends in /); `sub` is the segment before n. */
export function pagePath(first: string, n: number, sub = ''): string {
  return n <= 1 ? first : `${first}${sub ? `${sub}/` : ''}${n}/`;
}

export interface PageLink {
  /** Page number, or undefined for a gap (…). */
  page: number | undefined;
  current: boolean;
}

/**
 * Page numbers to link from page `current` of `last`: the first, the last, and the two either side of the
 * current one, with a gap (…) where numbers are left out. Seven links at most, so the row fits a phone.
 */
export function pageLinks(current: number, last: number): PageLink[] {
  const wanted = new Set([1, last, current - 1, current, current + 1].filter((n) => n >= 1 && n <= last));
  const pages = [...wanted].sort((a, b) => a - b);
  const out: PageLink[] = [];
  pages.forEach((page, i) => {
    if (i > 0 && page - pages[i - 1]! > 1) out.push({ page: undefined, current: false });
    out.push({ page, current: page === current });
  });
  return out;
}

/**
 * For a list cut into pages of `size`, the page each group starts on (groups in list order, each with its
 * item count): the jump list of the title index links an initial to the page where its titles begin.
 */
export function groupStartPages<K>(groups: readonly { key: K; count: number }[], size: number): Map<K, number> {
  const starts = new Map<K, number>();
  let before = 0;
  for (const { key, count } of groups) {
    if (count > 0) starts.set(key, Math.floor(before / size) + 1);
    before += count;
  }
  return starts;
}

/** The address of every page of a list with `last` pages, by page number (see pagePath). */
export function pageHrefs(first: string, last: number, sub = ''): Record<number, string> {
  return Object.fromEntries(Array.from({ length: last }, (_, i) => [i + 1, pagePath(first, i + 1, sub)]));
}

/** What the page links under a list need: the links to show and every page's address. */
export interface Pager {
  current: number;
  last: number;
  links: PageLink[];
  hrefs: Record<number, string>;
}

/** The pager for page `current` of `last` of the list at `first` (see pagePath for `sub`). */
export function pager(first: string, current: number, last: number, sub = ''): Pager {
  return { current, last, links: pageLinks(current, last), hrefs: pageHrefs(first, last, sub) };
}

/** One page of a list as a page shows it: its items, the list's total, where the page stands, its page links. */
export interface ListPage<T> {
  /** This page's items, in the list's order. */
  items: T[];
  /** Items in the whole list. */
  total: number;
  /** This page's number (from 1) and the list's number of pages. */
  current: number;
  last: number;
  pager: Pager;
}

/**
 * The page model of one page Astro's paginate() made (`page`: its data, total, currentPage, lastPage) of the
 * list whose first page is at `first`: what every paged list (a book group, the donors, the rotation) renders.
 */
export function listPage<T>(
  first: string,
  page: { data: readonly T[]; total: number; currentPage: number; lastPage: number },
): ListPage<T> {
  return {
    items: [...page.data],
    total: page.total,
    current: page.currentPage,
    last: page.lastPage,
    pager: pager(first, page.currentPage, page.lastPage),
  };
}

/** Number of pages a list of `count` items takes at `size` a page (at least one). */
export const pageCount = (count: number, size: number) => Math.max(1, Math.ceil(count / size));

/**
 * Astro's paginate() for a series' past sessions, without page 1 (that list is on the series page itself):
 * the paths of /<series>/page/2/, … . `paginate` is the helper getStaticPaths receives.
 */
export function laterPages<T>(paginate: PaginateFunction, items: readonly T[]) {
  return paginate(items, { pageSize: PAGE_SIZE.series }).filter((path) => path.params.page !== '1');
}

/**
 * Astro's paginate() (the one the title index uses) over many lists at once, one per group (an author's books,
 * a class's books …), each at its own address: page 1 at the group's address, page n at `<group>/<n>/` (the
 * route is `<group>/[...page].astro`). `paramsOf` gives a group's address segments; each page gets the group as
 * the prop `group` beside Astro's `page`. Fifty to a page keeps a page near 500 elements at any catalogue size.
 */
export function paginateGroups<G, T, P extends Record<string, string>>(
  paginate: PaginateFunction,
  groups: readonly G[],
  itemsOf: (group: G) => readonly T[],
  paramsOf: (group: G) => P,
  size: number = PAGE_SIZE.groups,
) {
  return groups.flatMap((group) =>
    paginate(itemsOf(group), { pageSize: size, params: paramsOf(group), props: { group } }),
  );
}
