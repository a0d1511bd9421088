/**
 * The search page's state handling (issue 16 point 4): the form ⇄ state ⇄ address, what one search asks Pagefind
 * (and the looser second try), and when the help shows. Pagefind is a recording fake here; the real one is in
 * tests/e2e/search*.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { addressFor, filterGroups, formValues, stateFromForm } from '../../src/lib/search/form-state.ts';
import type { PagefindResponse, PagefindSearchOptions } from '../../src/lib/search/pagefind-api.ts';
import {
  answerOutcome,
  searchPlan,
  searchWithFallback,
  showsHelp,
  type SearchPlan,
} from '../../src/lib/search/search-plan.ts';
import type { SearchState } from '../../src/lib/search/url-state.ts';

const state = (overrides: Partial<SearchState> = {}): SearchState => ({
  q: '',
  sort: 'relevance',
  filters: {},
  ...overrides,
});
type Planned = Extract<SearchPlan, { kind: 'search' }>;
const planned = (s: SearchState) => searchPlan(s) as Planned;

describe('searchPlan', () => {
  it('asks nothing for an empty box, and says so apart when only punctuation was typed', () => {
    expect(searchPlan(state())).toEqual({ kind: 'idle', punctuationOnly: false });
    expect(searchPlan(state({ q: '   ' }))).toEqual({ kind: 'idle', punctuationOnly: false });
    expect(searchPlan(state({ q: '。，！' }))).toEqual({ kind: 'idle', punctuationOnly: true });
  });

  it('searches the normalised term with the filters and sort, quoting back what was typed', () => {
    const plan = planned(state({ q: ' 第10期 ', sort: 'date', filters: { 类型: ['讲坛'] } }));
    expect(plan).toEqual({
      kind: 'search',
      term: 'di10qi',
      display: '第10期',
      filtered: true,
      options: { filters: { 类型: { any: ['讲坛'] } }, sort: { date: 'desc' } },
    });
  });

  it('lists every page that passes the filters when the box is empty (term null), unsorted by default', () => {
    expect(planned(state({ filters: { 状态: ['在架'] } }))).toMatchObject({
      term: null,
      filtered: true,
      options: { filters: { 状态: { any: ['在架'] } } },
    });
    expect(planned(state({ filters: { 状态: ['在架'] } })).options.sort).toBeUndefined();
  });

  it('keeps a looser term for Han runs only', () => {
    expect(planned(state({ q: '一卷' })).loose).toBe('一 卷');
    expect(planned(state({ q: 'chuxin' })).loose).toBeUndefined();
  });
});

/** A Pagefind that answers from a table and records what it was asked. */
function fakePagefind(answers: Record<string, number | null>) {
  const asked: [string | null, PagefindSearchOptions | undefined][] = [];
  const response = (n: number): PagefindResponse => ({
    results: Array.from({ length: n }, (_, i) => ({ id: String(i), data: () => Promise.reject(new Error('unused')) })),
    filters: {},
  });
  return {
    asked,
    search(term: string | null, options?: PagefindSearchOptions) {
      asked.push([term, options]);
      const n = answers[term ?? ''];
      return Promise.resolve(n === null || n === undefined ? null : response(n));
    },
  };
}

describe('searchWithFallback', () => {
  it('takes the exact answer when it has results, without a second try', async () => {
    const pf = fakePagefind({ 一卷: 3, '一 卷': 9 });
    const answer = await searchWithFallback(pf, planned(state({ q: '一卷' })), () => true);
    expect(answer?.response.results).toHaveLength(3);
    expect(answer?.relaxed).toBe(false);
    expect(pf.asked.map(([term]) => term)).toEqual(['一卷']);
  });

  it('tries the looser term with the same options when the exact one finds nothing', async () => {
    const pf = fakePagefind({ 一卷: 0, '一 卷': 2 });
    const plan = planned(state({ q: '一卷', sort: 'date' }));
    const answer = await searchWithFallback(pf, plan, () => true);
    expect(answer?.relaxed).toBe(true);
    expect(answer?.response.results).toHaveLength(2);
    expect(pf.asked).toEqual([
      ['一卷', plan.options],
      ['一 卷', plan.options],
    ]);
    const none = await searchWithFallback(fakePagefind({ 一卷: 0, '一 卷': 0 }), plan, () => true);
    expect(none).toMatchObject({ relaxed: false });
    expect(none?.response.results).toEqual([]);
  });

  it('drops an answer that newer input overtook, and one Pagefind did not give', async () => {
    let current = true;
    const pf = fakePagefind({ 一卷: 0, '一 卷': 2 });
    const pending = searchWithFallback(pf, planned(state({ q: '一卷' })), () => current);
    current = false;
    expect(await pending).toBeUndefined();
    expect(pf.asked).toHaveLength(1);
    expect(await searchWithFallback(fakePagefind({}), planned(state({ q: 'x' })), () => true)).toBeUndefined();
  });
});

