/**
 * The printed sheet of a lecture or meeting on a real build: an upcoming session (by BUILD_DATE) prints as a
 * notice (活动通知), a session already held prints as a record (活动记录) with its turnout. The fixture site plus
 * one meeting after the pinned build date, so both series have a past and an upcoming session.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, type BuildResult } from '../support/build-site.ts';

const BUILD_DATE = '2026-12-01';
let built: BuildResult;

beforeAll(() => {
  const content = copyFixture();
  const held = readFileSync(path.join(content, 'meetings/02-pingfan.mdx'), 'utf8');
  writeFileSync(
    path.join(content, 'meetings/03-xuanyan-zaidu.mdx'),
    held
      .replace('number: 2', 'number: 3')
      .replace('date: 2020-06-20', 'date: 2030-03-15')
      .replace(/\noutputs:[\s\S]*?\n---/, '\n---'),
  );
  built = buildSite(content, { env: { BUILD_DATE } });
}, 900_000);

/** The printed sheet's text: the `.print-notice` section, tags removed, whitespace collapsed. */
function printed(route: string): { kind: string | undefined; text: string } {
  const html = readFileSync(path.join(built.outDir, route, 'index.html'), 'utf8');
  const section = /<section class="print-notice"[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return {
    kind: /data-print="(\w+)"/.exec(section)?.[1],
    text: section.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '),
  };
}

describe('print sheet of a session', () => {
  it('builds', () => {
    expect(built.status, built.output).toBe(0);
  });

  // Fixture dates: lecture 1 (2024-04-12) and meeting 2 (2020-06-20) are held by 2026-12-01; lecture 3
  // (2030-01-10) and the added meeting 3 (2030-03-15) are still to come. A record shows the turnout; a notice not.
  it.each([
    ['lectures/1', 'record', '初心讲坛 · 第1期 · 活动记录', '受教育人次 200 人次', ['活动通知']],
    ['meetings/2', 'record', '南江读书会 · 第2期 · 活动记录', '参加人数 18 人', ['活动通知']],
    ['lectures/3', 'notice', '初心讲坛 · 第3期 · 活动通知', '', ['活动记录', '受教育人次']],
    ['meetings/3', 'notice', '南江读书会 · 第3期 · 活动通知', '', ['活动记录', '参加人数']],
  ])('%s prints as a %s', (route, kind, kicker, turnout, absent) => {
    const sheet = printed(route);
    expect(sheet.kind).toBe(kind);
    expect(sheet.text).toContain(kicker);
    expect(sheet.text).toContain(turnout);
    for (const text of absent) expect(sheet.text).not.toContain(text);
  });
});
