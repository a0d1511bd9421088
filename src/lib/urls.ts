/**
 * Every address on the site, built in one place so routes, links, feeds and the sitemap agree,
 * and so a base path (hosting under /djjy/) is applied everywhere or nowhere.
 */
import type { ClcLetter } from './clc.ts';

/** Prefixes the configured base path: `/lectures/` → `/djjy/lectures/`. */
export function url(path: string): string {
  const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The absolute address of a site path (base path included), for feeds, calendars, canonical links and QR codes. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(url(path), site).href;
}

export const paths = {
  home: () => '/',
  lectures: () => '/lectures/',
  lecture: (number: number) => `/lectures/${number}/`,
  lectureThemes: () => '/lectures/themes/',
  lectureTheme: (slug: string) => `/lectures/themes/${slug}/`,
  lectureYear: (year: number) => `/lectures/years/${year}/`,
  meetings: () => '/meetings/',
  meeting: (number: number) => `/meetings/${number}/`,
  meetingYear: (year: number) => `/meetings/years/${year}/`,
  /** Every lead reader's turns, most first, paged. */
  meetingRotation: () => '/meetings/rotation/',
  library: () => '/library/',
  libraryNew: () => '/library/new/',
  libraryClasses: () => '/library/classes/',
  libraryClass: (letter: ClcLetter | undefined) => `/library/classes/${letter ? letter.toLowerCase() : 'none'}/`,
  libraryTitles: () => '/library/titles/',
  libraryAuthors: () => '/library/authors/',
  libraryAuthor: (slug: string) => `/library/authors/${slug}/`,
  libraryPublishers: () => '/library/publishers/',
  libraryPublisher: (slug: string) => `/library/publishers/${slug}/`,
  libraryTranslators: () => '/library/translators/',
  libraryTranslator: (slug: string) => `/library/translators/${slug}/`,
  libraryYears: () => '/library/years/',
  /** undefined: books whose year of publication is not recorded (不详). */
  libraryYear: (year: number | undefined) => `/library/years/${year ?? 'unknown'}/`,
  libraryDonors: () => '/library/donors/',
  libraryNotes: () => '/library/notes/',
  /** 书香共享、好书共读: the donation drive, its totals and how to give a book. */
  libraryDrive: () => '/library/drive/',
  /** The whole book list as CSV (UTF-8 with BOM); the address keeps its published name, catalogue.csv. */
  libraryBookListCsv: () => '/library/catalogue.csv',
  book: (id: string) => `/books/${id}/`,
  /** A book's citation file (.bib for BibTeX, .ris for EndNote, Zotero, NoteExpress). */
  bookCitation: (id: string, format: 'bib' | 'ris') => `/books/${id}.${format}`,
  /** Every book's citation in one file. */
  libraryCitations: (format: 'bib' | 'ris') => `/library/catalogue.${format}`,
  bookByIsbn: (isbn13: string) => `/books/isbn/${isbn13}/`,
  people: () => '/people/',
  person: (id: string) => `/people/${id}/`,
  about: (brand: 'lectures' | 'meetings' | 'library') => `/about/${brand}/`,
  search: () => '/search/',
  /** The 党政机关网站标识 picture (src/pages/filing/[file].ts). */
  filingBadge: (file: string) => `/filing/${file}`,
  stats: () => '/stats/',
  /** Which registered organisations the brands reached, and the 台账 downloads. */
  coverage: () => '/coverage/',
  /** The 台账 of one year, or of all years, as a print-ready page (A4) and as an .xlsx workbook. */
  ledgerPage: (year: number | 'all') => `/coverage/ledger/${year}/`,
  ledgerXlsx: (year: number | 'all') => `/coverage/ledger-${year}.xlsx`,
  /** RSS feeds (autodiscovery links in every page head). */
  feed: (kind: 'lectures' | 'meetings' | 'books') => `/feeds/${kind}.xml`,
  /** How to subscribe, with the upcoming sessions of both series. */
  calendarPage: () => '/calendar/',
  /** Subscribable iCalendar feed per series. */
  calendar: (series: 'lectures' | 'meetings') => `/calendar/${series}.ics`,
  lectureIcs: (number: number) => `/lectures/${number}.ics`,
  meetingIcs: (number: number) => `/meetings/${number}.ics`,
  /** Open Graph image of a page, by its path: /og/lectures/3.png; the home page's is /og/index.png. */
  ogImage: (pagePath: string) => `/og${pagePath.replace(/\/$/, '') || '/index'}.png`,
  robots: () => '/robots.txt',
  sitemap: () => '/sitemap.xml',
  /** The web editor (not a public page: no sitemap, no search, disallowed in robots.txt). */
  admin: () => '/admin/',
} as const;
