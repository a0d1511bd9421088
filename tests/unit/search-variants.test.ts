/**
 * Queries as people type them (issue 24): traditional ↔ simplified conversion (OpenCC) at index and query time, the
 * same-sound expansion through pinyin, the suggestion, the words an excerpt marks, and the search flow that uses
 * them. Pagefind is a recording fake here; the real one is in tests/e2e/search-forgiving.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { withSynonyms } from '../../src/io/search/build-index.ts';
import { matchedExcerpt, readableExcerpt } from '../../src/lib/search/excerpt.ts';
import type { PagefindResponse } from '../../src/lib/search/pagefind-api.ts';
import { searchPlan, searchWithFallback, type SearchPlan } from '../../src/lib/search/search-plan.ts';
import {
  buildVariantTable,
  simplifiedAdditions,
  toSimplified,
  traditionalBitmap,
} from '../../src/lib/search/variant-table.ts';
import { holdsLiterally, matchSpans, traditionalTest } from '../../src/lib/search/query-match.ts';
import { Variants } from '../../src/lib/search/variants.ts';

const table = buildVariantTable('覃嵐');
const variants = new Variants(table);
const readingsOnly = new Variants({ pinyin: table.pinyin });

describe('traditional → simplified', () => {
  it('converts phrases and names with OpenCC, Taiwan and Hong Kong forms alike', () => {
    expect(toSimplified('紅樓夢')).toBe('红楼梦');
    expect(toSimplified('鄧凱文、歐陽嵐')).toBe('邓凯文、欧阳岚');
    expect(toSimplified('著作權')).toBe('著作权');
    expect(toSimplified('裡')).toBe('里');
    expect(toSimplified('已经是简体')).toBe('已经是简体');
  });

  it('adds the simplified form of traditional text to the indexed copy, once, and nothing for simplified pages', () => {
    expect(simplifiedAdditions('作者：曹雪芹 書名：紅樓夢（紅樓夢）')).toEqual(['书名', '红楼梦']);
    expect(simplifiedAdditions('书名：红楼梦')).toEqual([]);
    const html = '<main><article data-pagefind-body>歐陽嵐 讀書筆記</article></main>';
    expect(withSynonyms(html, [])).toBe(
      '<main><article data-pagefind-body>歐陽嵐 讀書筆記<div hidden>※ 欧阳岚 读书笔记</div></article></main>',
    );
    // Synonyms apply to the simplified copy too.
    expect(withSynonyms('<main data-pagefind-body>共享圖書館</main>', [['图书馆', '书屋']])).toContain(
      '※ 共享图书馆 书屋',
    );
  });

  it('converts a query character by character in the browser, from the served table', () => {
    expect(variants.simplified('紅樓夢 第3期')).toBe('红楼梦 第3期');
    expect(variants.simplified('鄧凱文')).toBe('邓凯文');
    // Without the traditional part, the readings still know simplified characters.
    expect(readingsOnly.simplified('紅樓夢')).toBe('紅樓夢');
    // Characters of the content outside the common set are covered too (覃, 岚).
    expect(readingsOnly.readings('覃')).toContain('qin');
  });

  it('keeps the table small enough to load on demand', () => {
    expect(new TextEncoder().encode(table.pinyin).length).toBeLessThan(16_000);
    expect(new TextEncoder().encode(table.t2s).length).toBeLessThan(20_000);
  });
});

describe('same-sound slips', () => {
  it('spells a query in usual readings, joined per run as the index spells titles', () => {
    expect(variants.pinyinTerm('初新讲坛')).toBe('chuxinjiangtan');
    expect(variants.pinyinTerm('中过哲学简史')).toBe('zhongguozhexuejianshi');
    expect(variants.pinyinTerm('红兴照耀中国')).toBe('hongxingzhaoyaozhongguo');
    expect(variants.pinyinTerm('紅樓夢')).toBe('hongloumeng');
    expect(variants.pinyinTerm('python')).toBeUndefined();
  });

  it('knows every reading of a polyphone, the usual one first', () => {
    expect(variants.readings('重')[0]).toBe('zhong');
    expect(variants.readings('重')).toContain('chong');
    expect(variants.soundAlike('心', '新')).toBe(true);
    expect(variants.soundAlike('心', '星')).toBe(false);
    expect(variants.soundAlike('樓', '楼')).toBe(true);
  });

  it('suggests the words of the page that sound like the query', () => {
    expect(variants.suggestion('初新讲坛', ['营商环境就是生产力', '初心讲坛 · 第9期'])).toBe('初心讲坛');
    expect(variants.suggestion('红兴照耀中国 读后感', ['《红星照耀中国》'])).toBe('红星照耀中国 读后感');
    // Nothing to suggest when the page says what was typed, or only its traditional form.
    expect(variants.suggestion('初心讲坛', ['初心讲坛'])).toBeUndefined();
    expect(variants.suggestion('紅樓夢', ['红楼梦'])).toBeUndefined();
    expect(variants.suggestion('初新讲坛', ['别的内容'])).toBeUndefined();
  });
});

describe('the words an excerpt marks', () => {
  it('finds the query as typed, converted, by sound, then word by word', () => {
    const text = '负责园区非公企业党建和党员教育';
    expect(matchSpans(text, '非公党建').map((s) => text.slice(s.start, s.end))).toEqual(['非公', '党建']);
    expect(matchSpans('读《红楼梦》', '紅樓夢', variants)).toEqual([{ start: 2, end: 5 }]);
    expect(matchSpans('第9期 初心讲坛', '初新讲坛', variants)).toEqual([{ start: 4, end: 8 }]);
    expect(matchSpans('讀《紅樓夢》', '红楼梦', variants)).toEqual([{ start: 2, end: 5 }]);
    expect(matchSpans('Python 编程', 'python')).toEqual([{ start: 0, end: 6 }]);
    expect(matchSpans('毫不相干', '初新讲坛', variants)).toEqual([]);
  });

  it('tells a page that holds the query from one that holds only its characters', () => {
    expect(holdsLiterally('创新驱动。初心讲坛开讲', '初新讲坛')).toBe(false);
    expect(holdsLiterally('读\u200b《红楼梦》', '红楼梦')).toBe(true);
    expect(holdsLiterally('讀《紅樓夢》', '红楼梦', variants)).toBe(true);
    expect(holdsLiterally('随便什么', 'python')).toBe(false);
  });

  const page =
    '覃海燕. 。职务：党群工作部部长。 负责园区非公企业党建和党员教育，牵头组织初心讲坛。 她坚持每期讲坛都坐在最后一排听完。 ※ 非公党建 非公有制企业党建';
  const find = (term: string) => (text: string) => matchSpans(text, term, variants);
  const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

  it('cuts its own excerpt around the words when Pagefind marked only the invisible words or a lone character', () => {
    const pagefind =
      '《中国共产<mark>党</mark>简史》 · 2021年3月25日。 ※ <mark>非公</mark><mark>党</mark><mark>建</mark>';
    const parts = matchedExcerpt(pagefind, page, find('非公党建'));
    expect(marked(parts)).toEqual(['非公', '党建']);
    expect(parts.map((p) => p.text).join('')).toContain('负责园区非公企业党建和党员教育');
    expect(parts.map((p) => p.text).join('')).not.toContain('※');
  });

  it('keeps Pagefind’s excerpt when it already marks the words', () => {
    const pagefind = '牵头组织<mark>初心</mark><mark>讲坛</mark>。 她坚持每期讲坛都坐在最后一排听完。';
    expect(matchedExcerpt(pagefind, page, find('初心讲坛'))).toEqual(readableExcerpt(pagefind, page));
    expect(marked(readableExcerpt(pagefind, page))).toEqual(['初心讲坛']);
  });

  it('marks the same-sound words of the page', () => {
    const parts = matchedExcerpt('<mark>chuxinjiangtan</mark>', page, find('初新讲坛'));
    expect(marked(parts)).toEqual(['初心讲坛']);
  });
});

describe('searching with the variant table', () => {
  /** A Pagefind whose results are named after the term that found them; each result's text is its id. */
  function fakePagefind(answers: Record<string, string[]>) {
    const asked: (string | null)[] = [];
    return {
      asked,
      search(term: string | null) {
        asked.push(term);
        const ids = answers[term ?? ''] ?? [];
        const response: PagefindResponse = {
          results: ids.map((id) => ({
            id,
            data: () => Promise.resolve({ url: `/${id}/`, excerpt: '', content: id, meta: { title: id }, filters: {} }),
          })),
          filters: {},
        };
        return Promise.resolve(response);
      },
    };
  }
  const planned = (q: string) =>
    searchPlan({ q, sort: 'relevance', filters: {} }) as Extract<SearchPlan, { kind: 'search' }>;
  function tools(loadAnswer: () => Promise<Variants> = () => Promise.resolve(variants)) {
    const loads: string[] = [];
    return {
      loads,
      traditional: traditionalTest(traditionalBitmap()),
      load(part: string) {
        loads.push(part);
        return loadAnswer();
      },
    };
  }

  it('lists what the pinyin form finds after the results that hold the query, when few of them do', async () => {
    const pf = fakePagefind({
      初新讲坛: ['创新驱动', '初新讲坛的笔误', '创新者'],
      chuxinjiangtan: ['初心讲坛第1期', '初心讲坛第2期', '创新者'],
    });
    const page = tools();
    const answer = await searchWithFallback(pf, planned('初新讲坛'), () => true, page);
    expect(answer?.response.results.map((r) => r.id)).toEqual([
      '初新讲坛的笔误',
      '初心讲坛第1期',
      '初心讲坛第2期',
      '创新者',
      '创新驱动',
    ]);
    expect(answer?.exact).toBe(1);
    expect(answer?.variants).toBe(variants);
    expect(pf.asked).toEqual(['初新讲坛', 'chuxinjiangtan']);
    expect(page.loads).toEqual(['pinyin']);
  });

  it('searches a query with traditional-only characters in simplified ones', async () => {
    const pf = fakePagefind({ 红楼梦: ['红楼梦'] });
    const page = tools();
    const answer = await searchWithFallback(pf, planned('紅樓夢'), () => true, page);
    expect(pf.asked).toEqual(['红楼梦']);
    expect(answer?.term).toBe('红楼梦');
    expect(answer?.response.results.map((r) => r.id)).toEqual(['红楼梦']);
    expect(page.loads).toEqual(['t2s']);
    // 著 is in GB 2312: a simplified query, searched as typed.
    expect(page.traditional('著作')).toBe(false);
    expect(page.traditional('鄧凱文')).toBe(true);
  });

  it('loads nothing when the first results hold the query, or it is not Chinese', async () => {
    const pf = fakePagefind({ 初心: ['初心1', '初心2', '初心3', '初心4', '初心5', '初心6'], python: [] });
    const page = tools(() => Promise.reject(new Error('must not load')));
    await searchWithFallback(pf, planned('初心'), () => true, page);
    await searchWithFallback(pf, planned('python'), () => true, page);
    expect(pf.asked).toEqual(['初心', 'python']);
    expect(page.loads).toEqual([]);
  });

  it('still answers as typed when the table cannot be loaded', async () => {
    const pf = fakePagefind({ 初新讲坛: ['创新'] });
    const page = tools(() => Promise.reject(new Error('offline')));
    const answer = await searchWithFallback(pf, planned('初新讲坛'), () => true, page);
    expect(answer?.response.results.map((r) => r.id)).toEqual(['创新']);
    expect(answer?.variants).toBeUndefined();
  });
});

describe('an excerpt for a page whose text lacks the words', () => {
  it('shows no marks on lone characters of a word (the page shows its summary instead)', () => {
    const find = Object.assign((text: string) => matchSpans(text, '招商'), { words: true });
    const page = '文朝阳。职务：经济发展局局长。园区企业每年从周边村镇招用大量职工。营商环境。';
    expect(
      matchedExcerpt('园区企业每年从周边村镇<mark>招</mark>用大量职工。营<mark>商</mark>环境', page, find),
    ).toEqual([]);
    const single = Object.assign((text: string) => matchSpans(text, '书'), { words: false });
    expect(matchedExcerpt('读<mark>书</mark>会', '读书会', single).some((p) => p.mark)).toBe(true);
  });
});
