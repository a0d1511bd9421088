/**
 * Excerpts that read as Chinese sentences (issue "Every page right", point 6): the index text gets Chinese
 * punctuation between labels, values and blocks, and the excerpt starts where a sentence starts.
 */
import { describe, expect, it } from 'vitest';
import { punctuateForIndex } from '../../src/lib/search/index-punctuation.ts';
import { readableExcerpt, type ExcerptPart } from '../../src/lib/search/excerpt.ts';

const textOf = (html: string) => punctuateForIndex(html).replace(/<[^>]*>/g, '');
const plain = (parts: ExcerptPart[]) => parts.map((p) => p.text).join('');

describe('punctuateForIndex', () => {
  it('puts "：" after a label, "；" between values and "。" after the last', () => {
    const html =
      '<dl><dt>出版社</dt><dd><a href="/p/">人民文学出版社</a></dd><dt>出版年</dt><dd>2021</dd><dt>标签</dt><dd>文学</dd></dl>';
    expect(textOf(html)).toBe('出版社：人民文学出版社；出版年：2021；标签：文学。');
  });

  it('treats a value that is a list as one value', () => {
    const html =
      '<dl><dt>主讲人</dt><dd><ul class="inline-list"><li><a>贺松林</a><span class="meta">（教授）</span></li><li><a>解志明</a></li></ul></dd><dt>主题</dt><dd>家国情怀</dd></dl>';
    expect(textOf(html)).toBe('主讲人：贺松林（教授）、解志明；主题：家国情怀。');
  });

  it('separates statistics laid out in boxes inside the list', () => {
    const html =
      '<dl><div><dt>主讲的讲坛</dt><dd>1<small>期</small></dd></div><div><dt>心得</dt><dd>2篇</dd></div></dl>';
    expect(textOf(html)).toBe('主讲的讲坛：1期；心得：2篇。');
  });

  it('ends headings and paragraphs as sentences, leaves ones that already end alone', () => {
    const html =
      '<p class="meta"><span class="badge">第25期</span><span class="badge">线上</span></p><h1>看装备制造新机遇</h1><p>读书真能读出生产力。</p><blockquote><p>“给年轻人读。”</p></blockquote><h2>成员心得（4）</h2><div hidden></div><p></p>';
    expect(textOf(html)).toBe('第25期，线上。看装备制造新机遇。读书真能读出生产力。“给年轻人读。”成员心得（4）。');
  });

  it('leaves the text of search metadata (title, number) as written, punctuating after it', () => {
    const html =
      '<p class="meta"><span class="badge" data-pagefind-meta="number">第23期</span><span class="badge">线下</span></p><h1 data-pagefind-meta="title">读懂乡村振兴</h1>';
    const out = punctuateForIndex(html);
    expect(out).toContain('<span class="badge" data-pagefind-meta="number">第23期</span>，');
    expect(out).toContain('<h1 data-pagefind-meta="title">读懂乡村振兴</h1>。');
    expect(plain(readableExcerpt('<mark>第23期</mark>，线下。读懂乡村振兴. 。', ''))).toBe(
      '…第23期，线下。读懂乡村振兴。',
    );
  });

  it('changes nothing that a reader sees when there is nothing to punctuate', () => {
    const html = '<article><div class="x" data-a="1">&amp;</div></article>';
    expect(punctuateForIndex(html)).toBe(html);
  });
});

describe('readableExcerpt', () => {
  it("turns Pagefind's block separator into Chinese punctuation and drops stray spaces", () => {
    const content = '活着. 作者：余华； 出版社：作家出版社。';
    const parts = readableExcerpt('<mark>活着</mark>. 作者：余华； 出版社：作家出版社。', content);
    expect(plain(parts)).toBe('活着。作者：余华；出版社：作家出版社。');
    expect(parts.find((p) => p.mark)?.text).toBe('活着');
    expect(plain(readableExcerpt('<mark>初心</mark>已经结束。. 下一句。', '初心已经结束。. 下一句。'))).toBe(
      '初心已经结束。下一句。',
    );
  });

  it('keeps ASCII full stops in Latin text', () => {
    expect(plain(readableExcerpt('See Fig. 2 and <mark>Python</mark> docs.'))).toContain('Fig. 2');
  });

  it('starts after the last sentence stop before the match when the window has one', () => {
    const parts = readableExcerpt('守孤城四十七天。贺松林教授展示了一批地方文献和<mark>老照片</mark>，讲述了');
    expect(plain(parts)).toBe('贺松林教授展示了一批地方文献和老照片，讲述了…');
  });

  it('reaches back into the page for the start of the sentence when the window has none', () => {
    const content =
      '第8期。一座城市的记忆。1944年夏天，衡阳军民在极其艰苦的条件下坚守孤城四十七天，这是正面坚守时间最长的。';
    const parts = readableExcerpt('艰苦的条件下坚守孤城四十七天，这是<mark>正面坚守</mark>时间最长的。', content);
    expect(plain(parts)).toBe('1944年夏天，衡阳军民在极其艰苦的条件下坚守孤城四十七天，这是正面坚守时间最长的。');
  });

  it('opens with "…" when the sentence starts too far back or the page text is not at hand', () => {
    expect(plain(readableExcerpt('条件下坚守孤城<mark>四十七天</mark>。'))).toBe('…条件下坚守孤城四十七天。');
    const long = `${'很长的句子'.repeat(20)}条件下坚守孤城四十七天。`;
    expect(plain(readableExcerpt('条件下坚守孤城<mark>四十七天</mark>。', long))).toBe('…条件下坚守孤城四十七天。');
  });

  it('needs nothing when the window starts the page or a sentence', () => {
    expect(plain(readableExcerpt('<mark>欧阳岚</mark>. 职务：副教授', '欧阳岚. 职务：副教授'))).toBe(
      '欧阳岚。职务：副教授…',
    );
    expect(plain(readableExcerpt('湘南大地<mark>抗战</mark>。', '前一句。湘南大地抗战。'))).toBe('湘南大地抗战。');
  });

  it('still shows the summary instead when only invisible index words matched', () => {
    expect(readableExcerpt('结尾。 ※ di11qi <mark>cxjt </mark>jiangtan')).toEqual([]);
  });
});
