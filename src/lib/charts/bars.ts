/**
 * Bar chart rows, computed at build time and drawn in HTML by src/components/stats/BarChart.astro (no chart
 * JavaScript): one row per category, its label set at the reader's text size, its bar the stacked segments of
 * its series. One drawing serves every screen and text size (an SVG chart scales its labels down with its width,
 * below the body size on a phone or in 长辈模式), and it keeps a long chart's page light: a row is four elements
 * and a segment. Pure: data in, rows out. Colours are not decided here: each segment carries its series index, and
 * CSS maps it to a custom property that changes with dark mode and high contrast.
 */

export interface BarDatum {
  label: string;
  /** One value per series; several series stack. */
  values: readonly number[];
}

/** One segment of a row's bar, placed on a track 100 long (so the SVG's viewBox needs no arithmetic). */
export interface BarSegment {
  series: number;
  /** Where the segment starts and how long it is, in percent of the longest bar. */
  start: number;
  length: number;
}

export interface ChartRow {
  label: string;
  /** The sum of the row's values, printed at the end of its bar. */
  total: number;
  segments: BarSegment[];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * One row per category, in the order given, every label kept: the longest bar fills the track and the others are
 * in proportion; empty segments (a value of 0) are left out.
 */
export function barRows(data: readonly BarDatum[]): ChartRow[] {
  const longest = Math.max(0, ...data.map((datum) => sum(datum.values)));
  const percent = (value: number) => (longest > 0 ? round((100 * value) / longest) : 0);
  return data.map((datum) => {
    let before = 0;
    const segments: BarSegment[] = [];
    datum.values.forEach((value, series) => {
      if (value > 0) segments.push({ series, start: percent(before), length: percent(value) });
      before += value;
    });
    return { label: datum.label, total: sum(datum.values), segments };
  });
}
