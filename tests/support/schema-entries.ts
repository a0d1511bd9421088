/**
 * Entries made through the real schemas for unit tests, so defaults and normalisation are what a build sees: a
 * complete lecture by number and date, with any field overridden.
 */
import type { Lecture } from '../../src/lib/catalog.ts';
import { checkContext } from '../../src/content-check/check.ts';
import { lectureSchema } from '../../src/schemas/lecture.ts';

export const lectureEntry = (number: number, date: string, extra: Record<string, unknown> = {}): Lecture => ({
  id: `l${number}`,
  data: lectureSchema(checkContext).parse({
    number,
    title: `讲座${number}`,
    date,
    themes: ['科技创新'],
    speakers: ['wang-fang'],
    venue: '报告厅',
    format: '线下',
    summary: '摘要。',
    ...extra,
  }) as Lecture['data'],
});
