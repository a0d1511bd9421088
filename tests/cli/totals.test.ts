/**
 * The home page totals are computed from content: change the content, rebuild, and they follow.
 * Also proves an editor's new file appears on the site after a rebuild.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite, copyFixture } from '../support/build-site.ts';

function homeTotals(outDir: string): Record<string, string> {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  // Each figure is a <dt> label and a <dd> whose value may sit in its own element (the figure set large).
  const pairs = [...html.matchAll(/<dt>([^<]+)<\/dt>\s*<dd>\s*(?:<span[^>]*>)?([\d,]+)/g)];
  return Object.fromEntries(pairs.map((m) => [m[1]!, m[2]!]));
}

describe('home totals follow the content', () => {
  it('counts the fixture, then a newly added lecture and book', () => {
    const content = copyFixture();
    const first = buildSite(content);
    expect(first.status, first.output).toBe(0);
    expect(homeTotals(first.outDir)).toEqual({
      讲坛期数: '2',
      受教育人次: '350',
      读书会期数: '2',
      在架图书: '3',
      捐赠人: '2',
    });

    writeFileSync(
      path.join(content, 'lectures', '04-new.mdx'),
      [
        '---',
        'number: 4',
        'title: 编辑新加的一期',
        'date: 2025-06-06',
        'themes: [自然资源]',
        'speakers: [li-na]',
        'venue: 报告厅',
        'format: 线下',
        'attendance: 1234',
        'summary: 新增讲座。',
        '---',
        '正文。',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(content, 'books', '9787544270878.md'),
      [
        '---',
        'title: 新捐的书',
        'authors: [某作者]',
        'isbn: 978-7-5442-7087-8',
        'donor: zeng-li',
        'copies: 3',
        '---',
        '',
      ].join('\n'),
    );
    const second = buildSite(content, { outDir: first.outDir });
    expect(second.status, second.output).toBe(0);
    expect(homeTotals(second.outDir)).toEqual({
      讲坛期数: '3',
      受教育人次: '1,584',
      读书会期数: '2',
      在架图书: '6',
      捐赠人: '3',
    });
    const page = readFileSync(path.join(second.outDir, 'lectures/4/index.html'), 'utf8');
    expect(page).toContain('编辑新加的一期');
    expect(readFileSync(path.join(second.outDir, 'books/9787544270878/index.html'), 'utf8')).toContain('新捐的书');
  });
});
