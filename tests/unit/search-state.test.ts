/** The search page's address-bar state and the editors' synonyms file, as the index build applies it. */
import { describe, expect, it } from 'vitest';
import {
  dropUnknownFilterValues,
  pagefindFilters,
  parseSearchParams,
  toSearchParams,
} from '../../src/lib/search/url-state.ts';
import { parseSynonyms, synonymAdditions, SynonymsError } from '../../src/lib/search/synonyms.ts';
import { pageUrl, withSynonyms } from '../../src/io/search/build-index.ts';
import { formatFilterValues } from '../../src/lib/search/filters.ts';

describe('search state in the URL', () => {
  it('round-trips query, filters (several values = any) and sort', () => {
    const params = new URLSearchParams('q=初心&类型=讲坛&类型=图书&年份=2024&sort=date');
    const state = parseSearchParams(params);
    expect(state).toMatchObject({ q: '初心', sort: 'date', filters: { 类型: ['讲坛', '图书'], 年份: ['2024'] } });
    expect(toSearchParams(state).toString()).toBe(params.toString());
    expect(pagefindFilters(state)).toEqual({ 类型: { any: ['讲坛', '图书'] }, 年份: { any: ['2024'] } });
  });

  it('reports unknown parameters instead of using them', () => {
    const state = parseSearchParams(new URLSearchParams('q=x&颜色=红&sort=weird&类型='));
    expect(state.ignored).toEqual(['颜色=红']);
    expect(state.sort).toBe('relevance');
    expect(state.filters).toEqual({});
  });

  it('drops filter values the index does not know', () => {
    const state = parseSearchParams(new URLSearchParams('类型=讲坛&类型=<script>&状态=在架'));
    const { state: kept, dropped } = dropUnknownFilterValues(state, { 类型: { 讲坛: 3 }, 状态: { 在架: 2 } });
    expect(kept.filters).toEqual({ 类型: ['讲坛'], 状态: ['在架'] });
    expect(dropped).toEqual(['类型=<script>']);
  });

  it('files a hybrid session under both 线上 and 线下', () => {
    expect(formatFilterValues('线上线下')).toEqual(['线上', '线下']);
    expect(formatFilterValues('线下')).toEqual(['线下']);
  });
});

describe('synonyms', () => {
  const groups = parseSynonyms('# 注释\n- [招商, 招商引资]\n- [两学一做, 学党章党规、学系列讲话、做合格党员]\n');

  it('adds the other forms of every group a page mentions, both ways', () => {
    expect(synonymAdditions('园区的招商工作', groups)).toEqual(['招商引资']);
    expect(synonymAdditions('开展两学一做学习教育', groups)).toEqual(['学党章党规、学系列讲话、做合格党员']);
    expect(synonymAdditions('学党章党规，学系列讲话，做合格党员', groups)).toEqual(['两学一做']);
    expect(synonymAdditions('无关内容', groups)).toEqual([]);
  });

  it('explains a broken file by line', () => {
    expect(() => parseSynonyms('- [招商]\n- 招商引资\n')).toThrow(SynonymsError);
    let message = '';
    try {
      parseSynonyms('- [招商]\n- 招商引资\n', 'content/data/synonyms.yaml');
    } catch (error) {
      message = String(error);
    }
    // Asserted outside the catch: if nothing throws, the empty message fails every line below.
    expect(message).toContain('content/data/synonyms.yaml');
    expect(message).toContain('第 1 行：一组至少要有两种不同的写法');
    expect(message).toContain('第 2 行：每组应写成方括号里的几个词');
  });

  it('adds the forms inside the indexed region only, and skips pages that are not indexed', () => {
    const html = '<main><article data-pagefind-body>园区招商</article></main><footer>招商引资</footer>';
    expect(withSynonyms(html, groups)).toBe(
      '<main><article data-pagefind-body>园区招商<div hidden>※ 招商引资</div></article></main><footer>招商引资</footer>',
    );
    expect(withSynonyms('<main>招商</main>', groups)).toBeUndefined();
  });

  it('maps built files to their addresses', () => {
    expect(pageUrl('lectures/3/index.html')).toBe('/lectures/3/');
    expect(pageUrl('index.html')).toBe('/');
  });
});
