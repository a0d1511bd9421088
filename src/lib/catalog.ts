/**
 * The catalog: the site's entries sorted and indexed, with backlinks, totals and groupings, computed once per build
 * and shared by every page (the heart of the site model, src/lib/site-model.ts). Pure: it takes entries and returns
 * data, so tests feed it fixtures. Not to be confused with the library's book list (code: bookList; its download
 * keeps the published address /library/catalogue.csv).
 */
import type { CollectionEntry } from 'astro:content';
import { byDateAsc, byDateDesc, yearOf, type CalendarDate } from './dates.ts';
import { clcLetterOf, type ClcLetter } from './clc.ts';
import { slugify } from './slug.ts';
import { sortByName, sortByPinyin } from './collate.ts';
import { sumCopies } from './library/copies.ts';
import { isHeld } from './series/session-count.ts';

type Data<C extends 'lectures' | 'meetings' | 'books' | 'people' | 'organisations'> = CollectionEntry<C>['data'];

/** The part of a collection entry the model needs. */
export interface Entry<D> {
  id: string;
  data: D;
}
export type Lecture = Entry<Data<'lectures'>>;
export type Meeting = Entry<Data<'meetings'>>;
export type Book = Entry<Data<'books'>>;
export type Person = Entry<Data<'people'>>;
export type Organisation = Entry<Data<'organisations'>>;

export interface CatalogInput {
  lectures: readonly Lecture[];
  meetings: readonly Meeting[];
  books: readonly Book[];
  people: readonly Person[];
  /** The register of organisations (content/organisations); none when a site keeps no register. */
  organisations?: readonly Organisation[];
  /** The build's calendar date in China: what counts as held and what as upcoming. */
  today: CalendarDate;
}

export interface FlyleafNoteRef {
  book: Book;
  note: Data<'books'>['flyleafNotes'][number];
}
export interface OutputRef {
  meeting: Meeting;
  output: Data<'meetings'>['outputs'][number];
}

export interface PersonLinks {
  lecturesGiven: Lecture[];
  meetingsLed: Meeting[];
  outputs: OutputRef[];
  booksDonated: Book[];
  notesWritten: FlyleafNoteRef[];
}

export interface BookLinks {
  meetings: Meeting[];
  lectures: Lecture[];
}

export interface Totals {
  /** Sessions held up to today. */
  lecturesHeld: number;
  /** Sum of 人次 over held sessions that recorded it. */
  attendance: number;
  meetingsHeld: number;
  /** Copies currently on the shelf: all copies less those lent out or lost. */
  copiesOnShelf: number;
  /** All copies, whatever their status. */
  copies: number;
  /** Distinct titles in the catalogue. */
  titles: number;
  /** Distinct named donors; anonymous gifts are not counted as donors. */
  donors: number;
  /** Titles given without a donor, and their copies. */
  anonymousGifts: number;
  anonymousCopies: number;
  flyleafNotes: number;
  outputs: number;
}

export interface Theme {
  name: string;
  slug: string;
  /** Every session with this theme, upcoming ones included, newest first. */
  lectures: Lecture[];
  /** Sessions held up to today: what the theme's totals count (as 讲坛期数 counts held sessions only). */
  held: Lecture[];
  /** Announced sessions still to come, listed but not counted. */
  upcoming: Lecture[];
}

export interface ClcGroup {
  letter: ClcLetter | undefined;
  books: Book[];
}

export interface Catalog {
  today: CalendarDate;
  lectures: Lecture[];
  meetings: Meeting[];
  books: Book[];
  people: Person[];
  /** The register of organisations, by pinyin of their names. */
  organisations: Organisation[];
  person(id: string): Person;
  organisation(id: string): Organisation;
  book(id: string): Book;
  lecture(id: string): Lecture;
  meeting(id: string): Meeting;
  personLinks(id: string): PersonLinks;
  bookLinks(id: string): BookLinks;
  upcomingLectures: Lecture[];
  pastLectures: Lecture[];
  upcomingMeetings: Meeting[];
  pastMeetings: Meeting[];
  themes: Theme[];
  theme(slug: string): Theme | undefined;
  lectureYears: number[];
  meetingYears: number[];
  booksByPinyin: Book[];
  booksByDonation: Book[];
  clcGroups: ClcGroup[];
  totals: Totals;
}

function indexById<T extends { id: string }>(items: readonly T[], kind: string): (id: string) => T {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const found = map.get(id);
    // The content check has already refused dangling references; reaching this is a programming error.
    if (!found) throw new Error(`Unknown ${kind} id "${id}"`);
    return found;
  };
}

function listFor<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

