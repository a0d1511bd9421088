/**
 * The data of the people routes: a person's page (/people/<id>/) and the people list, fifty to a page with the one
 * pagination every list uses (src/lib/paging.ts): people in the order of their kinds (PERSON_KINDS), each kind in
 * the catalog's name order; page 1 at /people/, page n at /people/<n>/. A page's people are headed by kind, so a
 * kind that runs over a page break is headed on both pages.
 */
import type { GetStaticPaths, Page, PaginateFunction } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getCatalog, getSite } from '../site.ts';
import { pageMetaOf } from '../page-meta.ts';
import type { Person, PersonLinks } from '../../lib/catalog.ts';
import type { LeadReaderTurn } from '../../lib/series/index.ts';
import { heldAndUpcoming } from '../../lib/series/session-count.ts';
import type { PageMetaFacts } from '../../io/page-meta.ts';
import { listPage, PAGE_SIZE, type ListPage } from '../../lib/paging.ts';
import { paths } from '../../lib/urls.ts';
import { PERSON_KINDS } from '../../schemas/person.ts';

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

/** /people/<id>/ for everyone, the entry as its prop. */
export const personPaths = (async () =>
  (await getCollection('people')).map((person) => ({
    params: { id: person.id },
    props: { person },
  }))) satisfies GetStaticPaths;

export interface PersonPage {
  person: Person;
  links: PersonLinks;
  /** Their place in the lead-reader rotation, if they have led a meeting. */
  turn: LeadReaderTurn | undefined;
  /** Lectures given and meetings led: held ones counted, announced ones apart (as everywhere on the site). */
  given: { held: number; upcoming: number };
  led: { held: number; upcoming: number };
  /** 单位 as the page shows it: the free-text organisation, else the name of the registered one (memberOf). */
  unit: string | undefined;
  meta: PageMetaFacts;
}

/** A person's page model and their biography (the entry's body, shown in full after the one-line summary). */
export async function personPage(person: CollectionEntry<'people'>) {
  const { catalog, stats } = await getSite();
  const links = catalog.personLinks(person.id);
  const { Content } = await render(person);
  const page: PersonPage = {
    person,
    links,
    turn: stats.turnOf(person.id),
    given: heldAndUpcoming(links.lecturesGiven, catalog.today),
    led: heldAndUpcoming(links.meetingsLed, catalog.today),
    unit:
      person.data.organisation ??
      (person.data.memberOf ? catalog.organisation(person.data.memberOf).data.name : undefined),
    meta: pageMetaOf('people', person),
  };
  return { Content, page };
}
