import { describe, expect, it } from 'vitest';
import { buildCatalog, flyleafChain } from '../../src/lib/catalog.ts';
import { loadFixture } from '../support/fixture-catalog.ts';

describe('catalog totals', () => {
  it('counts what the fixture content holds', () => {
    const { totals } = buildCatalog(loadFixture());
    // Lectures 1 and 2 are held (200 + 150 人次); lecture 3 is dated 2030 and not counted.
    expect(totals.lecturesHeld).toBe(2);
    expect(totals.attendance).toBe(350);
    expect(totals.meetingsHeld).toBe(2);
    // 平凡的世界 ×2 and 乡土中国 ×1 are on the shelf; 共产党宣言 is lent out.
    expect(totals.copiesOnShelf).toBe(3);
    expect(totals.copies).toBe(4);
    expect(totals.titles).toBe(3);
    // li-na and wang-fang are named donors; 共产党宣言 is an anonymous gift.
    expect(totals.donors).toBe(2);
    expect(totals.anonymousGifts).toBe(1);
    expect(totals.flyleafNotes).toBe(2);
    expect(totals.outputs).toBe(3);
  });

  it('follows the content: one more held lecture adds its attendance', () => {
    const input = loadFixture();
    const extra = {
      ...input.lectures[0]!,
      id: 'extra',
      data: { ...input.lectures[0]!.data, number: 9, attendance: 41 },
    };
    const { totals } = buildCatalog({ ...input, lectures: [...input.lectures, extra] });
    expect(totals.lecturesHeld).toBe(3);
    expect(totals.attendance).toBe(391);
  });

  it('moves a lecture from upcoming to past when the build date passes it', () => {
    const before = buildCatalog(loadFixture(undefined, '2029-12-31'));
    const after = buildCatalog(loadFixture(undefined, '2030-01-10'));
    expect(before.upcomingLectures.map((l) => l.data.number)).toEqual([3]);
    expect(after.upcomingLectures).toEqual([]);
    expect(after.totals.lecturesHeld).toBe(3);
  });
});

describe('ordering', () => {
  const catalog = buildCatalog(loadFixture());

  it('lists lectures and meetings newest number first', () => {
    expect(catalog.lectures.map((l) => l.data.number)).toEqual([3, 2, 1]);
    expect(catalog.meetings.map((m) => m.data.number)).toEqual([2, 1]);
  });

  it('sorts books by pinyin, not code point', () => {
    // gong < ping < xiang; by code point 乡 (U+4E61) would come first.
    expect(catalog.booksByPinyin.map((b) => b.data.title)).toEqual(['共产党宣言', '平凡的世界', '乡土中国']);
  });

  it('lists newest donations first', () => {
    expect(catalog.booksByDonation.map((b) => b.data.donatedOn)).toEqual(['2024-05-04', '2024-03-01', '2023-12-20']);
  });

  it('puts flyleaf notes oldest first, like the pages of the book', () => {
    const book = catalog.book('9787020002207');
    expect(flyleafChain(book).map((n) => n.date)).toEqual(['2024-06-10', '2024-09-01']);
  });

  it('groups books by 中图法 class with unclassified last', () => {
    expect(catalog.clcGroups.map((g) => g.letter ?? 'none')).toEqual(['A', 'I', 'none']);
  });

  it('slugs themes by pinyin', () => {
    expect(catalog.themes.map((t) => t.slug)).toContain('ke-ji-chuang-xin');
    expect(catalog.theme('jia-guo-qing-huai')?.lectures.map((l) => l.data.number)).toEqual([2]);
  });
});

describe('backlinks', () => {
  const catalog = buildCatalog(loadFixture());

  it('links a book to the meetings that read it and the lectures that recommended it', () => {
    const links = catalog.bookLinks('9787020002207');
    expect(links.meetings.map((m) => m.data.number)).toEqual([2]);
    expect(links.lectures.map((l) => l.data.number)).toEqual([1]);
  });

  it('collects everything a person gave', () => {
    const wang = catalog.personLinks('wang-fang');
    expect(wang.lecturesGiven.map((l) => l.data.number)).toEqual([3, 2, 1]);
    expect(wang.booksDonated.map((b) => b.id)).toEqual(['9787108009821']);
    expect(wang.notesWritten.map((n) => n.book.id)).toEqual(['9787020002207']);
    expect(wang.outputs.map((o) => o.meeting.data.number)).toEqual([2]);
    const li = catalog.personLinks('li-na');
    expect(li.meetingsLed.map((m) => m.data.number)).toEqual([2, 1]);
  });

  it('gives empty links for a person referenced nowhere', () => {
    expect(catalog.personLinks('nobody').lecturesGiven).toEqual([]);
  });
});
