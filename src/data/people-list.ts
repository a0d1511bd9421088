/**
 * The people list, fifty to a page with the one pagination every list uses (src/lib/paging.ts): people in the
 * order of their kinds (PERSON_KINDS), each kind in the catalog's name order; page 1 at /people/, page n at
 * /people/<n>/. A page's people are headed by kind, so a kind that runs over a page break is headed on both pages.
 */
import type { Page, PaginateFunction } from 'astro';
import { getCatalog } from './catalog.ts';
import type { Person } from '../lib/catalog.ts';
import { listPage, PAGE_SIZE, type ListPage } from '../lib/paging.ts';
import { paths } from '../lib/urls.ts';
import { PERSON_KINDS } from '../schemas/person.ts';

/** Everyone, kind by kind, paged. */
export async function peopleListPaths(paginate: PaginateFunction) {
  const { people } = await getCatalog();
  const ordered = PERSON_KINDS.flatMap((kind) => people.filter((person) => person.data.kind === kind));
  return paginate(ordered, { pageSize: PAGE_SIZE.people });
}

/** One page of the people list: the page model and its people grouped by kind. */
export interface PeopleListPage {
  list: ListPage<Person>;
  groups: { kind: Person['data']['kind']; people: Person[] }[];
}

export function peopleListPage(page: Page<Person>): PeopleListPage {
  const list = listPage(paths.people(), page);
  const groups = PERSON_KINDS.map((kind) => ({
    kind,
    people: list.items.filter((person) => person.data.kind === kind),
  })).filter((group) => group.people.length > 0);
  return { list, groups };
}
