import { describe, expect, it } from 'vitest';
import { calendarDateProblem, formatChineseDate, todayInChina, byDateDesc } from '../../src/lib/dates.ts';

describe('calendar dates', () => {
  it('accepts real dates, leap days included', () => {
    expect(calendarDateProblem('2024-02-29')).toBeNull();
    expect(calendarDateProblem('2000-02-29')).toBeNull();
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(calendarDateProblem('2024-02-30')).toBe('day');
    expect(calendarDateProblem('2023-02-29')).toBe('day');
    expect(calendarDateProblem('1900-02-29')).toBe('day');
    expect(calendarDateProblem('2024-13-01')).toBe('month');
    expect(calendarDateProblem('2024-3-1')).toBe('format');
  });

  it('reads today in China time, not UTC', () => {
    // 2024-03-01 17:30 UTC is already 2024-03-02 in Beijing.
    expect(todayInChina(new Date('2024-03-01T17:30:00Z'))).toBe('2024-03-02');
  });

  it('prints dates the Chinese way', () => {
    expect(formatChineseDate('2024-03-01')).toBe('2024年3月1日');
  });

  it('sorts newest first', () => {
    expect(['2020-01-01', '2024-01-01', '2022-01-01'].sort(byDateDesc((d) => d))).toEqual([
      '2024-01-01',
      '2022-01-01',
      '2020-01-01',
    ]);
  });
});
