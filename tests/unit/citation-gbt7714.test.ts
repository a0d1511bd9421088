/**
 * GB/T 7714-2015 (信息与文献 参考文献著录规则), one test per rule the catalogue needs, each with the standard's
 * own example: the clause's 示例 or a reference from its Appendix A (A.1 普通图书), quoted in the test name.
 */
import { describe, expect, it } from 'vitest';
import { firstPublisher, gbt7714, referenceYear, type CitableBook } from '../../src/lib/library/citation.ts';
import { referenceNames } from '../../src/lib/library/citation-names.ts';
import { NO_IMAGE } from '../../src/schemas/fields.ts';
import { bookSchema } from '../../src/schemas/book.ts';

const book = (fields: Partial<CitableBook>): CitableBook => ({
  title: '书名',
  authors: ['佚名'],
  translators: [],
  ...fields,
});

describe('§8.1.1 personal names', () => {
  it('a translated Western name by its surname only, no nationality mark: 原题 S.昂温 → 昂温', () => {
    expect(referenceNames(['S.昂温'])).toEqual(['昂温']);
    expect(referenceNames(['[美] 埃德加·斯诺'])).toEqual(['斯诺']);
    expect(referenceNames(['（美）埃德加·斯诺'])).toEqual(['斯诺']);
    expect(referenceNames(['[苏] 尼古拉·奥斯特洛夫斯基'])).toEqual(['奥斯特洛夫斯基']);
    expect(referenceNames(['埃里克·马瑟斯（Eric Matthes）'])).toEqual(['马瑟斯']);
  });

  it('initials only to tell apart the same surname: 原题 G.昂温, P.S.昂温 → 昂温 G, 昂温 P S', () => {
    expect(referenceNames(['G.昂温', 'P.S.昂温'])).toEqual(['昂温 G', '昂温 P S']);
    expect(referenceNames(['[英] 乔治·昂温（George Unwin）', '[英] 菲利普·昂温（Philip Soundy Unwin）'])).toEqual([
      '昂温 G',
      '昂温 P S',
    ]);
    // Without an original spelling there are no initials: the full translated name still tells them apart.
    expect(referenceNames(['乔治·昂温', '菲利普·昂温'])).toEqual(['乔治·昂温', '菲利普·昂温']);
    // One 昂温 among others stays 昂温.
    expect(referenceNames(['G.昂温', '陈生铮'])).toEqual(['昂温', '陈生铮']);
  });

  it('a Chinese name as printed, without a dynasty mark: 原题 (明)李时珍 → 李时珍', () => {
    expect(referenceNames(['(明)李时珍', '费孝通'])).toEqual(['李时珍', '费孝通']);
  });

  it('a Latin name surname first, given names as initials: A.1 [68] CRAWFORD W, GORMAN M', () => {
    expect(referenceNames(['Walt Crawford', 'Michael Gorman'])).toEqual(['CRAWFORD W', 'GORMAN M']);
    expect(referenceNames(['Crawford, Walt'])).toEqual(['CRAWFORD W']);
    expect(referenceNames(['Charles R. Sunstein'])).toEqual(['SUNSTEIN C R']);
  });
});

