/**
 * The page model of each detail route, built once by the route from the site model and handed to its component
 * as props (the component derives nothing). Also the facts under every detail page (最后更新, 编辑此页), which
 * read the working directory, site.json and git: here, at the data edge, not in a component.
 */
import type { CollectionName } from '../schemas/index.ts';
import type { Book, BookLinks, Person, PersonLinks } from '../lib/catalog.ts';
import { flyleafChain } from '../lib/catalog.ts';
import type { SiteModel } from '../lib/site-model.ts';
import type { LeadReaderTurn } from '../lib/series/index.ts';
import { heldAndUpcoming } from '../lib/series/session-count.ts';
import type { CalendarDate } from '../lib/dates.ts';
import { pageMetaFacts, type PageMetaFacts } from '../io/page-meta.ts';
import { contentDir, siteConfig } from '../io/site-config.ts';

/** 最后更新 and 编辑此页 for an entry: its `updated` field, else git; the edit link when site.json sets one. */
export function pageMetaOf(
  collection: CollectionName,
  entry: { id: string; data: { updated?: CalendarDate | undefined } },
): PageMetaFacts {
  const { editBaseUrl } = siteConfig();
  return pageMetaFacts({
    content: contentDir(process.cwd()),
    collection,
    id: entry.id,
    updated: entry.data.updated,
    editBaseUrl,
  });
}

export interface BookPage {
  book: Book;
  donor: Person | undefined;
  links: BookLinks;
  /** Flyleaf notes oldest first, as they stand in the book. */
  notes: Book['data']['flyleafNotes'];
  /** Path segment of each author's page, and of the publisher's. */
  authorSlugs: { name: string; slug: string }[];
  publisherSlug: string | undefined;
  /** Each translator with the path segment of their page. */
  translatorSlugs: { name: string; slug: string }[];
  meta: PageMetaFacts;
}

export function bookPage(site: SiteModel, book: Book): BookPage {
  const { catalog, library } = site;
  const { data } = book;
  return {
    book,
    donor: data.donor ? catalog.person(data.donor) : undefined,
    links: catalog.bookLinks(book.id),
    notes: flyleafChain(book),
    authorSlugs: data.authors.map((name) => ({ name, slug: library.authorSlug.get(name)! })),
    publisherSlug: data.publisher ? library.publisherSlug.get(data.publisher) : undefined,
    translatorSlugs: data.translators.map((name) => ({ name, slug: library.translatorSlug.get(name)! })),
    meta: pageMetaOf('books', book),
  };
}

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

export function personPage(site: SiteModel, person: Person): PersonPage {
  const { catalog } = site;
  const links = catalog.personLinks(person.id);
  return {
    person,
    links,
    turn: site.stats.turnOf(person.id),
    given: heldAndUpcoming(links.lecturesGiven, catalog.today),
    led: heldAndUpcoming(links.meetingsLed, catalog.today),
    unit:
      person.data.organisation ??
      (person.data.memberOf ? catalog.organisation(person.data.memberOf).data.name : undefined),
    meta: pageMetaOf('people', person),
  };
}
