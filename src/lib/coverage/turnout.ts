/**
 * Who came to each held session, by registered organisation: the one reading of `byOrganisation` that the coverage
 * figures and the 台账 share. Held means what it means everywhere (the catalog's pastLectures and pastMeetings:
 * dated on or before the build date); upcoming sessions are not counted.
 */
import { yearOf, type CalendarDate } from '../dates.ts';
import type { Catalog, Lecture, Meeting } from '../catalog.ts';

export type SessionOf = { series: 'lectures'; session: Lecture } | { series: 'meetings'; session: Meeting };

export type Turnout = SessionOf & {
  date: CalendarDate;
  year: number;
  /** The session's own 人次, as every other page counts it: a lecture's attendance (0 until filled in), a meeting's participants. */
  attendance: number;
  /** 人次 per registered organisation id (an organisation listed twice is summed), in the order first listed. */
  byOrganisation: ReadonlyMap<string, number>;
  /** 人次 assigned to no registered organisation: 未登记单位. Never negative (the content check refuses that). */
  unregistered: number;
};

function turnoutOf(of: SessionOf): Turnout {
  const { data } = of.session;
  const attendance = of.series === 'lectures' ? (of.session.data.attendance ?? 0) : of.session.data.participants;
  const byOrganisation = new Map<string, number>();
  for (const row of data.byOrganisation) {
    byOrganisation.set(row.organisation, (byOrganisation.get(row.organisation) ?? 0) + row.attendance);
  }
  const assigned = [...byOrganisation.values()].reduce((sum, n) => sum + n, 0);
  return {
    ...of,
    date: data.date,
    year: yearOf(data.date),
    attendance,
    byOrganisation,
    unregistered: Math.max(0, attendance - assigned),
  } as Turnout;
}

/** Every held lecture and meeting, oldest first (lectures before meetings on the same day, then by number). */
export function heldTurnouts(catalog: Pick<Catalog, 'pastLectures' | 'pastMeetings'>): Turnout[] {
  const all = [
    ...catalog.pastLectures.map((session) => turnoutOf({ series: 'lectures', session })),
    ...catalog.pastMeetings.map((session) => turnoutOf({ series: 'meetings', session })),
  ];
  return all.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (a.series === b.series ? 0 : a.series === 'lectures' ? -1 : 1) ||
      a.session.data.number - b.session.data.number,
  );
}
