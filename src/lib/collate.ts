import { pinyin } from 'pinyin-pro';

/** Chinese collation: 阿 before 白 before 陈, by pinyin, as readers expect in a catalogue (not by code point). */
const pinyinCollator = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true, sensitivity: 'base' });

/** A leading nationality or dynasty marker in a credit: [美] 埃德加·斯诺, （英）乔治·奥威尔, 〔清〕曹雪芹. */
const LEADING_MARKER = /^[[［〔【(（][^\]］〕】)）]{1,4}[\]］〕】)）]\s*/u;
/** Book-title and quotation marks: 《梁家河》编写组 files under L, not before every other name. */
const TITLE_MARKS = /[《》〈〉「」『』“”‘’"]/gu;

/** The part of a label a catalogue files under: no nationality marker, no book-title or quotation marks. */
export function sortText(label: string): string {
  return label.normalize('NFKC').trim().replace(LEADING_MARKER, '').replace(TITLE_MARKS, '').trim();
}

/** Two to four Han characters: a Chinese personal name, read with surname readings (not an organisation). */
export function looksLikeChineseName(name: string): boolean {
  return /^\p{Script=Han}{2,4}$/u.test(name.trim());
}

export function comparePinyin(a: string, b: string): number {
  return pinyinCollator.compare(sortText(a), sortText(b));
}

/** Sorts a copy of `items` by the pinyin order of `keyOf(item)` (titles, themes; names use sortByName). */
export function sortByPinyin<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => comparePinyin(keyOf(a), keyOf(b)));
}

/**
 * Sort key for a name in any list of names (people, donors, speakers, authors, publishers): its pinyin, so the
 * lists agree with each other. A Chinese personal name is read in surname mode, so 曾立 files under Z (zēng),
 * 单明 under S (shàn) and 乐平 under Y (yuè) as in any Chinese roster, where plain collation would read céng,
 * dān and lè. Other names (organisations, translated names) are read as phrases, so 解放军出版社 stays jiě.
 * Nationality markers and book-title marks are skipped. Ties fall back to the characters themselves.
 */
export function nameSortKey(name: string): string {
  const text = sortText(name);
  const reading = looksLikeChineseName(text)
    ? pinyin(text, { surname: 'head', toneType: 'num', separator: ' ' })
    : pinyin(text, { toneType: 'num', separator: ' ', nonZh: 'consecutive' });
  return `${reading}\u0000${name}`;
}

/** Sorts a copy of `items` by the names they are filed under (see nameSortKey). */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  const keys = new Map(items.map((item) => [item, nameSortKey(nameOf(item))]));
  return [...items].sort((a, b) => pinyinCollator.compare(keys.get(a)!, keys.get(b)!));
}

/** Compares two names the way a roster files them (see nameSortKey). */
export function compareNames(a: string, b: string): number {
  return pinyinCollator.compare(nameSortKey(a), nameSortKey(b));
}
