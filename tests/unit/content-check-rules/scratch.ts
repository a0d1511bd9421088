/** A scratch copy of the fixture site with some files added, changed or removed, and the content check over it. */
import { afterAll } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, type Problem } from '../../../src/content-check/check.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const SITE = path.join(ROOT, 'tests/fixtures/site');
/** After every past session of the fixture site, before its upcoming one (2030). */
export const TODAY = '2026-11-27';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Copies the fixture site, writes `files` (path → text; `null` deletes), and returns the content folder. */
export function scratchSite(files: Record<string, string | Buffer | null> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'djjy-rule-'));
  temps.push(dir);
  cpSync(SITE, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    const abs = path.join(dir, file);
    if (text === null) rmSync(abs);
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
  return dir;
}

/** The problems one rule reports for a scratch site (by the rule's `rule` name, in report order). */
export function problemsOf(rule: string, content: string, today = TODAY): Problem[] {
  return checkContent({ root: ROOT, content, today }).problems.filter((p) => p.rule === rule);
}

/** A valid lecture file (number 9) with some fields replaced or added: `{ endTime: "'13:00'" }`. */
export function lecture(fields: Record<string, string> = {}, body = '正文'): string {
  const base: Record<string, string> = {
    number: '9',
    title: '规则测试讲坛',
    date: '2024-09-09',
    startTime: "'14:30'",
    endTime: "'16:30'",
    themes: '[党的理论]',
    speakers: '[wang-fang]',
    venue: '园区党群服务中心报告厅',
    format: '线下',
    attendance: '100',
    summary: '用于规则测试。',
  };
  const lines = Object.entries({ ...base, ...fields })
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}