describe('§8.1.2 several responsible persons, §8.1.4 organisations', () => {
  it('more than three: the first three, then 等 — A.1 [63] 蒋有绪, 郭泉水, 马娟, 等. 中国森林群落分类及其群落特征[M]. 北京: 科学出版社, 1998.', () => {
    expect(
      gbt7714(
        book({
          title: '中国森林群落分类及其群落特征',
          authors: ['蒋有绪', '郭泉水', '马娟', '王彬'],
          place: '北京',
          publisher: '科学出版社',
          year: 1998,
        }),
      ),
    ).toBe('蒋有绪, 郭泉水, 马娟, 等. 中国森林群落分类及其群落特征[M]. 北京: 科学出版社, 1998.');
  });

  it('translators with 译 — A.1 [49] 尼葛洛庞帝. 数字化生存[M]. 胡泳, 范海燕, 译. 海口: 海南出版社, 1996.', () => {
    expect(
      gbt7714(
        book({
          title: '数字化生存',
          authors: ['[美] 尼古拉·尼葛洛庞帝'],
          translators: ['胡泳', '范海燕'],
          place: '海口',
          publisher: '海南出版社',
          year: 1996,
        }),
      ),
    ).toBe('尼葛洛庞帝. 数字化生存[M]. 胡泳, 范海燕, 译. 海口: 海南出版社, 1996.');
  });

  it('more than three translators — A.1 [55] 罗杰斯. 西方文明史: 问题与源头[M]. 潘惠霞, 魏婧, 杨艳, 等译.', () => {
    expect(
      gbt7714(
        book({
          title: '西方文明史',
          subtitle: '问题与源头',
          authors: ['[美] 佩里·罗杰斯'],
          translators: ['潘惠霞', '魏婧', '杨艳', '李丽'],
          place: '大连',
          publisher: '东北财经大学出版社',
          year: 2011,
        }),
      ),
    ).toBe('罗杰斯. 西方文明史: 问题与源头[M]. 潘惠霞, 魏婧, 杨艳, 等译. 大连: 东北财经大学出版社, 2011.');
  });

  it('an organisation as printed — A.1 [60] 美国妇产科医师学会. …[M]. 段涛, 杨慧霞, 译. 北京: 人民卫生出版社, 2010.', () => {
    expect(
      gbt7714(
        book({
          title: '新生儿脑病和脑性瘫痪发病机制与病理生理',
          authors: ['美国妇产科医师学会'],
          translators: ['段涛', '杨慧霞'],
          place: '北京',
          publisher: '人民卫生出版社',
          year: 2010,
        }),
      ),
    ).toBe(
      '美国妇产科医师学会. 新生儿脑病和脑性瘫痪发病机制与病理生理[M]. 段涛, 杨慧霞, 译. 北京: 人民卫生出版社, 2010.',
    );
  });

  it('a Latin organisation is not split like a person — A.1 [69] International Federation of Library Association and Institutions', () => {
    expect(referenceNames(['International Federation of Library Association and Institutions'])).toEqual([
      'International Federation of Library Association and Institutions',
    ]);
    expect(referenceNames(['American Library Association'])).toEqual(['American Library Association']);
  });

  it('two organisations — A.1 [3] 北京市政协民族和宗教委员会, 北京联合大学民族与宗教研究所. 历代王朝与民族宗教[M]. 北京: 民族出版社, 2012.', () => {
    expect(
      gbt7714(
        book({
          title: '历代王朝与民族宗教',
          authors: ['北京市政协民族和宗教委员会', '北京联合大学民族与宗教研究所'],
          place: '北京',
          publisher: '民族出版社',
          year: 2012,
        }),
      ),
    ).toBe('北京市政协民族和宗教委员会, 北京联合大学民族与宗教研究所. 历代王朝与民族宗教[M]. 北京: 民族出版社, 2012.');
  });
});

