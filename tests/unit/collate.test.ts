/**
 * One collation for every list of names (issue "Every page right", point 4): surname readings, nationality
 * markers and book-title marks skipped, and the donor and author lists built with it.
 */
import { describe, expect, it } from 'vitest';
import { NO_IMAGE } from '../../src/schemas/fields.ts';
import { bookSchema } from '../../src/schemas/book.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { buildCatalog, type Book, type Person } from '../../src/lib/catalog.ts';
import { buildLibraryIndex } from '../../src/lib/library/browse.ts';
import { compareNames, sortByName, sortByPinyin, sortText } from '../../src/lib/collate.ts';

const context = { image: NO_IMAGE };
const book = (id: string, data: Record<string, unknown>): Book => ({
  id,
  data: bookSchema(context).parse({ authors: ['佚名'], ...data }),
});
const person = (id: string, name: string): Person => ({ id, data: personSchema(context).parse({ name }) });
const byName = (names: string[]) => sortByName(names, (n) => n);

describe('name collation', () => {
  it('reads polyphonic surnames as surnames: 曾 zēng, 单 shàn, 乐 yuè, 解 xiè', () => {
    expect(byName(['曾晓彤', '单文静', '乐承辉', '解志明', '陈思雨', '邓凯文', '李铁柱', '赵鹏程'])).toEqual([
      '陈思雨',
      '邓凯文',
      '李铁柱',
      '单文静',
      '解志明',
      '乐承辉',
      '曾晓彤',
      '赵鹏程',
    ]);
  });

  it('skips nationality markers and book-title marks', () => {
    expect(sortText('[美] 埃德加·斯诺')).toBe('埃德加·斯诺');
    expect(sortText('（英）乔治·奥威尔')).toBe('乔治·奥威尔');
    expect(sortText('〔清〕曹雪芹')).toBe('曹雪芹');
    expect(sortText('《梁家河》编写组')).toBe('梁家河编写组');
    expect(byName(['[美] 蕾切尔·卡森', '《梁家河》编写组', '艾伦', '[美] 埃德加·斯诺', '本书编写组', '吴军'])).toEqual([
      '[美] 埃德加·斯诺',
      '艾伦',
      '本书编写组',
      '[美] 蕾切尔·卡森',
      '《梁家河》编写组',
      '吴军',
    ]);
  });

  it('reads organisations as phrases, not as surname + given name', () => {
    // 解放军 is jiě fàng jūn; a surname reading (xiè) would file it after 吴.
    expect(byName(['吴军', '解放军出版社', '金一南'])).toEqual(['解放军出版社', '金一南', '吴军']);
    expect(compareNames('重庆出版社', '陈忠实')).toBeGreaterThan(0);
  });

  it('files titles past their opening marks too', () => {
    expect(sortByPinyin(['〈中国制造2025〉解读材料', '白鹿原', '资本论'], (t) => t)).toEqual([
      '白鹿原',
      '〈中国制造2025〉解读材料',
      '资本论',
    ]);
  });
});

describe('library lists use the name collation', () => {
  const books = [
    book('b1', { title: '甲', authors: ['[美] 蕾切尔·卡森'], donor: 'zeng', publisher: '解放军出版社' }),
    book('b2', { title: '乙', authors: ['《梁家河》编写组'], donor: 'shan', publisher: '金城出版社' }),
    book('b3', { title: '丙', authors: ['路遥'], donor: 'yue', publisher: '作家出版社' }),
    book('b4', { title: '丁', authors: ['阿来'], donor: 'chen' }),
    book('b5', { title: '戊', authors: ['[英] 乔治·奥威尔'], donor: 'zhao' }),
  ];
  const index = buildLibraryIndex(
    buildCatalog({
      lectures: [],
      meetings: [],
      books,
      people: [
        person('zeng', '曾晓彤'),
        person('shan', '单文静'),
        person('yue', '乐承辉'),
        person('chen', '陈思雨'),
        person('zhao', '赵鹏程'),
      ],
      today: '2026-11-27',
    }),
  );

  it('donors: 曾 under z, 单 under s, 乐 under y, as on the people pages', () => {
    expect(index.donors.map((d) => d.person.data.name)).toEqual(['陈思雨', '单文静', '乐承辉', '曾晓彤', '赵鹏程']);
  });

  it('authors: [美]/[英] and 《》 do not decide the place', () => {
    expect(index.authors.map((g) => g.name)).toEqual([
      '阿来',
      '[美] 蕾切尔·卡森',
      '《梁家河》编写组',
      '路遥',
      '[英] 乔治·奥威尔',
    ]);
  });

  it('publishers: read as phrases', () => {
    expect(index.publishers.map((g) => g.name)).toEqual(['解放军出版社', '金城出版社', '作家出版社']);
  });
});