describe('outcome and help', () => {
  const answer = (n: number, relaxed = false) => ({
    response: {
      results: Array.from({ length: n }, (_, i) => ({ id: `${i}`, data: () => Promise.reject() })),
      filters: {},
    },
    relaxed,
    exact: n,
    term: '振兴',
  });

  it('reports found or empty with what the status line needs', () => {
    const plan = planned(state({ q: ' 振兴 ', filters: { 类型: ['图书'] } }));
    expect(answerOutcome(plan, answer(0))).toEqual({ kind: 'empty', display: '振兴', filtered: true });
    expect(answerOutcome(plan, answer(4, true))).toEqual({ kind: 'found', count: 4, filtered: true, relaxed: true });
  });

  it('shows the tips when nothing was found or only punctuation was typed, and on errors unless search cannot start', () => {
    expect(showsHelp({ kind: 'empty', display: 'x', filtered: false }, false)).toBe(true);
    expect(showsHelp({ kind: 'idle', punctuationOnly: true }, false)).toBe(true);
    expect(showsHelp({ kind: 'idle', punctuationOnly: false }, false)).toBe(false);
    expect(showsHelp({ kind: 'found', count: 1, filtered: false, relaxed: false }, false)).toBe(false);
    expect(showsHelp({ kind: 'loading' }, false)).toBe(false);
    expect(showsHelp({ kind: 'error' }, false)).toBe(true);
    expect(showsHelp({ kind: 'error' }, true)).toBe(false);
  });
});

describe('form ⇄ state ⇄ address', () => {
  it('reads the form: ticked boxes grouped by filter, any other sort value is relevance', () => {
    const form = {
      q: '初心',
      sort: 'date',
      checked: [
        ['类型', '讲坛'],
        ['年份', '2024'],
        ['类型', '图书'],
        ['颜色', '红'],
      ] as const,
    };
    expect(stateFromForm(form, state(), true)).toEqual({
      q: '初心',
      sort: 'date',
      filters: { 类型: ['讲坛', '图书'], 年份: ['2024'] },
    });
    expect(stateFromForm({ ...form, sort: '' }, state(), true).sort).toBe('relevance');
  });

  it('keeps the filters from the address while the pane has not shown its boxes', () => {
    const previous = state({ filters: { 状态: ['在架'] } });
    expect(stateFromForm({ q: 'x', sort: '', checked: [] }, previous, false).filters).toEqual({ 状态: ['在架'] });
    expect(stateFromForm({ q: 'x', sort: '', checked: [] }, previous, true).filters).toEqual({});
  });

  it('gives the form its values back', () => {
    const values = formValues(state({ q: 'a', sort: 'date', filters: { 类型: ['图书'] } }));
    expect([values.q, values.sort]).toEqual(['a', 'date']);
    expect(values.isChecked('类型', '图书')).toBe(true);
    expect(values.isChecked('类型', '讲坛')).toBe(false);
    expect(values.isChecked('颜色', '图书')).toBe(false);
    expect(formValues(state()).sort).toBe('');
  });

  it('writes the address with parameters only when there are any', () => {
    expect(addressFor('/search/', state())).toBe('/search/');
    expect(addressFor('/djjy/search/', state({ q: '初心', sort: 'date', filters: { 类型: ['讲坛'] } }))).toBe(
      `/djjy/search/?q=${encodeURIComponent('初心')}&${encodeURIComponent('类型')}=${encodeURIComponent('讲坛')}&sort=date`,
    );
  });
});

describe('filterGroups', () => {
  it('lists every known value in filter order and Chinese (pinyin) collation order, counted over the current results', () => {
    const known = { 状态: { 在架: 5, 借出: 1 }, 类型: { 讲坛: 2, 图书: 5, 读书会: 3 }, 形式: {} };
    const groups = filterGroups(known, { 类型: { 图书: 4 } }, state({ filters: { 类型: ['读书会'] } }));
    expect(groups.map((g) => g.name)).toEqual(['类型', '状态']);
    expect(groups[0]?.options).toEqual([
      { value: '读书会', count: 0, checked: true },
      { value: '讲坛', count: 0, checked: false },
      { value: '图书', count: 4, checked: false },
    ]);
    expect(groups[1]?.options.map((o) => o.value)).toEqual(['借出', '在架']);
  });
});
