/**
 * 非公企业覆盖: which registered organisations the brands reached, per year and in total, 覆盖率 per kind, 人次 per
 * organisation and who is not yet reached this year. Pure; computed once per build (the site model's `coverage`).
 * "This year" is the build date's year, the same date that decides what is held.
 */
import { ORGANISATION_KINDS, type OrganisationKind } from '../../schemas/organisation.ts';
import { yearOf, type CalendarDate } from '../dates.ts';
import type { Catalog, Organisation } from '../catalog.ts';
import { fillYears } from '../series/lectures.ts';
import { heldTurnouts, type Turnout } from './turnout.ts';

export * from './turnout.ts';
export * from './ledger.ts';

export interface CoverageYear {
  year: number;
  /** Held lectures and meetings. */
  sessions: number;
  /** Their 人次 (the sum of the series pages' 人次 and 参加人数 for the year). */
  attendance: number;
  /** Of which assigned to a registered organisation. */
  assigned: number;
  /** Of which assigned to none: 未登记单位. */
  unregistered: number;
  /** Registered organisations with at least one 人次 that year. */
  reached: number;
}

export interface OrganisationCoverage {
  organisation: Organisation;
  /** Held sessions the organisation came to. */
  sessions: number;
  attendance: number;
  /** 人次 this year. */
  attendanceThisYear: number;
  /** Date of the latest session it came to; undefined if never reached. */
  last: CalendarDate | undefined;
}

export interface KindCoverage {
  kind: OrganisationKind;
  registered: number;
  /** Reached in any year. */
  reached: number;
  reachedThisYear: number;
  /** reached ÷ registered, 0–1. */
  rate: number;
  rateThisYear: number;
}

export interface Coverage {
  thisYear: number;
  /** Every year from the first held session to the last, gaps included, oldest first. */
  years: CoverageYear[];
  /** This year's row (zeros when nothing was held this year). */
  current: CoverageYear;
  /** All years together: the totals row; `unregisteredSessions` counts sessions with any 未登记单位 人次. */
  total: Omit<CoverageYear, 'year'> & { registered: number; unregisteredSessions: number };
  /** Per kind of organisation, in the register's order; only kinds with an organisation registered. */
  kinds: KindCoverage[];
  /** Every registered organisation: the reached ones by 人次 (most first), then the others by name. */
  organisations: OrganisationCoverage[];
  /** Registered organisations with no 人次 this year, by kind then name: what the office plans next. */
  notReachedThisYear: Organisation[];
}

const rateOf = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function coverageOf(
  catalog: Pick<Catalog, 'pastLectures' | 'pastMeetings' | 'organisations' | 'today'>,
  turnouts: readonly Turnout[] = heldTurnouts(catalog),
): Coverage {
  const thisYear = yearOf(catalog.today);
  const byYear = new Map<number, CoverageYear & { ids: Set<string> }>();
  const perOrganisation = new Map(
    catalog.organisations.map((o) => [
      o.id,
      { organisation: o, sessions: 0, attendance: 0, attendanceThisYear: 0, last: undefined } as OrganisationCoverage,
    ]),
  );
  const empty = (year: number) => ({
    year,
    sessions: 0,
    attendance: 0,
    assigned: 0,
    unregistered: 0,
    reached: 0,
    ids: new Set<string>(),
  });
  for (const turnout of turnouts) {
    const row = byYear.get(turnout.year) ?? empty(turnout.year);
    byYear.set(turnout.year, row);
    row.sessions += 1;
    row.attendance += turnout.attendance;
    row.unregistered += turnout.unregistered;
    row.assigned += turnout.attendance - turnout.unregistered;
    for (const [id, count] of turnout.byOrganisation) {
      const entry = perOrganisation.get(id);
      // The content check refuses unknown organisations; a 0 is a row the editor keeps for later, not a visit.
      if (!entry || count === 0) continue;
      row.ids.add(id);
      entry.sessions += 1;
      entry.attendance += count;
      if (turnout.year === thisYear) entry.attendanceThisYear += count;
      if (!entry.last || turnout.date > entry.last) entry.last = turnout.date;
    }
  }
  const years = fillYears(byYear, empty).map(({ ids, ...row }) => ({ ...row, reached: ids.size }));
  const everReached = new Set([...byYear.values()].flatMap((row) => [...row.ids]));
  const reachedNow = byYear.get(thisYear)?.ids ?? new Set<string>();

  const kinds = ORGANISATION_KINDS.flatMap((kind): KindCoverage[] => {
    const ofKind = catalog.organisations.filter((o) => o.data.kind === kind);
    if (ofKind.length === 0) return [];
    const reached = ofKind.filter((o) => everReached.has(o.id)).length;
    const reachedThisYear = ofKind.filter((o) => reachedNow.has(o.id)).length;
    return [
      {
        kind,
        registered: ofKind.length,
        reached,
        reachedThisYear,
        rate: rateOf(reached, ofKind.length),
        rateThisYear: rateOf(reachedThisYear, ofKind.length),
      },
    ];
  });

  const sum = (pick: (row: CoverageYear) => number) => years.reduce((total, row) => total + pick(row), 0);
  const kindOrder = (o: Organisation) => ORGANISATION_KINDS.indexOf(o.data.kind);
  // catalog.organisations is already in name order; sorts below are stable.
  const organisations = [...perOrganisation.values()].sort(
    (a, b) => Number(b.attendance > 0) - Number(a.attendance > 0) || b.attendance - a.attendance,
  );
  return {
    thisYear,
    years,
    current: years.find((row) => row.year === thisYear) ?? {
      year: thisYear,
      sessions: 0,
      attendance: 0,
      assigned: 0,
      unregistered: 0,
      reached: 0,
    },
    total: {
      sessions: sum((row) => row.sessions),
      attendance: sum((row) => row.attendance),
      assigned: sum((row) => row.assigned),
      unregistered: sum((row) => row.unregistered),
      reached: everReached.size,
      registered: catalog.organisations.length,
      unregisteredSessions: turnouts.filter((turnout) => turnout.unregistered > 0).length,
    },
    kinds,
    organisations,
    notReachedThisYear: catalog.organisations
      .filter((o) => !reachedNow.has(o.id))
      .sort((a, b) => kindOrder(a) - kindOrder(b)),
  };
}
