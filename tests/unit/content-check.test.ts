import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, formatProblems, type Problem } from '../../src/content-check/check.ts';
import { displayWidth, formatProblemTable, summaryLine, totals, wrapText } from '../../src/content-check/report.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE = path.join(ROOT, 'tests/fixtures/site');
const BAD = path.join(ROOT, 'tests/fixtures/bad-content');
const TODAY = '2026-11-27';
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A scratch copy of the fixture site with one bad-content case laid over it. */
function withCase(name?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'djjy-check-'));
  temps.push(dir);
  cpSync(SITE, dir, { recursive: true });
  if (name) cpSync(path.join(BAD, name), dir, { recursive: true });
  return dir;
}
const check = (content: string) => checkContent({ root: ROOT, content, today: TODAY });
const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');

describe('content check', () => {
  it('passes the fixture site without errors', () => {
    expect(errorsOf(check(SITE).problems)).toEqual([]);
  });

  it('reports five different mistakes in one file as five messages, each with file, field, expected, found and example', () => {
    const errors = errorsOf(check(withCase('five-mistakes')).problems);
    expect(errors.map((e) => e.field).sort()).toEqual(['attendence', 'date', 'format', 'speakers[0]', 'title']);
    for (const error of errors) {
      expect(error.file).toMatch(/lectures\/04-five-mistakes\.mdx$/);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(error.expected, error.field).toBeTruthy();
      expect(error.found, error.field).toBeDefined();
      expect(error.example, error.field).toBeTruthy();
    }
    const byField = Object.fromEntries(errors.map((e) => [e.field, e]));
    expect(byField.title).toMatchObject({ found: '（未填写）', example: 'title: 以科技创新引领产业升级' });
    expect(byField.date!.message).toContain('2024-02-30');
    expect(byField.format).toMatchObject({ found: '现场', example: 'format: 线下' });
    expect(byField.attendence!.message).toContain('是不是想写 attendance');
    expect(byField['speakers[0]']).toMatchObject({ rule: 'dangling-reference', found: 'zhang-san' });
    // The example names a person who exists, so copying it gives a valid file.
    expect(byField['speakers[0]']!.example).toBe('speakers: [li-na]');
  });

  // Issue 2's bad inputs: each gives exactly one error naming file, field and what is expected.
  it.each([
    ['missing-field', 'lectures/04-no-title.mdx', 'title', /缺少必填字段 title/],
    ['impossible-date', 'meetings/03-feb-30.mdx', 'date', /「2025-02-30」不存在/],
    ['malformed-date', 'lectures/04-slash-date.mdx', 'date', /YYYY-MM-DD.*「2024\/6\/14」/],
    ['isbn-checksum', 'books/9787544270878.md', 'isbn', /校验位不对.*最后一位应是 8/],
    ['duplicate-lecture', 'lectures/04-again-two.mdx', 'number', /期数 2 已被 .*02-jiaguo\.mdx 使用.*期数 4/],
    ['duplicate-meeting', 'meetings/03-again-one.mdx', 'number', /期数 1 已被 .*01-xuanyan\.mdx 使用.*期数 3/],
    ['missing-book', 'lectures/04-missing-book.mdx', 'recommendedBooks[0]', /找不到图书「9787544270878」/],
    ['missing-person', 'books/9787544270878.md', 'donor', /找不到人物「zhao-si」/],
    ['clc-letter', 'books/9787544270878.md', 'clc', /「W247\.57」的首字母不是 22 个基本大类之一/],
  ])('%s: one error at %s › %s', (name, file, field, message) => {
    const errors = errorsOf(check(withCase(name)).problems);
    expect(errors).toHaveLength(1);
    const [error] = errors as [Problem];
    expect(error.file.endsWith(file)).toBe(true);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.expected).toBeTruthy();
    expect(error.example).toBeTruthy();
  });

  it('explains wrong types in Chinese, with the list syntax editors forget', () => {
    const dir = withCase();
    writeFileSync(
      path.join(dir, 'books/9787108009821.md'),
      '---\ntitle: 书\nauthors: 路遥\nyear: 二〇〇五\ncopies: 两本\nsample: 是\n---\n',
    );
    const byField: Record<string, Problem> = Object.fromEntries(errorsOf(check(dir).problems).map((e) => [e.field, e]));
    expect(byField.authors!.message).toContain('应写成列表');
    expect(byField.authors!.example).toBe('authors: [路遥]');
    expect(byField.year!.message).toContain('出版年应为四位数字');
    expect(byField.copies!.found).toBe('两本');
    expect(byField.sample!.message).toContain('只能是 true 或 false');
    for (const error of Object.values(byField)) expect(error.message).not.toMatch(/Invalid input/);
  });

  it('refuses an end time before the start, warns about placeholders and a book file not named by its ISBN', () => {
    const dir = withCase();
    writeFileSync(
      path.join(dir, 'lectures/04-late.mdx'),
      "---\nnumber: 4\ntitle: 待填写：讲座题目\ndate: 2024-06-14\nstartTime: '16:30'\nendTime: '14:30'\nthemes: [党的理论]\nspeakers: [wang-fang]\nvenue: 报告厅\nformat: 线下\nattendance: 1\nsummary: 摘要。\n# title: 待填写 in a comment is a hint, not content\n---\n",
    );
    writeFileSync(
      path.join(dir, 'books/huozhe.md'),
      '---\ntitle: 活着\nauthors: [余华]\nisbn: 978-7-5442-7087-8\n---\n',
    );
    const problems = check(dir).problems;
    expect(problems.find((p) => p.rule === 'time-order')).toMatchObject({ severity: 'error', field: 'endTime' });
    const placeholders = problems.filter((p) => p.rule === 'placeholder');
    expect(placeholders).toHaveLength(1);
    expect(placeholders[0]).toMatchObject({ severity: 'warning', field: 'title' });
    expect(problems.find((p) => p.rule === 'book-file-name')).toMatchObject({
      severity: 'warning',
      example: '9787544270878.md',
    });
  });

  it('sorts errors before warnings before infos', () => {
    const dir = withCase('five-mistakes');
    writeFileSync(path.join(dir, 'people/nobody-uses.md'), '---\nname: 无人引用\n---\n');
    const severities = check(dir).problems.map((p) => p.severity);
    expect(severities.indexOf('info')).toBeGreaterThan(severities.lastIndexOf('error'));
  });
});

