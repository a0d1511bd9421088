/** The Chinese-text side of search: pinyin tokens, query rewriting, excerpts and the invisible index words. */
import { describe, expect, it } from 'vitest';
import { namePinyin, phrasePinyin } from '../../src/lib/search/pinyin.ts';
import { MAX_QUERY_LENGTH, normalizeQuery, relaxedQuery, sessionToken } from '../../src/lib/search/query.ts';
import { excerptParts } from '../../src/lib/search/excerpt.ts';
import { searchExtras } from '../../src/lib/search/extras.ts';

describe('pinyin', () => {
  it('spells a title in full and in initials, so any typed prefix finds it', () => {
    const tokens = phrasePinyin('初心讲坛');
    expect(tokens).toEqual(expect.arrayContaining(['chuxinjiangtan', 'cxjt', 'jiangtan']));
  });

  it('resolves polyphones from the word around them', () => {
    expect(phrasePinyin('重温《共产党宣言》')[0]).toBe('chongwengongchandangxuanyan');
    expect(phrasePinyin('银行')[0]).toBe('yinhang');
  });

  it('indexes both keyboard spellings of ü before e (略 lve / lue)', () => {
    expect(phrasePinyin('战略规划')).toEqual(expect.arrayContaining(['zhanlveguihua', 'zhanlueguihua']));
  });

  it('reads surnames in surname mode: 乐 yue, 单 shan, 解 xie, 曾 zeng, 欧阳 ouyang', () => {
    expect(namePinyin('乐承辉')).toEqual(['yuechenghui', 'ych', 'yue', 'chenghui']);
    expect(namePinyin('单文静')[0]).toBe('shanwenjing');
    expect(namePinyin('解志明')[0]).toBe('xiezhiming');
    expect(namePinyin('曾庆远')).toContain('zqy');
    expect(namePinyin('欧阳岚')).toEqual(expect.arrayContaining(['ouyanglan', 'ouyang', 'lan', 'oyl']));
  });

  it('reads foreign names and mixed titles as phrases without Latin noise', () => {
    expect(namePinyin('尤瓦尔·赫拉利')[0]).toBe('youwaerhelali');
    expect(phrasePinyin('Python编程').every((token) => /^[a-z]+$/.test(token))).toBe(true);
  });
});

describe('normalizeQuery', () => {
  it('rewrites 第N期 and N期 to the session token the pages carry', () => {
    expect(normalizeQuery('第10期').term).toBe(sessionToken(10));
    expect(normalizeQuery('10期').term).toBe('di10qi');
    expect(normalizeQuery('第 3 期').term).toBe('di3qi');
    expect(normalizeQuery('初心讲坛第3期').term).toBe('初心讲坛 di3qi');
  });

  it('joins an ISBN typed with hyphens or spaces, ISBN-10 included', () => {
    expect(normalizeQuery('978-7-02-000220-7').term).toBe('9787020002207');
    expect(normalizeQuery('978 7 02 000220 7').term).toBe('9787020002207');
    expect(normalizeQuery('7-02-000220-X').term).toBe('702000220x');
    expect(normalizeQuery('2018-2022').term).toBe('2018 2022');
  });

  it('leaves out the particle 的 between words, not 的 inside a word or after one character', () => {
    expect(normalizeQuery('平凡的世界').term).toBe('平凡 世界');
    expect(normalizeQuery('读懂共产党人的初心').term).toBe('读懂共产党人 初心');
    expect(normalizeQuery('《平凡的世界》').term).toBe('平凡 世界');
    for (const kept of ['我的', '我的祖国', '目的地', '实现目的地', '我们的确', '有的放矢', '众矢之的', '的确如此'])
      expect(normalizeQuery(kept).term).toBe(kept);
  });

  it('folds full-width letters and drops punctuation', () => {
    expect(normalizeQuery('《Ｐｙｔｈｏｎ编程》').term).toBe('python编程');
    expect(normalizeQuery('！？……').term).toBe('');
    expect(normalizeQuery('！？……').display).toBe('！?……'.normalize('NFKC'));
  });

  it('never passes markup on and shortens very long input', () => {
    expect(normalizeQuery('<script>alert(1)</script>').term).toBe('script alert 1 script');
    const long = normalizeQuery('党'.repeat(200));
    expect([...long.term]).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('loosens Han runs into single characters only when there are any', () => {
    expect(relaxedQuery('一卷')).toBe('一 卷');
    expect(relaxedQuery('python')).toBeUndefined();
    expect(relaxedQuery('党')).toBeUndefined();
  });
});

describe('excerptParts', () => {
  it('keeps only <mark> as markup and decodes entities into text', () => {
    expect(excerptParts('读懂<mark>乡村振兴</mark> &lt;b&gt;')).toEqual([
      { text: '读懂', mark: false },
      { text: '乡村振兴', mark: true },
      { text: ' <b>', mark: false },
    ]);
  });

  it('cuts the invisible index words and falls back when only they matched', () => {
    expect(excerptParts('正文<mark>初心</mark>。 ※ chuxinjiangtan')).toEqual([
      { text: '正文', mark: false },
      { text: '初心', mark: true },
      { text: '。 ', mark: false },
    ]);
    expect(excerptParts('结尾。 ※ di11qi <mark>cxjt </mark>jiangtan')).toEqual([]);
  });
});

describe('searchExtras', () => {
  it('gives a book its ISBN spellings, title pinyin and author pinyin, weighted', () => {
    const groups = searchExtras({ titles: ['红楼梦'], names: ['曹雪芹'], isbn: '9787020002207' });
    const words = (weight: number) => groups.find((group) => group.weight === weight)?.words.split(' ') ?? [];
    expect(words(10)).toEqual(['9787020002207', '978-7-02-000220-7', '702000220X', '7-02-000220-X']);
    expect(words(8)).toEqual(expect.arrayContaining(['hongloumeng', 'hlm']));
    expect(words(3)).toEqual(expect.arrayContaining(['caoxueqin', 'cao', 'xueqin', 'cxq']));
    expect(words(1)).toEqual(['红', '楼', '梦']);
  });

  it('gives a session its token and leaves out empty groups', () => {
    expect(searchExtras({ session: 7 })).toEqual([{ weight: 10, words: 'di7qi' }]);
    expect(searchExtras({})).toEqual([]);
  });
});
