import { describe, expect, it } from 'vitest';
import { barRows } from '../../src/lib/charts/bars.ts';
import { RECENT_MONTHS, statsCharts } from '../../src/components/stats/charts.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { seriesStats } from '../../src/lib/series/index.ts';
import { loadFixture } from '../support/fixture-catalog.ts';

describe('bar rows', () => {
  const rows = barRows([
    { label: '2020', values: [7, 4, 0] },
    { label: '2021', values: [10, 0, 0] },
    { label: '2022', values: [0, 0, 0] },
  ]);

  it('keeps every category, in order, with its total', () => {
    expect(rows.map((row) => [row.label, row.total])).toEqual([
      ['2020', 11],
      ['2021', 10],
      ['2022', 0],
    ]);
  });

  it('scales to the longest bar and stacks the series end to end, leaving out empty segments', () => {
    expect(rows[0]!.segments).toEqual([
      { series: 0, start: 0, length: 63.6 },
      { series: 1, start: 63.6, length: 36.4 },
    ]);
    expect(rows[1]!.segments).toEqual([{ series: 0, start: 0, length: 90.9 }]);
    expect(rows[2]!.segments).toEqual([]);
  });

  it('draws nothing, rather than dividing by zero, when every value is 0', () => {
    expect(barRows([{ label: 'a', values: [0] }])).toEqual([{ label: 'a', total: 0, segments: [] }]);
    expect(barRows([])).toEqual([]);
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
    // …and the chart has a bar for every month of the span, 0 for a month without gifts.
    const months = byId['donations-per-month']!.bars;
    expect(months.filter((bar) => bar.total > 0).map((bar) => bar.label)).toEqual([
      '2023年12月',
      '2024年3月',
      '2024年5月',
    ]);
    expect(months[0]!.label).toBe('2023年12月');
    expect(months.at(-1)!.label).toBe('2024年5月');
    expect(months).toHaveLength(6);
  });

  it('shows the latest two years of monthly gifts, and says so, when there are more', () => {
    const stats = seriesStats(buildCatalog(loadFixture()));
    const month = (i: number) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const donations = Array.from({ length: RECENT_MONTHS + 30 }, (_, i) => ({ month: month(i), titles: 1, copies: 2 }));
    const chart = statsCharts({ ...stats, donations }).find((c) => c.id === 'donations-per-month')!;
    expect(chart.title).toBe(`共享图书馆：每月捐赠图书（种）（近 ${RECENT_MONTHS} 个月）`);
    expect(chart.bars).toHaveLength(RECENT_MONTHS);
    expect(chart.table.rows).toHaveLength(RECENT_MONTHS);
    expect(chart.table.rows[0]![0]).toBe('2017年7月');
    expect(chart.table.rows.at(-1)![0]).toBe('2019年6月');
    expect(byId['top-lead-readers']!.table.rows).toEqual([
      ['李娜', 2, '2020年6月20日'],
      ['曾立', 1, '2020年6月20日'],
    ]);
  });
});
