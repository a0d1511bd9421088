/**
 * The search page's results and filter pane as the script builds them (issue 16 point 4): Pagefind's data for a
 * page → what the result shows → the markup data ./dom.ts turns into elements. Serialised here to HTML so the
 * expectations read like the page.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/t.ts';
import { resultView } from '../../src/lib/search/result-view.ts';
import { filterGroups } from '../../src/lib/search/form-state.ts';
import type { PagefindResultData } from '../../src/lib/search/pagefind-api.ts';
import { filterFieldsets, resultItem, type NodeData } from '../../src/components/search/view.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const VOID = new Set(['img', 'input']);

/** Node data as HTML, the way the browser would serialise the elements ./dom.ts makes from it. */
function html(node: NodeData): string {
  if (typeof node === 'string') return escape(node);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => (value === true ? ` ${name}=""` : ` ${name}="${escape(value).replace(/"/g, '&quot;')}"`))
    .join('');
  const children = node.children.map(html).join('');
  return VOID.has(node.tag) ? `<${node.tag}${attrs}>` : `<${node.tag}${attrs}>${children}</${node.tag}>`;
}

function data(overrides: Partial<PagefindResultData> = {}): PagefindResultData {
  return {
    url: '/meetings/23/?pagefind-highlight=%E6%8C%AF%E5%85%B4',
    excerpt: '本期共读。围绕乡村<mark>振兴</mark>展开讨论。',
    content: '',
    meta: { title: '读懂乡村振兴', number: '第23期', date: '2022-03-18', summary: '一期关于乡村的读书会。' },
    filters: { 类型: ['读书会'], 年份: ['2022'] },
    ...overrides,
  };
}

describe('resultView', () => {
  it('takes the type from the 类型 filter, and writes 第N期 and the date the Chinese way', () => {
    const view = resultView(data());
    expect(view).toMatchObject({ type: '读书会', facts: '第23期 · 2022年3月18日', title: '读懂乡村振兴' });
    expect(view.href).toBe('/meetings/23/?pagefind-highlight=%E6%8C%AF%E5%85%B4');
  });

  it('shows the part of the facts a page has, and reads a datetime by its day', () => {
    const book = data({ meta: { title: '书', date: '2024-03-01T00:00:00+08:00' }, filters: { 类型: ['图书'] } });
    expect(resultView(book).facts).toBe('2024年3月1日');
    expect(resultView(data({ meta: { title: '讲坛', number: '第3期' } })).facts).toBe('第3期');
    expect(resultView(data({ meta: { title: '人', date: 'soon' }, filters: {} }))).toMatchObject({ facts: '' });
    expect(resultView(data({ filters: {} })).type).toBeUndefined();
  });

  it('starts the excerpt where its sentence starts, with the matched words marked', () => {
    expect(resultView(data()).excerpt).toEqual([
      { text: '围绕乡村', mark: false },
      { text: '振兴', mark: true },
      { text: '展开讨论。', mark: false },
    ]);
  });

  it("shows the summary when only the invisible index words matched, and the URL when there's no title", () => {
    const view = resultView(data({ excerpt: '本期共读。※ <mark>zhenxing</mark> di23qi', meta: { summary: '摘要。' } }));
    expect(view.excerpt).toEqual([{ text: '摘要。', mark: false }]);
    expect(view.title).toBe(view.href);
    expect(resultView(data({ excerpt: '※ <mark>x</mark>', meta: {} })).excerpt).toEqual([]);
  });

  it('uses only the small cover copy as thumbnail, never Pagefind’s automatic image', () => {
    expect(resultView(data({ meta: { title: 'x', image: '/big.jpg' } })).thumb).toBeUndefined();
    expect(resultView(data({ meta: { title: 'x', thumb: '/_astro/c.webp' } })).thumb).toBe('/_astro/c.webp');
  });
});

describe('resultItem', () => {
  it('lays a result out as thumbnail, meta line with badge, title link and excerpt', () => {
    const item = resultItem(resultView(data({ meta: { ...data().meta, thumb: '/c.webp' } })));
    expect(html(item)).toBe(
      '<li><img src="/c.webp" alt="" loading="lazy"><div>' +
        '<p class="meta"><span class="badge">读书会</span> 第23期 · 2022年3月18日</p>' +
        '<h2><a href="/meetings/23/?pagefind-highlight=%E6%8C%AF%E5%85%B4">读懂乡村振兴</a></h2>' +
        '<p class="search__excerpt">围绕乡村<mark>振兴</mark>展开讨论。</p></div></li>',
    );
  });

  it('leaves out the thumbnail and badge a page does not have', () => {
    const item = resultItem(resultView(data({ filters: {}, meta: { title: '人物' }, excerpt: '<mark>人</mark>。' })));
    expect(html(item)).toBe(
      '<li><div><p class="meta"></p><h2><a href="/meetings/23/?pagefind-highlight=%E6%8C%AF%E5%85%B4">人物</a></h2>' +
        '<p class="search__excerpt">…<mark>人</mark>。</p></div></li>',
    );
  });

  it('keeps text from the index as text: markup in a title or excerpt never becomes elements', () => {
    const evil = data({
      filters: {},
      meta: { title: '<img src=x onerror=alert(1)>' },
      excerpt: '&lt;script&gt;alert(1)&lt;/script&gt; <mark>振兴</mark>。',
    });
    const item = resultItem(resultView(evil));
    const tags = (node: NodeData): string[] =>
      typeof node === 'string' ? [] : [node.tag, ...node.children.flatMap(tags)];
    expect(tags(item).sort()).toEqual(['a', 'div', 'h2', 'li', 'mark', 'p', 'p'].sort());
    expect(html(item)).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html(item)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('filterFieldsets', () => {
  it('gives each filter a fieldset and each value a checkbox labelled with its count', () => {
    const known = { 类型: { 图书: 40, 讲坛: 12 }, 状态: { 在架: 30 } };
    const state = { q: '', sort: 'relevance' as const, filters: { 类型: ['图书'] } };
    const groups = filterGroups(known, { 类型: { 图书: 7 } }, state);
    expect(filterFieldsets(groups, t).map(html)).toEqual([
      '<fieldset><legend>类型</legend><ul>' +
        '<li><label><input type="checkbox" name="类型" value="讲坛">讲坛（0）</label></li>' +
        '<li><label><input type="checkbox" name="类型" value="图书" checked="">图书（7）</label></li>' +
        '</ul></fieldset>',
      '<fieldset><legend>状态</legend><ul>' +
        '<li><label><input type="checkbox" name="状态" value="在架">在架（0）</label></li></ul></fieldset>',
    ]);
  });
});
