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
  library: () => '/library/',
  libraryNew: () => '/library/new/',
  libraryClasses: () => '/library/classes/',
  libraryClass: (letter: ClcLetter | undefined) => `/library/classes/${letter ? letter.toLowerCase() : 'none'}/`,
  book: (id: string) => `/books/${id}/`,
  bookByIsbn: (isbn13: string) => `/books/isbn/${isbn13}/`,
  people: () => '/people/',
  person: (id: string) => `/people/${id}/`,
  about: (brand: 'lectures' | 'meetings' | 'library') => `/about/${brand}/`,
  search: () => '/search/',
  stats: () => '/stats/',
} as const;
