/** 南江读书会 in numbers: meetings per year by format, lead-reader rotation, members' outputs. Pure. */
import { EVENT_FORMATS, type EventFormat } from '../../schemas/fields.ts';
import { compareNames } from '../collate.ts';
import { yearOf, type CalendarDate } from '../dates.ts';
import type { Meeting, Person } from '../catalog.ts';
import { fillYears } from './lectures.ts';

export interface MeetingYear {
  year: number;
  meetings: number;
  participants: number;
  outputs: number;
  byFormat: Record<EventFormat, number>;
}

export interface LeadReaderTurn {
  person: Person;
  /** Meetings this person led (alone or with others). */
  meetings: number;
  /** Date of the most recent meeting they led. */
  last: CalendarDate;
  lastNumber: number;
}

export interface OutputCount<T> {
  item: T;
  outputs: number;
}

const noFormats = (): Record<EventFormat, number> =>
  Object.fromEntries(EVENT_FORMATS.map((f) => [f, 0])) as Record<EventFormat, number>;

export function meetingYears(meetings: readonly Meeting[]): MeetingYear[] {
  const byYear = new Map<number, MeetingYear>();
  const empty = (year: number): MeetingYear => ({
    year,
    meetings: 0,
    participants: 0,
    outputs: 0,
    byFormat: noFormats(),
  });
  for (const meeting of meetings) {
    const year = yearOf(meeting.data.date);
    const row = byYear.get(year) ?? empty(year);
    row.meetings += 1;
    row.participants += meeting.data.participants;
    row.outputs += meeting.data.outputs.length;
    row.byFormat[meeting.data.format] += 1;
    byYear.set(year, row);
  }
  return fillYears(byYear, empty);
}

/**
 * Who has led how many meetings and when last: the "everyone teaches" rotation.
 * Most turns first; ties go to whoever led most recently, then by pinyin.
 */
export function leadReaderRotation(meetings: readonly Meeting[], person: (id: string) => Person): LeadReaderTurn[] {
  const turns = new Map<string, LeadReaderTurn>();
  for (const meeting of meetings) {
    for (const id of new Set(meeting.data.leadReaders)) {
      const turn = turns.get(id);
      if (!turn) {
        turns.set(id, { person: person(id), meetings: 1, last: meeting.data.date, lastNumber: meeting.data.number });
        continue;
      }
      turn.meetings += 1;
      if (meeting.data.date > turn.last || (meeting.data.date === turn.last && meeting.data.number > turn.lastNumber)) {
        turn.last = meeting.data.date;
        turn.lastNumber = meeting.data.number;
      }
    }
  }
  return [...turns.values()].sort(
    (a, b) =>
      b.meetings - a.meetings ||
      (a.last < b.last ? 1 : a.last > b.last ? -1 : 0) ||
      compareNames(a.person.data.name, b.person.data.name),
  );
}

/** Outputs per author, most first, then by pinyin. */
export function outputsPerPerson(meetings: readonly Meeting[], person: (id: string) => Person): OutputCount<Person>[] {
  const counts = new Map<string, number>();
  for (const meeting of meetings) {
    for (const output of meeting.data.outputs) counts.set(output.author, (counts.get(output.author) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, outputs]) => ({ item: person(id), outputs }))
    .sort((a, b) => b.outputs - a.outputs || compareNames(a.item.data.name, b.item.data.name));
}
