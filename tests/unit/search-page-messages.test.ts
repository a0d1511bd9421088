/**
 * What the search page says (issue 16 point 4), through the one `t()`: the status line for each outcome, the
 * ignored-address notice, and the texts the page carries to the browser (only the ones its script uses).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/t.ts';
import { fill } from '../../src/i18n/translate.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { ignoredNotice, statusText } from '../../src/components/search/messages.ts';
import { SEARCH_PAGE_KEYS, sayFrom, searchPageStrings } from '../../src/components/search/strings.ts';
import SearchPage from '../../src/components/search/SearchPage.astro';

const searchDir = path.resolve(import.meta.dirname, '../../src/components/search');

describe('statusText', () => {
  it('says what to do when there is nothing to search', () => {
    expect(statusText({ kind: 'idle', punctuationOnly: false }, t)).toBe(t('search.status.idle'));
    expect(statusText({ kind: 'idle', punctuationOnly: true }, t)).toBe(
      '请输入文字、数字或拼音再搜索，只有标点符号无法搜索。',
    );
    expect(statusText({ kind: 'loading' }, t)).toBe('正在搜索…');
  });

  it('counts results, says when filters narrowed them, and when only the looser search found them', () => {
    expect(statusText({ kind: 'found', count: 7, filtered: false, relaxed: false }, t)).toBe('找到 7 条结果');
    expect(statusText({ kind: 'found', count: 3, filtered: true, relaxed: false }, t)).toBe(
      '找到 3 条结果（已按所选条件筛选）',
    );
    expect(statusText({ kind: 'found', count: 2, filtered: true, relaxed: true }, t)).toBe(
      '没有完全匹配的结果，以下是包含这些字的 2 条结果',
    );
  });

  it('quotes the query back when nothing was found, and blames the filters when there are some', () => {
    expect(statusText({ kind: 'empty', display: '<b>x</b>', filtered: false }, t)).toBe(
      '没有找到与「<b>x</b>」相关的内容。',
    );
    expect(statusText({ kind: 'empty', display: '振兴', filtered: true }, t)).toBe(
      '没有找到与「振兴」相关的内容。没有符合所选筛选条件的结果，可以减少筛选条件再试。',
    );
    expect(statusText({ kind: 'error' }, t)).toBe(t('search.error'));
  });
});

describe('ignoredNotice', () => {
  it('lists what the address asked for and the page ignored, or nothing', () => {
    expect(ignoredNotice(['颜色=红', '类型=<x>'], t)).toBe('已忽略网址中无法识别的筛选条件：颜色=红、类型=<x>');
    expect(ignoredNotice([], t)).toBeUndefined();
  });
});

describe('the texts the page carries to the browser', () => {
  it('are the dictionary’s, and the script’s say() fills them exactly as t() does', () => {
    const strings = searchPageStrings(t);
    expect(Object.keys(strings).sort()).toEqual([...SEARCH_PAGE_KEYS].sort());
    for (const key of SEARCH_PAGE_KEYS) expect(strings[key]).toBe(zhCN[key]);
    const say = sayFrom(JSON.stringify(strings));
    expect(say('search.status.count', { n: 5 })).toBe(t('search.status.count', { n: 5 }));
    expect(say('search.filters.option', { value: '图书', count: 0 })).toBe('图书（0）');
  });

  it('show a missing text as its key and leave unknown placeholders as written', () => {
    expect(sayFrom('{}')('search.error')).toBe('search.error');
    expect(sayFrom(undefined)('search.status.idle')).toBe('search.status.idle');
    expect(fill('{a}/{b}', { a: 1 })).toBe('1/{b}');
  });

  it('cover every text the script asks for', () => {
    const used = readdirSync(searchDir)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...readFileSync(path.join(searchDir, file), 'utf8').matchAll(/\bsay\(\s*'([\w.]+)'/g)])
      .map((match) => match[1]);
    expect(used.length).toBeGreaterThan(3);
    for (const key of used) expect(SEARCH_PAGE_KEYS, key).toContain(key);
  });

  it('are exactly what the built page holds in data-strings: no other part of the dictionary', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SearchPage);
    const attribute = /data-strings="([^"]*)"/.exec(html)?.[1] ?? '';
    const carried = JSON.parse(
      attribute
        .replace(/&quot;/g, '"')
        .replace(/&#34;/g, '"')
        .replace(/&amp;/g, '&'),
    ) as object;
    expect(carried).toEqual(searchPageStrings(t));
    expect(Object.keys(carried)).not.toContain('search.title');
  });
});