export function buildCatalog(input: CatalogInput): Catalog {
  const { today } = input;
  const lectures = [...input.lectures].sort((a, b) => b.data.number - a.data.number);
  const meetings = [...input.meetings].sort((a, b) => b.data.number - a.data.number);
  const books = sortByPinyin(input.books, (b) => b.data.title);
  const people = sortByName(input.people, (p) => p.data.name);
  const organisations = sortByPinyin(input.organisations ?? [], (o) => o.data.name);

  const personLinks = new Map<string, PersonLinks>();
  const linksOf = (id: string) => {
    let links = personLinks.get(id);
    if (!links) {
      links = { lecturesGiven: [], meetingsLed: [], outputs: [], booksDonated: [], notesWritten: [] };
      personLinks.set(id, links);
    }
    return links;
  };
  const bookLinks = new Map<string, BookLinks>();
  const bookLinksOf = (id: string) => {
    let links = bookLinks.get(id);
    if (!links) bookLinks.set(id, (links = { meetings: [], lectures: [] }));
    return links;
  };

  const themeMap = new Map<string, Lecture[]>();
  for (const lecture of lectures) {
    for (const speaker of lecture.data.speakers) linksOf(speaker).lecturesGiven.push(lecture);
    for (const book of lecture.data.recommendedBooks) bookLinksOf(book).lectures.push(lecture);
    for (const theme of new Set(lecture.data.themes)) listFor(themeMap, theme).push(lecture);
  }
  for (const meeting of meetings) {
    for (const reader of meeting.data.leadReaders) linksOf(reader).meetingsLed.push(meeting);
    for (const book of meeting.data.books) bookLinksOf(book).meetings.push(meeting);
    for (const output of meeting.data.outputs) linksOf(output.author).outputs.push({ meeting, output });
  }
  const booksByDonation = [...books].sort(byDateDesc((b) => b.data.donatedOn ?? '0000-00-00'));
  for (const book of booksByDonation) {
    if (book.data.donor) linksOf(book.data.donor).booksDonated.push(book);
    for (const note of book.data.flyleafNotes) linksOf(note.reader).notesWritten.push({ book, note });
  }
  for (const links of personLinks.values()) links.notesWritten.sort(byDateDesc((n) => n.note.date));

  const held = isHeld(today);
  const themes: Theme[] = sortByPinyin([...themeMap], ([name]) => name).map(([name, list]) => ({
    name,
    slug: slugify(name),
    lectures: list,
    held: list.filter(held),
    upcoming: list.filter((lecture) => !held(lecture)),
  }));

  const clcMap = new Map<ClcLetter | undefined, Book[]>();
  for (const book of books) listFor(clcMap, clcLetterOf(book.data.clc)).push(book);
  const clcGroups = [...clcMap]
    .map(([letter, list]) => ({ letter, books: list }))
    // Classes in published order; unclassified books last.
    .sort((a, b) => (a.letter === b.letter ? 0 : !a.letter ? 1 : !b.letter ? -1 : a.letter < b.letter ? -1 : 1));

  const pastLectures = lectures.filter(held);
  const pastMeetings = meetings.filter(held);
  const donorIds = new Set(books.flatMap((b) => (b.data.donor ? [b.data.donor] : [])));

  const copies = sumCopies(books.map((b) => b.data));
  const anonymous = books.filter((b) => !b.data.donor);
  const totals: Totals = {
    lecturesHeld: pastLectures.length,
    attendance: pastLectures.reduce((sum, l) => sum + (l.data.attendance ?? 0), 0),
    meetingsHeld: pastMeetings.length,
    copiesOnShelf: copies.在架,
    copies: copies.copies,
    titles: books.length,
    donors: donorIds.size,
    anonymousGifts: anonymous.length,
    anonymousCopies: sumCopies(anonymous.map((b) => b.data)).copies,
    flyleafNotes: books.reduce((sum, b) => sum + b.data.flyleafNotes.length, 0),
    outputs: meetings.reduce((sum, m) => sum + m.data.outputs.length, 0),
  };

  const years = (items: readonly { data: { date: CalendarDate } }[]) =>
    [...new Set(items.map((i) => yearOf(i.data.date)))].sort((a, b) => b - a);

  const emptyPerson: PersonLinks = {
    lecturesGiven: [],
    meetingsLed: [],
    outputs: [],
    booksDonated: [],
    notesWritten: [],
  };
  return {
    today,
    lectures,
    meetings,
    books,
    people,
    organisations,
    person: indexById(people, 'person'),
    organisation: indexById(organisations, 'organisation'),
    book: indexById(books, 'book'),
    lecture: indexById(lectures, 'lecture'),
    meeting: indexById(meetings, 'meeting'),
    personLinks: (id) => personLinks.get(id) ?? emptyPerson,
    bookLinks: (id) => bookLinks.get(id) ?? { meetings: [], lectures: [] },
    upcomingLectures: lectures.filter((l) => !held(l)).sort(byDateAsc((l) => l.data.date)),
    pastLectures,
    upcomingMeetings: meetings.filter((m) => !held(m)).sort(byDateAsc((m) => m.data.date)),
    pastMeetings,
    themes,
    theme: (slug) => themes.find((theme) => theme.slug === slug),
    lectureYears: years(lectures),
    meetingYears: years(meetings),
    booksByPinyin: books,
    booksByDonation,
    clcGroups,
    totals,
  };
}

/** Flyleaf notes oldest first, the order they appear in the real book. */
export function flyleafChain(book: Book): Data<'books'>['flyleafNotes'] {
  return [...book.data.flyleafNotes].sort(byDateAsc((n) => n.date));
}
