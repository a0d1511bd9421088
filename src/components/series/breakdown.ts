/**
 * The small tables under a series' totals (分类统计), as data for the one Breakdown component:
 * 初心讲坛 by year, theme and speaker kind; 南江读书会 by year and format, the lead-reader rotation and who wrote
 * outputs. Figures come from the series statistics (held sessions only); here they are only put into words.
 */
import { EVENT_FORMATS } from '../../schemas/fields.ts';
import type { SeriesStats } from '../../lib/series/index.ts';
import type { LeadReaderTurn } from '../../lib/series/meetings.ts';
import type { SeriesSlug } from '../../lib/series/series.ts';
import { formatChineseDate } from '../../lib/dates.ts';
import { slugify } from '../../lib/slug.ts';
import { paths } from '../../lib/urls.ts';
import { t } from '../../i18n/t.ts';

import type { Cell } from '../site/DataTable.astro';

export interface BreakdownTable {
  /** The table's name: its caption, or the heading above it when `heading` is set. */
  name: string;
  /** A heading (h3) with this id, and a line under it, instead of a caption. */
  heading?: { id: string; lede: string };
  columns: Cell[];
  /** The first cell of a row is its header. */
  rows: Cell[][];
  /** A link to the whole list, when the table shows only its first rows. */
  more?: { href: string; label: string };
}

export interface BreakdownView {
  id: string;
  /** Tables side by side on a wide screen. */
  grid: boolean;
  tables: BreakdownTable[];
  /** A closing list of links under a heading, e.g. who wrote outputs. */
  links?: { id: string; heading: string; items: { href: string; label: string }[] };
}

const col = (key: Parameters<typeof t>[0], num = true): Cell => ({ text: t(key), num });
const yearCell = (year: number, href: string): Cell => ({ text: t('common.year', { year }), href });
const grouped = (n: number) => n.toLocaleString('zh-CN');

function lectureBreakdown(stats: SeriesStats): BreakdownView {
  return {
    id: 'lecture-breakdown',
    grid: true,
    tables: [
      {
        name: t('series.perYear'),
        columns: [col('stats.col.year', false), col('stats.col.sessions'), col('stats.col.attendance')],
        rows: stats.lectureYears.map((row) => [
          yearCell(row.year, paths.lectureYear(row.year)),
          { text: row.sessions, num: true },
          { text: grouped(row.attendance), num: true },
        ]),
      },
      {
        name: t('series.byTheme'),
        columns: [col('stats.col.theme', false), col('stats.col.sessions')],
        rows: stats.themes.map((theme) => [
          { text: theme.name, href: paths.lectureTheme(slugify(theme.name)) },
          { text: theme.sessions, num: true },
        ]),
      },
      {
        name: t('series.byKind'),
        columns: [col('stats.col.kind', false), col('stats.col.sessions'), col('stats.col.speakers')],
        rows: stats.speakerKinds.map((kind) => [
          { text: kind.kind },
          { text: kind.sessions, num: true },
          { text: kind.speakers, num: true },
        ]),
      },
    ],
  };
}

/**
 * How many lead readers the series page's rotation table shows (most turns first); the whole rotation is on
 * /meetings/rotation/, paged, so a club of hundreds of members does not make the series page heavy.
 */
export const ROTATION_SHOWN = 10;

/** The lead-reader rotation table for `turns`; under it a link to the whole rotation when it has more than those. */
export function rotationTable(turns: readonly LeadReaderTurn[], total: number): BreakdownTable {
  return {
    name: t('series.rotation'),
    heading: { id: 'rotation', lede: t('series.rotation.lede') },
    columns: [col('stats.col.person', false), col('stats.col.led'), col('stats.col.last', false)],
    rows: turns.map((turn) => [
      { text: turn.person.data.name, href: paths.person(turn.person.id) },
      { text: turn.meetings, num: true },
      { text: formatChineseDate(turn.last), href: paths.meeting(turn.lastNumber) },
    ]),
    ...(total > turns.length && {
      more: { href: paths.meetingRotation(), label: t('series.rotation.all', { n: total }) },
    }),
  };
}

function meetingBreakdown(stats: SeriesStats): BreakdownView {
  return {
    id: 'meeting-breakdown',
    grid: false,
    tables: [
      {
        name: t('series.perYear'),
        columns: [
          col('stats.col.year', false),
          col('stats.col.sessions'),
          ...EVENT_FORMATS.map((format) => ({ text: format, num: true })),
          col('stats.col.participants'),
          col('stats.col.outputs'),
        ],
        rows: stats.meetingYears.map((row) => [
          yearCell(row.year, paths.meetingYear(row.year)),
          { text: row.meetings, num: true },
          ...EVENT_FORMATS.map((format) => ({ text: row.byFormat[format], num: true })),
          { text: grouped(row.participants), num: true },
          { text: row.outputs, num: true },
        ]),
      },
      rotationTable(stats.rotation.slice(0, ROTATION_SHOWN), stats.rotation.length),
    ],
    ...(stats.outputsPerPerson.length > 0 && {
      links: {
        id: 'outputs-by-person',
        heading: t('series.outputsPerPerson'),
        items: stats.outputsPerPerson.map(({ item, outputs }) => ({
          href: paths.person(item.id),
          label: `${item.data.name}（${outputs}）`,
        })),
      },
    }),
  };
}

export const breakdownOf = (series: SeriesSlug, stats: SeriesStats): BreakdownView =>
  series === 'lectures' ? lectureBreakdown(stats) : meetingBreakdown(stats);
