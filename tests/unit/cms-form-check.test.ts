/**
 * The web editor's check before saving (src/cms/form-check.ts) refuses each content-check rule's bad example that a
 * form can produce, in the content check's own words; it accepts a clean entry and normalises an ISBN with hyphens.
 * (tests/e2e/admin-edit.spec.ts drives the same refusals through the form in Chromium.)
 */
import { describe, expect, it } from 'vitest';
import { formProblems, FORM_RULES, type FormEntry, type KnownEntry } from '../../src/cms/form-check.ts';

const known: KnownEntry[] = [
  { collection: 'lectures', slug: '11', label: '第 11 期「以科技创新引领产业升级」', number: 11 },
  { collection: 'books', slug: '9787020002207', label: '《红楼梦》', isbn: '9787020002207' },
];
const lecture = {
  number: 12,
  title: '园区数字经济新机遇',
  date: '2026-12-20',
  startTime: '14:30',
  endTime: '16:30',
  themes: ['科技创新'],
  speakers: ['kuang-weidong'],
  venue: '园区党群服务中心报告厅',
  format: '线下',
  summary: '讲解园区数字经济的新机遇。',
  body: '正文',
};
const book = { title: '活着', authors: ['余华'], publisher: '南海出版公司', isbn: '9787544270878', body: '' };
const entry = (collection: FormEntry['collection'], slug: string, data: Record<string, unknown>): FormEntry => ({
  collection,
  slug,
  extension: collection === 'lectures' || collection === 'meetings' ? 'mdx' : 'md',
  data,
});
const messages = (input: FormEntry) => formProblems(input, known).problems.map((p) => `${p.field ?? ''}|${p.message}`);

describe('the form refuses what the content check refuses', () => {
  it('runs the content check’s own rules', () => {
    expect(FORM_RULES.map((rule) => rule.name)).toEqual([
      'file-name',
      'schema',
      'duplicate-number',
      'duplicate-isbn',
      'time-order',
    ]);
  });

  it('accepts a clean lecture and a clean book', () => {
    expect(messages(entry('lectures', '12', lecture))).toEqual([]);
    expect(messages(entry('books', '9787544270878', book))).toEqual([]);
  });

  const bad: [string, FormEntry, RegExp][] = [
    [
      'schema: ISBN check digit',
      entry('books', '9787500635100', { ...book, isbn: '9787500635100' }),
      /^isbn\|ISBN「9787500635100」的校验位不对：.*最后一位应是 9/,
    ],
    [
      'duplicate-number',
      entry('lectures', '11-1', { ...lecture, number: 11 }),
      /^number\|期数 11 已被 第 11 期「以科技创新引领产业升级」 使用.*下一个空闲的期数 12/,
    ],
    [
      'duplicate-isbn',
      entry('books', '9787020002207-1', { ...book, isbn: '978-7-02-000220-7' }),
      /^isbn\|ISBN 9787020002207 与 《红楼梦》 重复/,
    ],
    [
      'schema: date format',
      entry('lectures', '12', { ...lecture, date: '12/20/2026' }),
      /^date\|日期应写成 YYYY-MM-DD/,
    ],
    [
      'schema: impossible date',
      entry('lectures', '12', { ...lecture, date: '2026-02-30' }),
      /^date\|日期「2026-02-30」不存在/,
    ],
    [
      'schema: time',
      entry('lectures', '12', { ...lecture, startTime: '2:30' }),
      /^startTime\|时间应写成 24 小时制 HH:mm/,
    ],
    [
      'time-order',
      entry('lectures', '12', { ...lecture, endTime: '14:00' }),
      /^endTime\|结束时间 14:00 不晚于开始时间 14:30/,
    ],
    [
      'schema: alt text',
      entry('lectures', '12', { ...lecture, photos: [{ src: './images/a.jpg', alt: '' }] }),
      /^photos\[0\]\.alt\|/,
    ],
    [
      'schema: 中图法',
      entry('books', '9787544270878', { ...book, clc: 'L123' }),
      /^clc\|中图法分类号「L123」的首字母不是/,
    ],
    ['schema: required', entry('lectures', '12', { ...lecture, venue: '' }), /^venue\|缺少必填字段 venue/],
    [
      'file-name',
      entry('people', 'Wang Xiaoming', { name: '王小明' }),
      /^\|文件名「Wang Xiaoming\.md」只能用小写字母、数字和连字符/,
    ],
  ];
  for (const [rule, input, expected] of bad) {
    it(`refuses ${rule}`, () => {
      const found = messages(input);
      expect(
        found.some((message) => expected.test(message)),
        found.join('\n'),
      ).toBe(true);
    });
  }

  it('stores an ISBN typed with hyphens as its 13 digits, as the build reads it', () => {
    const { problems, normalised } = formProblems(
      entry('books', '9787209050876', { ...book, isbn: '978-7-209-05087-6' }),
      known,
    );
    expect(problems).toEqual([]);
    expect(normalised.isbn).toBe('9787209050876');
  });
});
