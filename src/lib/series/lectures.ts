/** 初心讲坛 in numbers: per-year totals, themes and speaker kinds. Pure; counts held sessions only. */
import { PERSON_KINDS, type PersonKind } from '../../schemas/person.ts';
import { compareNames } from '../collate.ts';
import { yearOf } from '../dates.ts';
import type { Lecture, Person, Theme } from '../catalog.ts';

export interface LectureYear {
  year: number;
  sessions: number;
  /** 人次 over the year's sessions that recorded it. */
  attendance: number;
}

export interface ThemeCount {
  name: string;
  sessions: number;
}

export interface SpeakerKindCount {
  kind: PersonKind;
  /** Sessions with at least one speaker of this kind (a session with two kinds counts for both). */
  sessions: number;
  /** Distinct speakers of this kind. */
  speakers: number;
}

/** Every year from the first to the last session, gaps included, so a chart's axis does not skip a year. */
export function lectureYears(lectures: readonly Lecture[]): LectureYear[] {
  const byYear = new Map<number, LectureYear>();
  for (const lecture of lectures) {
    const year = yearOf(lecture.data.date);
    const row = byYear.get(year) ?? { year, sessions: 0, attendance: 0 };
    row.sessions += 1;
    row.attendance += lecture.data.attendance ?? 0;
    byYear.set(year, row);
  }
  return fillYears(byYear, (year) => ({ year, sessions: 0, attendance: 0 }));
}

/**
 * Held sessions per theme, most frequent first, read from the catalog's themes (the one place a theme's sessions
 * are gathered), so the theme table and the theme list beside it cannot disagree. Themes with no session held
 * yet are left out of the table.
 */
export function themeCounts(themes: readonly Pick<Theme, 'name' | 'held'>[]): ThemeCount[] {
  return themes
    .filter((theme) => theme.held.length > 0)
    .map((theme) => ({ name: theme.name, sessions: theme.held.length }))
    .sort((a, b) => b.sessions - a.sessions || compareNames(a.name, b.name));
}

/** Sessions and speakers per kind of speaker (专家教授, 领导干部 …), in the order the park's reports use. */
export function speakerKindCounts(lectures: readonly Lecture[], person: (id: string) => Person): SpeakerKindCount[] {
  const sessions = new Map<PersonKind, number>();
  const speakers = new Map<PersonKind, Set<string>>();
  for (const lecture of lectures) {
    const kinds = new Set<PersonKind>();
    for (const id of lecture.data.speakers) {
      const kind = person(id).data.kind;
      kinds.add(kind);
      let set = speakers.get(kind);
      if (!set) speakers.set(kind, (set = new Set()));
      set.add(id);
    }
    for (const kind of kinds) sessions.set(kind, (sessions.get(kind) ?? 0) + 1);
  }
  return PERSON_KINDS.filter((kind) => sessions.has(kind)).map((kind) => ({
    kind,
    sessions: sessions.get(kind) ?? 0,
    speakers: speakers.get(kind)?.size ?? 0,
  }));
}

/** Rows for every year between the first and the last key, oldest first. */
export function fillYears<T>(byYear: Map<number, T>, empty: (year: number) => T): T[] {
  if (byYear.size === 0) return [];
  const years = [...byYear.keys()];
  const rows: T[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) rows.push(byYear.get(year) ?? empty(year));
  return rows;
}
