/**
 * The coverage page in words: its key figures, its two charts with their tables and its 覆盖率 table, from the
 * figures src/lib/coverage computed. Pure, so tests can compare what the page shows with the content.
 */
import { t } from '../../i18n/t.ts';
import { formatChineseDate } from '../../lib/dates.ts';
import type { Coverage } from '../../lib/coverage/index.ts';
import { barRows } from '../../lib/charts/bars.ts';
import type { Organisation } from '../../lib/catalog.ts';
import type { ChartSpec } from '../stats/charts.ts';
import type { Stat } from '../site/StatList.astro';
import type { Cell } from '../site/DataTable.astro';

/** A share as the page prints it: 67%, 66.7% when a whole number would hide a difference, 0%. */
export function percent(rate: number): string {
  const value = Math.round(rate * 1000) / 10;
  return `${value.toLocaleString('zh-CN', { maximumFractionDigits: 1 })}%`;
}

/** The name a chart or a tight table shows. */
export const shortNameOf = (o: Organisation) => o.data.shortName ?? o.data.name;

export function coverageStats(coverage: Coverage): Stat[] {
  const unit = t('coverage.unit.organisations');
  const privateSector = coverage.kinds.find((k) => k.kind === '非公企业');
  return [
    { label: t('coverage.stat.registered'), value: coverage.total.registered, unit },
    { label: t('coverage.stat.reached'), value: coverage.total.reached, unit },
    {
      label: t('coverage.stat.reachedThisYear', { year: coverage.thisYear }),
      value: coverage.current.reached,
      unit,
    },
    ...(privateSector
      ? [
          {
            label: t('coverage.stat.rate', { kind: privateSector.kind }),
            value: Math.round(privateSector.rate * 1000) / 10,
            unit: t('coverage.unit.percent'),
          },
        ]
      : []),
  ];
}

export function coverageCharts(coverage: Coverage): ChartSpec[] {
  const reached = coverage.organisations.filter((o) => o.attendance > 0);
  return [
    {
      id: 'coverage-per-year',
      title: t('coverage.chart.perYear'),
      bars: barRows(coverage.years.map((y) => ({ label: String(y.year), values: [y.reached] }))),
      table: {
        headers: [
          t('coverage.col.year'),
          t('coverage.col.reached'),
          t('coverage.col.sessions'),
          t('coverage.col.attendance'),
          t('coverage.col.unregistered'),
        ],
        rows: [
          ...coverage.years.map((y) => [String(y.year), y.reached, y.sessions, y.attendance, y.unregistered]),
          [
            t('coverage.total'),
            coverage.total.reached,
            coverage.total.sessions,
            coverage.total.attendance,
            coverage.total.unregistered,
          ],
        ],
      },
    },
    {
      id: 'coverage-per-organisation',
      title: t('coverage.chart.perOrganisation'),
      bars: barRows([
        ...reached.map((o) => ({ label: shortNameOf(o.organisation), values: [o.attendance] })),
        { label: t('coverage.unregistered'), values: [coverage.total.unregistered] },
      ]),
      table: {
        headers: [
          t('coverage.col.organisation'),
          t('coverage.col.sessions'),
          t('coverage.col.attendance'),
          t('coverage.col.attendanceThisYear', { year: coverage.thisYear }),
        ],
        rows: [
          // The chart's own labels: full names are in the register table below.
          ...reached.map((o) => [shortNameOf(o.organisation), o.sessions, o.attendance, o.attendanceThisYear]),
          [
            t('coverage.unregistered'),
            coverage.total.unregisteredSessions,
            coverage.total.unregistered,
            coverage.current.unregistered,
          ],
        ],
      },
    },
  ];
}

/** A plain table of figures (src/components/site/DataTable.astro): column heads, rows whose first cell is the header. */
export interface TextTable {
  columns: Cell[];
  rows: Cell[][];
}

/** A row's cells: the header as given, every other cell numeric where its column is. */
const cellsOf = (columns: readonly Cell[], [head, ...rest]: [Cell, ...string[]]): Cell[] => [
  head,
  ...rest.map((text, i) => ({ text, num: columns[i + 1]?.num })),
];

const count = (n: number) => n.toLocaleString('zh-CN');

export function kindTable(coverage: Coverage): TextTable {
  const year = coverage.thisYear;
  const columns: Cell[] = [
    { text: t('coverage.col.kind'), num: false },
    { text: t('coverage.col.registered'), num: true },
    { text: t('coverage.col.reachedEver'), num: true },
    { text: t('coverage.col.rateEver'), num: true },
    { text: t('coverage.col.reachedThisYear', { year }), num: true },
    { text: t('coverage.col.rateThisYear', { year }), num: true },
  ];
  return {
    columns,
    rows: coverage.kinds.map((k) =>
      cellsOf(columns, [
        { text: k.kind },
        count(k.registered),
        count(k.reached),
        percent(k.rate),
        count(k.reachedThisYear),
        percent(k.rateThisYear),
      ]),
    ),
  };
}

export function registerTable(coverage: Coverage): TextTable {
  // Kind and party organisation go under the name: seven columns do not fit a phone.
  const columns: Cell[] = [
    { text: t('coverage.col.organisation'), num: false },
    { text: t('coverage.col.members'), num: true },
    { text: t('coverage.col.sessions'), num: true },
    { text: t('coverage.col.attendance'), num: true },
    { text: t('coverage.col.last'), num: false },
  ];
  return {
    columns,
    rows: coverage.organisations.map(({ organisation: o, sessions, attendance, last }) =>
      cellsOf(columns, [
        { text: o.data.name, note: [o.data.kind, o.data.partyOrganisation].join(t('common.listSeparator')) },
        o.data.partyMembers === undefined ? '—' : count(o.data.partyMembers),
        count(sessions),
        count(attendance),
        last ? formatChineseDate(last) : t('coverage.never'),
      ]),
    ),
  };
}
