/**
 * Which pages get their own Open Graph card, and which card every other page borrows.
 * A new card costs ~5 ms of CPU to draw (a few minutes' worth at 10,000 books before src/io/og/glyph-masks.ts),
 * so only the pages people share get one: home, the section pages, every book and person, and the newest sessions of each series (OG_ENTRY_LIMIT); an older session shares its section's
 * card. The card's words are put on at the presentation edge (src/components/site/og-cards.ts).
 */
import type { Book, Catalog, Lecture, Meeting, Person } from '../catalog.ts';
import { paths } from '../urls.ts';

/** The card's size in pixels (drawn by src/io/og/card.ts). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What a card says; the words are put on in src/components/site/og-cards.ts. */
export interface OgCard {
  /** Small line above the title, e.g. 初心讲坛 · 第11期. */
  kicker: string;
  title: string;
  /** Line at the bottom, e.g. date and venue. */
  detail?: string | undefined;
  /** Site name, bottom right. */
  site: string;
}

/** Newest sessions per series that get a card of their own. */
export const OG_ENTRY_LIMIT = 48;

/** What a card shows, by page path (without base). */
export type OgSubject =
  | { kind: 'home' }
  | { kind: 'section'; section: 'lectures' | 'meetings' | 'library' | 'stats' }
  | { kind: 'lecture'; lecture: Lecture }
  | { kind: 'meeting'; meeting: Meeting }
  | { kind: 'book'; book: Book }
  | { kind: 'person'; person: Person };

/** Page path (without base) → what its card shows, for every page that has a card of its own. */
export function ogSubjects(catalog: Catalog): Map<string, OgSubject> {
  const subjects = new Map<string, OgSubject>([
    [paths.home(), { kind: 'home' }],
    [paths.lectures(), { kind: 'section', section: 'lectures' }],
    [paths.meetings(), { kind: 'section', section: 'meetings' }],
    [paths.library(), { kind: 'section', section: 'library' }],
    [paths.stats(), { kind: 'section', section: 'stats' }],
  ]);
  const newest = <T extends { data: { number: number } }>(items: readonly T[]) =>
    [...items].sort((a, b) => b.data.number - a.data.number).slice(0, OG_ENTRY_LIMIT);
  for (const lecture of newest(catalog.lectures))
    subjects.set(paths.lecture(lecture.data.number), { kind: 'lecture', lecture });
  for (const meeting of newest(catalog.meetings))
    subjects.set(paths.meeting(meeting.data.number), { kind: 'meeting', meeting });
  for (const book of catalog.books) subjects.set(paths.book(book.id), { kind: 'book', book });
  for (const person of catalog.people) subjects.set(paths.person(person.id), { kind: 'person', person });
  return subjects;
}

/** The card image a page uses: its own, else its section's, else the home page's. */
export function ogImagePath(pagePath: string, cards: { has(path: string): boolean }): string {
  if (cards.has(pagePath)) return paths.ogImage(pagePath);
  const section = (
    [
      [paths.lectures(), paths.lectures()],
      [paths.meetings(), paths.meetings()],
      [paths.library(), paths.library()],
      ['/books/', paths.library()],
    ] as const
  ).find(([prefix]) => pagePath.startsWith(prefix));
  return paths.ogImage(section && cards.has(section[1]) ? section[1] : paths.home());
}

/** The endpoint parameter for a page path: `/lectures/3/` → `lectures/3`, `/` → `index`. */
export function ogParam(pagePath: string): string {
  return pagePath.replace(/^\/|\/$/g, '') || 'index';
}
