/**
 * The 台账: one row per held lecture and meeting, the ledger the party-affairs office keeps for inspections and the
 * yearly report. Pure data (ids, names, numbers, dates); the column words and the .xlsx and print forms are
 * presentation (src/components/coverage/). Built from the same turnouts as the coverage figures, so a year's rows
 * and 人次 are the series pages' own figures for that year.
 */
import type { EventFormat } from '../../schemas/fields.ts';
import type { CalendarDate } from '../dates.ts';
import type { Catalog } from '../catalog.ts';
import type { Turnout } from './turnout.ts';

export interface LedgerRow {
  series: 'lectures' | 'meetings';
  number: number;
  date: CalendarDate;
  year: number;
  title: string;
  /** Speakers (lectures) or lead readers (meetings), by name, in the order written. */
  leaders: string[];
  venue: string | undefined;
  format: EventFormat;
  /** The session's 人次; undefined for a held lecture whose attendance is not filled in yet. */
  attendance: number | undefined;
  /** Registered organisations that came, by name, in the order listed. */
  organisations: string[];
  photos: number;
  /** Members' written outputs (心得); lectures have none. */
  outputs: number;
}

export function ledgerRows(
  turnouts: readonly Turnout[],
  catalog: Pick<Catalog, 'person' | 'organisation'>,
): LedgerRow[] {
  return turnouts.map((turnout): LedgerRow => {
    const { data } = turnout.session;
    const common = {
      series: turnout.series,
      number: data.number,
      date: data.date,
      year: turnout.year,
      title: data.title,
      venue: data.venue,
      format: data.format,
      organisations: [...turnout.byOrganisation]
        .filter(([, count]) => count > 0)
        .map(([id]) => catalog.organisation(id).data.name),
      photos: data.photos.length,
    };
    if (turnout.series === 'lectures') {
      const lecture = turnout.session.data;
      return {
        ...common,
        leaders: lecture.speakers.map((id) => catalog.person(id).data.name),
        attendance: lecture.attendance,
        outputs: 0,
      };
    }
    const meeting = turnout.session.data;
    return {
      ...common,
      leaders: meeting.leadReaders.map((id) => catalog.person(id).data.name),
      attendance: meeting.participants,
      outputs: meeting.outputs.length,
    };
  });
}

/** The years that have ledger rows, newest first: one download and one print page each. */
export function ledgerYears(rows: readonly LedgerRow[]): number[] {
  return [...new Set(rows.map((row) => row.year))].sort((a, b) => b - a);
}

/** The rows of one year, or all of them. */
export const ledgerRowsOf = (rows: readonly LedgerRow[], year: number | 'all') =>
  year === 'all' ? [...rows] : rows.filter((row) => row.year === year);

/** The totals a ledger states: sessions and 人次. */
export const ledgerTotals = (rows: readonly LedgerRow[]) => ({
  sessions: rows.length,
  attendance: rows.reduce((sum, row) => sum + (row.attendance ?? 0), 0),
});
