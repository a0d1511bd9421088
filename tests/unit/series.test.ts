import { describe, expect, it } from 'vitest';
import { buildCatalog, type Meeting, type Person } from '../../src/lib/catalog.ts';
import { checkContext } from '../../src/content-check/check.ts';
import { meetingSchema } from '../../src/schemas/meeting.ts';
import { personSchema } from '../../src/schemas/person.ts';
import {
  donationsPerMonth,
  leadReaderRotation,
  lectureYears,
  meetingYears,
  seriesStats,
  speakerKindCounts,
  themeCounts,
} from '../../src/lib/series/index.ts';
import { loadFixture } from '../support/fixture-catalog.ts';
import { lectureEntry } from '../support/schema-entries.ts';

// Entries made through the real schemas, so defaults and normalisation are what a build sees.
const lecture = lectureEntry;
const meeting = (number: number, date: string, extra: Record<string, unknown> = {}): Meeting => ({
  id: `m${number}`,
  data: meetingSchema(checkContext).parse({
    number,
    title: `读书会${number}`,
    date,
    format: '线下',
    leadReaders: ['li-na'],
    participants: 10,
    ...extra,
  }) as Meeting['data'],
});
const person = (id: string, name: string, kind?: string): Person => ({
  id,
  data: personSchema(checkContext).parse({ name, ...(kind ? { kind } : {}) }) as Person['data'],
});
const people = new Map([
  ['wang-fang', person('wang-fang', '王芳', '专家教授')],
  ['zeng-li', person('zeng-li', '曾立', '先进典型')],
  ['li-na', person('li-na', '李娜')],
  ['an-qi', person('an-qi', '安琪')],
]);
const lookup = (id: string) => people.get(id)!;

describe('series statistics from the fixture site', () => {
  const catalog = buildCatalog(loadFixture());
  const stats = seriesStats(catalog);

  it('counts held lectures per year; the 2030 session is upcoming and not counted', () => {
    expect(stats.lectureYears).toEqual([{ year: 2024, sessions: 2, attendance: 350 }]);
  });

  it('breaks lectures down by theme and by speaker kind', () => {
    // 党的理论 (dang) < 家国情怀 (jia) < 科技创新 (ke): equal counts fall back to pinyin order.
    expect(stats.themes).toEqual([
      { name: '党的理论', sessions: 1 },
      { name: '家国情怀', sessions: 1 },
      { name: '科技创新', sessions: 1 },
    ]);
    expect(stats.speakerKinds).toEqual([
      { kind: '专家教授', sessions: 2, speakers: 1 },
      { kind: '先进典型', sessions: 1, speakers: 1 },
    ]);
  });

  it('counts meetings per year by format, with participants and outputs', () => {
    expect(stats.meetingYears).toEqual([
      {
        year: 2020,
        meetings: 2,
        participants: 38,
        outputs: 3,
        byFormat: { 线下: 1, 线上: 1, 线上线下: 0 },
      },
    ]);
  });

  it('shows the lead-reader rotation and who wrote outputs', () => {
    expect(stats.rotation.map((t) => [t.person.id, t.meetings, t.last, t.lastNumber])).toEqual([
      ['li-na', 2, '2020-06-20', 2],
      ['zeng-li', 1, '2020-06-20', 2],
    ]);
    expect(stats.turnOf('li-na')?.meetings).toBe(2);
    expect(stats.turnOf('wang-fang')).toBeUndefined();
    // Equal counts in roster order: surnames read as surnames (曾 zēng), so li < wang < zeng.
    expect(stats.outputsPerPerson.map((o) => [o.item.id, o.outputs])).toEqual([
      ['li-na', 1],
      ['wang-fang', 1],
      ['zeng-li', 1],
    ]);
  });

  it('counts books by 中图法 class and donations per month, gaps included', () => {
    expect(stats.clc.map((c) => [c.letter, c.titles, c.copies])).toEqual([
      ['A', 1, 1],
      ['I', 1, 2],
      [undefined, 1, 1],
    ]);
    expect(stats.donations).toEqual([
      { month: '2023-12', titles: 1, copies: 1 },
      { month: '2024-01', titles: 0, copies: 0 },
      { month: '2024-02', titles: 0, copies: 0 },
      { month: '2024-03', titles: 1, copies: 1 },
      { month: '2024-04', titles: 0, copies: 0 },
      { month: '2024-05', titles: 1, copies: 2 },
    ]);
  });

  it('counts the 2030 lecture once the build date passes it', () => {
    const later = seriesStats(buildCatalog(loadFixture(undefined, '2030-01-10')));
    expect(later.lectureYears.map((y) => [y.year, y.sessions])).toEqual([
      [2024, 2],
      [2025, 0],
      [2026, 0],
      [2027, 0],
      [2028, 0],
      [2029, 0],
      [2030, 1],
    ]);
  });
});

