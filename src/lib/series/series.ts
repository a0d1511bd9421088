/**
 * 初心讲坛 (lectures) and 南江读书会 (meetings) are two series of one kind of thing: numbered, dated sessions with
 * people, books, a place and a turnout. A series descriptor says, as data, where the two differ (their address,
 * their words, which fields they show), so one set of components and routes serves both.
 * Labels are dictionary keys, looked up with `t()` where the page is drawn.
 */
import type { UiKey } from '../../i18n/t.ts';
import type { Catalog, Lecture, Meeting } from '../catalog.ts';
import { DEFAULT_TIMES, type TimeDefaults } from '../ics.ts';
import { paths } from '../urls.ts';
import { SEARCH_TYPES, type SearchType } from '../search/filters.ts';

export type SeriesSlug = 'lectures' | 'meetings';
export type Session = Lecture | Meeting;

/** The words of a series, as dictionary keys. */
export interface SeriesLabels {
  brand: UiKey;
  lede: UiKey;
  listTitle: UiKey;
  listDescription: UiKey;
  /** 「初心讲坛 · {year}年」 */
  yearTitle: UiKey;
  /** The people of a session: 主讲人 / 领读人. */
  people: UiKey;
  /** The people in a feed or calendar description: 主讲人：{names}. */
  peopleLine: UiKey;
  /** The books of a session: 推荐书目 / 共读书目. */
  books: UiKey;
  /** The turnout of a session (受教育人次 / 参加人数), its unit, and what stands in while it is not recorded. */
  turnout: UiKey;
  turnoutUnit: UiKey;
  turnoutPending?: UiKey;
  feedDescription: UiKey;
  feedLink: UiKey;
  subscribe: UiKey;
}

/** A figure of the series' running totals, by its name in the catalog's totals (worded by TotalsList). */
export type SeriesTotal = 'lecturesHeld' | 'attendance' | 'meetingsHeld' | 'outputs';

export interface SeriesDescriptor<S extends Session = Session> {
  slug: SeriesSlug;
  /** Singular name, for calendar UIDs (`lecture-11@host`). */
  kind: 'lecture' | 'meeting';
  /** The kind the search results show for a session page. */
  searchType: SearchType;
  labels: SeriesLabels;
  /** Site-relative addresses: the series page, a session, a year, a session's calendar file. */
  paths: {
    list(): string;
    session(number: number): string;
    year(year: number): string;
    ics(number: number): string;
  };
  totals: readonly SeriesTotal[];
  /** Calendar times when a session leaves its own empty. */
  times: TimeDefaults;
  /** Sessions carry themes (主题), each with its own page, and the series page lists them. */
  themes: boolean;
  /** Where the session's format shows: as a fact in the list of facts, or as a badge beside its number. */
  formatAs: 'fact' | 'badge';
  /** Where the session's books show: among the facts (read together) or in a section after the text (recommended). */
  booksAs: 'fact' | 'section';
  /** People are listed with their post, e.g. 张伟（市委党校教授）. */
  peopleTitles: boolean;
  /** Pagefind weight of the people's names on the session page (default weight when absent). */
  peopleWeight?: number;
  /** Pagefind weight of the book titles listed among the facts. */
  booksWeight?: number;
  /** A list entry shows: its format before or after its people; its summary; its books. */
  list: { formatFirst: boolean; summary: boolean; books: boolean };
  /** A feed item names the people after its summary in brackets (summary（主讲人：…）) or after a space. */
  feedPeople: 'bracketed' | 'appended';
  sessions(catalog: Catalog): S[];
  past(catalog: Catalog): S[];
  upcoming(catalog: Catalog): S[];
  /** Years with a session, newest first. */
  years(catalog: Catalog): number[];
  /** Person ids of the people who give or lead the session. */
  people(session: S): readonly string[];
  /** Book ids of the session's books. */
  books(session: S): readonly string[];
  /** The session's turnout, when recorded. */
  turnout(session: S): number | undefined;
  /** The feed categories of a session: its themes, or its format. */
  categories(session: S): string[];
}

export const LECTURES: SeriesDescriptor<Lecture> = {
  slug: 'lectures',
  kind: 'lecture',
  searchType: SEARCH_TYPES.lectures,
  labels: {
    brand: 'brand.lectures',
    lede: 'brand.lectures.lede',
    listTitle: 'lecture.list.title',
    listDescription: 'lecture.list.description',
    yearTitle: 'lecture.yearPage.title',
    people: 'lecture.speakers',
    peopleLine: 'series.feed.speakers',
    books: 'lecture.recommendedBooks',
    turnout: 'lecture.attendance',
    turnoutUnit: 'unit.personTimes',
    turnoutPending: 'lecture.attendancePending',
    feedDescription: 'series.feed.lecturesDescription',
    feedLink: 'series.feed.lectures',
    subscribe: 'series.calendar.subscribeLectures',
  },
  paths: { list: paths.lectures, session: paths.lecture, year: paths.lectureYear, ics: paths.lectureIcs },
  totals: ['lecturesHeld', 'attendance'],
  times: DEFAULT_TIMES.lectures,
  themes: true,
  formatAs: 'fact',
  booksAs: 'section',
  peopleTitles: true,
  peopleWeight: 5,
  list: { formatFirst: false, summary: true, books: false },
  feedPeople: 'bracketed',
  sessions: (catalog) => catalog.lectures,
  past: (catalog) => catalog.pastLectures,
  upcoming: (catalog) => catalog.upcomingLectures,
  years: (catalog) => catalog.lectureYears,
  people: (lecture) => lecture.data.speakers,
  books: (lecture) => lecture.data.recommendedBooks,
  turnout: (lecture) => lecture.data.attendance,
  categories: (lecture) => [...lecture.data.themes],
};

export const MEETINGS: SeriesDescriptor<Meeting> = {
  slug: 'meetings',
  kind: 'meeting',
  searchType: SEARCH_TYPES.meetings,
  labels: {
    brand: 'brand.meetings',
    lede: 'brand.meetings.lede',
    listTitle: 'meeting.list.title',
    listDescription: 'meeting.list.description',
    yearTitle: 'meeting.yearPage.title',
    people: 'meeting.leadReaders',
    peopleLine: 'series.feed.leadReaders',
    books: 'meeting.books',
    turnout: 'meeting.participants',
    turnoutUnit: 'unit.people',
    feedDescription: 'series.feed.meetingsDescription',
    feedLink: 'series.feed.meetings',
    subscribe: 'series.calendar.subscribeMeetings',
  },
  paths: { list: paths.meetings, session: paths.meeting, year: paths.meetingYear, ics: paths.meetingIcs },
  totals: ['meetingsHeld', 'outputs'],
  times: DEFAULT_TIMES.meetings,
  themes: false,
  formatAs: 'badge',
  booksAs: 'fact',
  peopleTitles: false,
  booksWeight: 5,
  list: { formatFirst: true, summary: false, books: true },
  feedPeople: 'appended',
  sessions: (catalog) => catalog.meetings,
  past: (catalog) => catalog.pastMeetings,
  upcoming: (catalog) => catalog.upcomingMeetings,
  years: (catalog) => catalog.meetingYears,
  people: (meeting) => meeting.data.leadReaders,
  books: (meeting) => meeting.data.books,
  turnout: (meeting) => meeting.data.participants,
  categories: (meeting) => [meeting.data.format],
};

/** Both series, lectures first, by slug. */
export const SERIES: Readonly<Record<SeriesSlug, SeriesDescriptor>> = { lectures: LECTURES, meetings: MEETINGS };