describe('§8.4 publication', () => {
  it('§8.4.2.2 several publishers: only the first — 中信出版社、浙江人民出版社 → 中信出版社', () => {
    expect(firstPublisher('中信出版社、浙江人民出版社')).toBe('中信出版社');
    expect(firstPublisher('人民出版社，中共党史出版社')).toBe('人民出版社');
    expect(firstPublisher('人民出版社')).toBe('人民出版社');
    // A.1 [54]: one Latin publisher whose name holds a comma stays whole.
    expect(firstPublisher('Farrar, Straus and Giroux')).toBe('Farrar, Straus and Giroux');
    expect(gbt7714(book({ publisher: '中信出版社、浙江人民出版社', place: '北京', year: 2007 }))).toBe(
      '佚名. 书名[M]. 北京: 中信出版社, 2007.',
    );
  });

  it('§8.4.1.3 unknown place: [出版地不详]: 三户图书刊行社, 1990; §8.4.2.3 unknown publisher: 哈尔滨: [出版者不详], 2013', () => {
    expect(gbt7714(book({ publisher: '三户图书刊行社', year: 1990 }))).toBe(
      '佚名. 书名[M]. [出版地不详]: 三户图书刊行社, 1990.',
    );
    expect(gbt7714(book({ place: '哈尔滨', year: 2013 }))).toBe('佚名. 书名[M]. 哈尔滨: [出版者不详], 2013.');
  });

  it('both unknown, as A.1 [80] [S.l.: s.n.], 2011 (a Latin record) or [出版地不详: 出版者不详] (a Chinese one)', () => {
    expect(gbt7714(book({ year: 2011 }))).toBe('佚名. 书名[M]. [出版地不详: 出版者不详], 2011.');
    expect(
      gbt7714(book({ title: 'A comparative risk assessment framework', authors: ['Dave Calkin'], year: 2011 })),
    ).toBe('CALKIN D. A comparative risk assessment framework[M]. [S.l.: s.n.], 2011.');
  });

  it('§8.4.3.3 no publication year printed: copyright year c1980 (A.1 [99] “Washington, D.C.: Mineralogical Society of America, c1980”), printing year 1995印刷, estimate [1936]', () => {
    expect(referenceYear(1980, '版权年')).toBe('c1980');
    expect(referenceYear(1995, '印刷年')).toBe('1995印刷');
    expect(referenceYear(1936, '估计')).toBe('[1936]');
    expect(referenceYear(2016)).toBe('2016');
    expect(
      gbt7714(
        book({
          title: 'Pyroxenes',
          authors: ['Peter R. Buseck'],
          place: 'Washington, D.C.',
          publisher: 'Mineralogical Society of America',
          year: 1980,
          yearType: '版权年',
        }),
      ),
    ).toBe('BUSECK P R. Pyroxenes[M]. Washington, D.C.: Mineralogical Society of America, c1980.');
    expect(
      gbt7714(book({ title: '论持久战', authors: ['毛泽东'], publisher: '新华日报馆', year: 1938, yearType: '估计' })),
    ).toBe('毛泽东. 论持久战[M]. [出版地不详]: 新华日报馆, [1938].');
  });

  it('§8.4.3.3 has no “出版年不详”: without a year the element ends with the publisher', () => {
    const text = gbt7714(book({ place: '北京', publisher: '人民出版社' }));
    expect(text).toBe('佚名. 书名[M]. 北京: 人民出版社.');
    expect(text).not.toContain('不详]');
  });
});

describe('the catalogue’s own records', () => {
  it('红星照耀中国: [美] 埃德加·斯诺 → 斯诺', () => {
    expect(
      gbt7714(
        book({
          title: '红星照耀中国',
          authors: ['[美] 埃德加·斯诺'],
          translators: ['董乐山'],
          place: '北京',
          publisher: '人民文学出版社',
          year: 2016,
        }),
      ),
    ).toBe('斯诺. 红星照耀中国[M]. 董乐山, 译. 北京: 人民文学出版社, 2016.');
  });
});

describe('the yearType field (what the catalogue records for §8.4.3.3)', () => {
  const schema = bookSchema({ image: NO_IMAGE });

  it('takes 出版年, 版权年, 印刷年 or 估计 next to a year, and the citation follows it', () => {
    const data = schema.parse({ title: '论持久战', authors: ['毛泽东'], year: 1938, yearType: '估计' });
    expect(gbt7714({ ...data, translators: data.translators })).toContain(', [1938].');
  });

  it('refuses another word, and a yearType without a year, naming the field and the fix', () => {
    const wrong = schema.safeParse({ title: '书', authors: ['某'], year: 1938, yearType: '大约' });
    expect(wrong.success).toBe(false);
    expect(wrong.error!.issues[0]!.path).toEqual(['yearType']);
    expect(wrong.error!.issues[0]!.message).toMatch(/出版年、版权年、印刷年、估计/);
    const alone = schema.safeParse({ title: '书', authors: ['某'], yearType: '估计' });
    expect(alone.success).toBe(false);
    expect(alone.error!.issues[0]!.path).toEqual(['yearType']);
    expect(alone.error!.issues[0]!.message).toMatch(/请补上 year/);
  });
});
