/**
 * One session of either series as the pages show it: the fields both series share, with its people and books
 * looked up and what only one series records (themes, materials, outputs) empty for the other. Pure.
 */
import type { Book, Catalog, Lecture, Meeting, Person } from '../catalog.ts';
import { yearOf, type CalendarDate } from '../dates.ts';
import { slugify } from '../slug.ts';
import type { SeriesDescriptor, Session } from './series.ts';
import { isHeld } from './session-count.ts';

export interface SessionOutput {
  title?: string | undefined;
  text: string;
  author: Person;
}

export interface SessionView {
  id: string;
  number: number;
  title: string;
  date: CalendarDate;
  /** 「14:30–16:30」, 「19:00」 or undefined when no start time is recorded. */
  time: string | undefined;
  venue: string | undefined;
  format: Session['data']['format'];
  summary: string | undefined;
  /** Dated after the build date. */
  upcoming: boolean;
  people: Person[];
  books: Book[];
  themes: { name: string; slug: string }[];
  /** 人次 or participants, when recorded. */
  turnout: number | undefined;
  materials: Lecture['data']['materials'];
  outputs: SessionOutput[];
  photos: Session['data']['photos'];
  cover: Lecture['data']['cover'];
  updated: CalendarDate | undefined;
}

/** The session's time of day as printed: start, and end when known. */
export function sessionTime(data: { startTime?: string | undefined; endTime?: string | undefined }) {
  return data.startTime ? `${data.startTime}${data.endTime ? `–${data.endTime}` : ''}` : undefined;
}

export function sessionView<S extends Session>(series: SeriesDescriptor<S>, session: S, catalog: Catalog): SessionView {
  const data: Lecture['data'] | Meeting['data'] = session.data;
  return {
    id: session.id,
    number: data.number,
    title: data.title,
    date: data.date,
    time: sessionTime(data),
    venue: data.venue,
    format: data.format,
    summary: data.summary,
    upcoming: !isHeld(catalog.today)(session),
    people: series.people(session).map((id) => catalog.person(id)),
    books: series.books(session).map((id) => catalog.book(id)),
    themes: 'themes' in data ? data.themes.map((name) => ({ name, slug: slugify(name) })) : [],
    turnout: series.turnout(session),
    materials: 'materials' in data ? data.materials : undefined,
    outputs:
      'outputs' in data
        ? data.outputs.map((output) => ({
            title: output.title,
            text: output.text,
            author: catalog.person(output.author),
          }))
        : [],
    photos: data.photos,
    cover: 'cover' in data ? data.cover : undefined,
    updated: data.updated,
  };
}

/** Several sessions as shown, in the order given. */
export const sessionViews = <S extends Session>(
  series: SeriesDescriptor<S>,
  sessions: readonly S[],
  catalog: Catalog,
) => sessions.map((session) => sessionView(series, session, catalog));

/** The sessions of a series in one year, in the catalog's order, with how many were held and are to come. */
export function sessionsInYear<S extends Session>(series: SeriesDescriptor<S>, catalog: Catalog, year: number) {
  const inYear = (session: S) => yearOf(session.data.date) === year;
  return {
    sessions: series.sessions(catalog).filter(inYear),
    held: series.past(catalog).filter(inYear).length,
    upcoming: series.upcoming(catalog).filter(inYear).length,
  };
}
