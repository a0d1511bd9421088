/**
 * The charts of the 数据 page, each as bar rows plus the table that carries the same numbers.
 * Pure: takes the series statistics, returns what the page draws, so tests can compare table rows with content.
 */
import { EVENT_FORMATS } from '../../schemas/fields.ts';
import { t } from '../../i18n/t.ts';
import { formatChineseDate, formatChineseMonth } from '../../lib/dates.ts';
import type { SeriesStats } from '../../lib/series/index.ts';
import { barRows, type ChartRow } from '../../lib/charts/bars.ts';

export interface ChartSpec {
  id: string;
  title: string;
  /** One bar per category, in the table's order. */
  bars: ChartRow[];
  legend?: string[];
  table: { headers: string[]; rows: (string | number)[][] };
}

/** How many lead readers the "top" chart shows. */
export const TOP_LEAD_READERS = 10;

/**
 * How many months of gifts the monthly chart shows: the latest two years. Ten years of months would put some
 * 900 elements on the page (a bar row and a table row each); /library/drive/ keeps the whole month table.
 */
export const RECENT_MONTHS = 24;

const shortClass = (name: string | undefined) => (name ? name.split('、')[0]! : t('stats.unclassified'));

export function statsCharts(stats: SeriesStats): ChartSpec[] {
  const top = stats.rotation.slice(0, TOP_LEAD_READERS);
  const months = stats.donations.slice(-RECENT_MONTHS);
  return [
    {
      id: 'lectures-per-year',
      title: t('stats.lecturesPerYear'),
      bars: barRows(stats.lectureYears.map((y) => ({ label: String(y.year), values: [y.sessions] }))),
      table: {
        headers: [t('stats.col.year'), t('stats.col.sessions')],
        rows: stats.lectureYears.map((y) => [String(y.year), y.sessions]),
      },
    },
    {
      id: 'attendance-per-year',
      title: t('stats.attendancePerYear'),
      bars: barRows(stats.lectureYears.map((y) => ({ label: String(y.year), values: [y.attendance] }))),
      table: {
        headers: [t('stats.col.year'), t('stats.col.attendance')],
        rows: stats.lectureYears.map((y) => [String(y.year), y.attendance]),
      },
    },
    {
      id: 'meetings-per-year',
      title: t('stats.meetingsPerYear'),
      legend: [...EVENT_FORMATS],
      bars: barRows(
        stats.meetingYears.map((y) => ({ label: String(y.year), values: EVENT_FORMATS.map((f) => y.byFormat[f]) })),
      ),
      table: {
        headers: [t('stats.col.year'), ...EVENT_FORMATS, t('stats.col.total')],
        rows: stats.meetingYears.map((y) => [String(y.year), ...EVENT_FORMATS.map((f) => y.byFormat[f]), y.meetings]),
      },
    },
    {
      id: 'books-by-class',
      title: t('stats.booksByClass'),
      bars: barRows(
        stats.clc.map((c) => ({ label: `${c.letter ?? ''} ${shortClass(c.name)}`.trim(), values: [c.titles] })),
      ),
      table: {
        headers: [t('stats.col.class'), t('stats.col.titles'), t('stats.col.copies')],
        rows: stats.clc.map((c) => [c.letter ? `${c.letter} ${c.name}` : t('stats.unclassified'), c.titles, c.copies]),
      },
    },
    {
      id: 'donations-per-month',
      title:
        months.length < stats.donations.length
          ? `${t('stats.donationsPerMonth')}（${t('stats.lastMonths', { n: RECENT_MONTHS })}）`
          : t('stats.donationsPerMonth'),
      bars: barRows(months.map((d) => ({ label: formatChineseMonth(d.month), values: [d.titles] }))),
      table: {
        headers: [t('stats.col.month'), t('stats.col.titles'), t('stats.col.copies')],
        // Months without gifts stay in the chart (a bar of 0: every month of the span) but not in the table.
        rows: months.filter((d) => d.titles > 0).map((d) => [formatChineseMonth(d.month), d.titles, d.copies]),
      },
    },
    {
      id: 'top-lead-readers',
      title: `${t('stats.topLeadReaders')}（${t('stats.topN', { n: TOP_LEAD_READERS })}）`,
      bars: barRows(top.map((turn) => ({ label: turn.person.data.name, values: [turn.meetings] }))),
      table: {
        headers: [t('stats.col.person'), t('stats.col.led'), t('stats.col.last')],
        rows: top.map((turn) => [turn.person.data.name, turn.meetings, formatChineseDate(turn.last)]),
      },
    },
    {
      id: 'lecture-themes',
      title: t('stats.themes'),
      bars: barRows(stats.themes.map((theme) => ({ label: theme.name, values: [theme.sessions] }))),
      table: {
        headers: [t('stats.col.theme'), t('stats.col.sessions')],
        rows: stats.themes.map((theme) => [theme.name, theme.sessions]),
      },
    },
    {
      id: 'speaker-kinds',
      title: t('stats.speakerKinds'),
      bars: barRows(stats.speakerKinds.map((k) => ({ label: k.kind, values: [k.sessions] }))),
      table: {
        headers: [t('stats.col.kind'), t('stats.col.sessions'), t('stats.col.speakers')],
        rows: stats.speakerKinds.map((k) => [k.kind, k.sessions, k.speakers]),
      },
    },
  ];
}