describe('reports', () => {
  const problems = check(withCase('five-mistakes')).problems;

  it('the build report numbers every problem and shows expected, found and example', () => {
    const text = formatProblems(problems);
    expect(text).toMatch(/^1\. \[错误\] .*lectures\/04-five-mistakes\.mdx › /m);
    expect(text).toMatch(/^5\. \[错误\]/m);
    expect(text).toContain('应填：举办日期，格式 YYYY-MM-DD（北京时间）');
    expect(text).toContain('现为：2024-02-30');
    expect(text).toContain('示例：date: 2024-03-01');
  });

  it('the table keeps every line the same width, whatever the terminal width', () => {
    for (const width of [60, 100, 160]) {
      const lines = formatProblemTable(problems, width).split('\n');
      const widths = new Set(lines.map((line) => displayWidth(line)));
      expect(widths.size, `width ${width}`).toBe(1);
      expect([...widths][0]).toBeLessThanOrEqual(width);
    }
    const table = formatProblemTable(problems, 100);
    expect(table).toContain('错误');
    expect(table).toContain('› speakers[0]');
  });

  it('wraps Chinese anywhere without losing a character and never starts a line with a comma', () => {
    const text = '中图法分类号「W123」的首字母不是 22 个基本大类之一（A B C D），例如 D261、I247.5、TP311。';
    for (const width of [10, 17, 24, 40]) {
      const wrapped = wrapText(text, width);
      for (const line of wrapped.split('\n')) {
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(line).not.toMatch(/^[，。、）]/);
      }
      expect(wrapped.replace(/[\n ]/g, '')).toBe(text.replace(/ /g, ''));
    }
  });

  it('counts by severity and says whether the build will run', () => {
    expect(totals(problems)).toEqual({ error: 5, warning: 0, info: 0 });
    expect(summaryLine({ error: 0, warning: 1, info: 2 })).toBe('错误 0 个，警告 1 个，提示 2 个。可以构建。');
  });
});