describe('series statistics, edge cases', () => {
  it('keeps empty years on the axis and sums only recorded attendance', () => {
    const rows = lectureYears([
      lecture(1, '2021-03-01', { attendance: 100 }),
      lecture(2, '2023-05-01'),
      lecture(3, '2023-09-01', { attendance: 50 }),
    ]);
    expect(rows).toEqual([
      { year: 2021, sessions: 1, attendance: 100 },
      { year: 2022, sessions: 0, attendance: 0 },
      { year: 2023, sessions: 2, attendance: 50 },
    ]);
    expect(lectureYears([])).toEqual([]);
  });

  it('counts a session once per theme and once per speaker kind, however often listed', () => {
    const lectures = [
      lecture(1, '2024-01-01', { themes: ['科技创新', '科技创新', '家国情怀'], speakers: ['wang-fang', 'zeng-li'] }),
      lecture(2, '2024-02-01', { themes: ['家国情怀'], speakers: ['wang-fang'] }),
    ];
    const { themes } = buildCatalog({ lectures, meetings: [], books: [], people: [], today: '2024-12-31' });
    expect(themeCounts(themes)).toEqual([
      { name: '家国情怀', sessions: 2 },
      { name: '科技创新', sessions: 1 },
    ]);
    expect(speakerKindCounts(lectures, lookup)).toEqual([
      { kind: '专家教授', sessions: 2, speakers: 1 },
      { kind: '先进典型', sessions: 1, speakers: 1 },
    ]);
  });

  it('orders the rotation by turns, then by who led most recently', () => {
    const meetings = [
      meeting(1, '2021-01-10', { leadReaders: ['an-qi'] }),
      meeting(2, '2021-02-10', { leadReaders: ['li-na', 'an-qi'] }),
      meeting(3, '2021-03-10', { leadReaders: ['zeng-li'] }),
      meeting(4, '2021-04-10', { leadReaders: ['li-na'] }),
    ];
    expect(leadReaderRotation(meetings, lookup).map((t) => [t.person.id, t.meetings, t.last])).toEqual([
      ['li-na', 2, '2021-04-10'],
      ['an-qi', 2, '2021-02-10'],
      ['zeng-li', 1, '2021-03-10'],
    ]);
  });

  it('splits meeting years by format', () => {
    const rows = meetingYears([
      meeting(1, '2020-02-01', { format: '线上' }),
      meeting(2, '2020-03-01', { format: '线上' }),
      meeting(3, '2022-03-01', { format: '线上线下' }),
    ]);
    expect(rows.map((r) => [r.year, r.meetings, r.byFormat])).toEqual([
      [2020, 2, { 线下: 0, 线上: 2, 线上线下: 0 }],
      [2021, 0, { 线下: 0, 线上: 0, 线上线下: 0 }],
      [2022, 1, { 线下: 0, 线上: 0, 线上线下: 1 }],
    ]);
  });

  it('runs donation months across a year end', () => {
    const book = (donatedOn: string) => ({ id: donatedOn, data: { donatedOn, copies: 1 } }) as never;
    expect(donationsPerMonth([book('2023-11-05'), book('2024-02-01')]).map((d) => d.month)).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
  });
});
