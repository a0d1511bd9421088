import { describe, expect, it } from 'vitest';
import { barChart, columnChart } from '../../src/lib/charts/bars.ts';
import { niceStep, ticks } from '../../src/lib/charts/scale.ts';
import { RECENT_MONTHS, statsCharts } from '../../src/components/stats/charts.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { seriesStats } from '../../src/lib/series/index.ts';
import { loadFixture } from '../support/fixture-catalog.ts';

describe('axis ticks', () => {
  it('picks round steps that cover the maximum', () => {
    expect(ticks(3)).toEqual([0, 1, 2, 3]);
    expect(ticks(940)).toEqual([0, 250, 500, 750, 1000]);
    expect(ticks(0)).toEqual([0, 1]);
    expect(niceStep(7)).toBe(2);
  });
});

describe('column chart geometry', () => {
  const layout = columnChart([
    { label: '2020', values: [7, 4, 0] },
    { label: '2021', values: [10, 0, 0] },
  ]);

  it('stacks series and scales heights to the values', () => {
    expect(layout.bars.map((b) => [b.series, b.value])).toEqual([
      [0, 7],
      [1, 4],
      [0, 10],
    ]);
    const unit = (layout.plot.bottom - layout.plot.top) / layout.ticks[layout.ticks.length - 1]!.value;
    for (const bar of layout.bars) expect(bar.height).toBeCloseTo(bar.value * unit, 0);
    // The second segment sits on top of the first.
    expect(layout.bars[1]!.y + layout.bars[1]!.height).toBeCloseTo(layout.bars[0]!.y, 0);
    expect(layout.totals.map((t) => t.text)).toEqual(['11', '10']);
  });

  it('keeps bars inside the plot', () => {
    for (const bar of layout.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.right);
      expect(bar.y).toBeGreaterThanOrEqual(layout.plot.top - 0.1);
    }
  });

  it('thins out labels when columns are many, and skips empty ones', () => {
    const many = columnChart(Array.from({ length: 60 }, (_, i) => ({ label: `m${i}`, values: [1] })));
    expect(many.labels.length).toBeLessThanOrEqual(12);
    const sparse = columnChart(
      [
        { label: '2020', values: [1] },
        { label: '', values: [2] },
      ],
      { labelEvery: 1 },
    );
    expect(sparse.labels.map((l) => l.text)).toEqual(['2020']);
  });

  it('also gives one row per category for the HTML chart: every label, segments in percent of the top tick', () => {
    const many = columnChart(Array.from({ length: 60 }, (_, i) => ({ label: `m${i}`, values: [1] })));
    expect(many.rows).toHaveLength(60);
    const top = layout.ticks[layout.ticks.length - 1]!.value;
    expect(layout.rows).toEqual([
      {
        label: '2020',
        total: 11,
        segments: [
          { series: 0, percent: Math.round((700 / top) * 10) / 10 },
          { series: 1, percent: Math.round((400 / top) * 10) / 10 },
        ],
      },
      { label: '2021', total: 10, segments: [{ series: 0, percent: Math.round((1000 / top) * 10) / 10 }] },
    ]);
  });
});

describe('bar chart geometry', () => {
  it('draws one row per category with widths proportional to values', () => {
    const layout = barChart([
      { label: '李娜', values: [4] },
      { label: '曾立', values: [2] },
    ]);
    expect(layout.labels.map((l) => l.text)).toEqual(['李娜', '曾立']);
    expect(layout.bars[0]!.width).toBeCloseTo(layout.bars[1]!.width * 2, 0);
    expect(layout.height).toBeGreaterThan(2 * 28);
  });
});

describe('the 数据 page charts', () => {
  const charts = statsCharts(seriesStats(buildCatalog(loadFixture())));
  const byId = Object.fromEntries(charts.map((c) => [c.id, c]));

  it('has every chart the issue asks for, each with a table', () => {
    expect(charts.map((c) => c.id)).toEqual([
      'lectures-per-year',
      'attendance-per-year',
      'meetings-per-year',
      'books-by-class',
      'donations-per-month',
      'top-lead-readers',
      'lecture-themes',
      'speaker-kinds',
    ]);
    for (const chart of charts) expect(chart.table.rows.length, chart.id).toBeGreaterThan(0);
  });

  it('tables carry the content’s numbers', () => {
    expect(byId['attendance-per-year']!.table.rows).toEqual([['2024', 350]]);
    expect(byId['meetings-per-year']!.table.rows).toEqual([['2020', 1, 1, 0, 2]]);
    expect(byId['books-by-class']!.table.rows).toEqual([
      ['A 马克思主义、列宁主义、毛泽东思想、邓小平理论', 1, 1],
      ['I 文学', 1, 2],
      ['未分类', 1, 1],
    ]);
    // Months without a gift are on the axis but not in the table.
    expect(byId['donations-per-month']!.table.rows).toEqual([
      ['2023年12月', 1, 1],
      ['2024年3月', 1, 1],
      ['2024年5月', 1, 2],
    ]);
    expect(byId['donations-per-month']!.layout.bars).toHaveLength(3);
  });

  it('shows the latest two years of monthly gifts, and says so, when there are more', () => {
    const stats = seriesStats(buildCatalog(loadFixture()));
    const month = (i: number) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const donations = Array.from({ length: RECENT_MONTHS + 30 }, (_, i) => ({ month: month(i), titles: 1, copies: 2 }));
    const chart = statsCharts({ ...stats, donations }).find((c) => c.id === 'donations-per-month')!;
    expect(chart.title).toBe(`共享图书馆：每月捐赠图书（种）（近 ${RECENT_MONTHS} 个月）`);
    expect(chart.layout.bars).toHaveLength(RECENT_MONTHS);
    expect(chart.table.rows).toHaveLength(RECENT_MONTHS);
    expect(chart.table.rows[0]![0]).toBe('2017年7月');
    expect(chart.table.rows.at(-1)![0]).toBe('2019年6月');
    expect(byId['top-lead-readers']!.table.rows).toEqual([
      ['李娜', 2, '2020年6月20日'],
      ['曾立', 1, '2020年6月20日'],
    ]);
  });
});
