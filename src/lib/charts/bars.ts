/**
 * Bar chart geometry, computed at build time and drawn as plain SVG by src/components/stats/ (no chart
 * JavaScript in the browser). Pure: data in, rectangles and labels out, so the numbers can be unit-tested.
 * Colours are not decided here: each bar carries its series index, and CSS maps it to a custom property
 * that changes with dark mode and high contrast.
 */
import { labelEvery, ticks } from './scale.ts';

export interface BarDatum {
  label: string;
  /** One value per series; several series stack. */
  values: readonly number[];
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  series: number;
  value: number;
}

export interface AxisTick {
  value: number;
  /** Position along the value axis (y for columns, x for horizontal bars). */
  at: number;
}

export interface CategoryLabel {
  text: string;
  x: number;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  bars: Bar[];
  ticks: AxisTick[];
  labels: CategoryLabel[];
  /** Total at the end of each bar, for the figures printed on the chart. */
  totals: (CategoryLabel & { value: number })[];
  plot: { left: number; top: number; right: number; bottom: number };
  /** The same data as one row per category, for a chart drawn in HTML at the reader's text size (large text,
   * narrow screens): each segment's length in percent of the axis' top value. */
  rows: ChartRow[];
}

export interface ChartRow {
  label: string;
  total: number;
  segments: { series: number; percent: number }[];
}

/** One row per category, every label kept (the SVG may thin them out), segments as percents of `top`. */
function rowsOf(data: readonly BarDatum[], top: number): ChartRow[] {
  return data.map((datum) => ({
    label: datum.label,
    total: sum(datum.values),
    segments: datum.values
      .map((value, series) => ({ series, percent: round((100 * value) / top) }))
      .filter((segment) => segment.percent > 0),
  }));
}

export interface ColumnOptions {
  width?: number;
  height?: number;
  /** Room for labels under the axis and tick values on the left. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Label every k-th column; default: as many as fit. Empty labels are never drawn. */
  labelEvery?: number;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Vertical (stacked) columns: years, months. */
export function columnChart(data: readonly BarDatum[], options: ColumnOptions = {}): ChartLayout {
  const width = options.width ?? 480;
  const height = options.height ?? 260;
  const margin = options.margin ?? { top: 24, right: 8, bottom: 32, left: 44 };
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
  const max = Math.max(0, ...data.map((d) => sum(d.values)));
  const tickValues = ticks(max);
  const top = tickValues[tickValues.length - 1] ?? 1;
  const scale = (value: number) => ((plot.bottom - plot.top) * value) / top;
  const band = data.length > 0 ? (plot.right - plot.left) / data.length : 0;
  const barWidth = Math.max(1, band * 0.7);
  const every = options.labelEvery ?? labelEvery(data.length, Math.floor((plot.right - plot.left) / 40));
  const bars: Bar[] = [];
  const labels: CategoryLabel[] = [];
  const totals: ChartLayout['totals'] = [];
  data.forEach((datum, i) => {
    const x = plot.left + band * i + (band - barWidth) / 2;
    let y = plot.bottom;
    datum.values.forEach((value, series) => {
      if (value <= 0) return;
      const h = scale(value);
      y -= h;
      bars.push({ x: round(x), y: round(y), width: round(barWidth), height: round(h), series, value });
    });
    const centre = round(x + barWidth / 2);
    if (i % every === 0 && datum.label) labels.push({ text: datum.label, x: centre, y: plot.bottom + 20 });
    // Figures on top of the bars only while they fit.
    if (data.length <= 12)
      totals.push({ text: String(sum(datum.values)), value: sum(datum.values), x: centre, y: round(y - 6) });
  });
  return {
    width,
    height,
    bars,
    ticks: tickValues.map((value) => ({ value, at: round(plot.bottom - scale(value)) })),
    labels,
    totals,
    plot,
    rows: rowsOf(data, top),
  };
}

export interface BarOptions {
  width?: number;
  /** Height of one row. */
  row?: number;
  /** Room for the category labels on the left. */
  labelWidth?: number;
}

/** Horizontal bars, one row per category: classes, people. Labels sit left of the bars and never collide. */
export function barChart(data: readonly BarDatum[], options: BarOptions = {}): ChartLayout {
  const width = options.width ?? 480;
  const row = options.row ?? 28;
  const labelWidth = options.labelWidth ?? 120;
  const plot = { left: labelWidth, top: 8, right: width - 48, bottom: 8 + row * data.length };
  const max = Math.max(0, ...data.map((d) => sum(d.values)));
  const tickValues = ticks(max);
  const top = tickValues[tickValues.length - 1] ?? 1;
  const scale = (value: number) => ((plot.right - plot.left) * value) / top;
  const bars: Bar[] = [];
  const labels: CategoryLabel[] = [];
  const totals: ChartLayout['totals'] = [];
  data.forEach((datum, i) => {
    const y = plot.top + row * i + row * 0.15;
    const h = row * 0.7;
    let x = plot.left;
    datum.values.forEach((value, series) => {
      if (value <= 0) return;
      const w = scale(value);
      bars.push({ x: round(x), y: round(y), width: round(w), height: round(h), series, value });
      x += w;
    });
    const middle = round(y + h / 2 + 5);
    labels.push({ text: datum.label, x: plot.left - 8, y: middle });
    totals.push({ text: String(sum(datum.values)), value: sum(datum.values), x: round(x + 6), y: middle });
  });
  return {
    width,
    height: plot.bottom + 8,
    bars,
    ticks: tickValues.map((value) => ({ value, at: round(plot.left + scale(value)) })),
    labels,
    totals,
    plot,
    rows: rowsOf(data, top),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
