import { pinyin } from 'pinyin-pro';

/** Chinese collation: 阿 before 白 before 陈, by pinyin, as readers expect in a catalogue (not by code point). */
const pinyinCollator = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true, sensitivity: 'base' });

export function comparePinyin(a: string, b: string): number {
  return pinyinCollator.compare(a, b);
}

/** Sorts a copy of `items` by the pinyin order of `keyOf(item)`. */
export function sortByPinyin<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => comparePinyin(keyOf(a), keyOf(b)));
}

/**
 * Sort key for a person's name: its pinyin read in surname mode, so 曾立 files under Z (zēng) and 单明 under
 * S (shàn) as in any Chinese roster, where plain collation would read them as céng and dān. Ties fall back
 * to the characters themselves.
 */
export function nameSortKey(name: string): string {
  return `${pinyin(name, { surname: 'head', toneType: 'num', separator: ' ' })}\u0000${name}`;
}

/** Sorts a copy of `items` by the names people are filed under. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  const keys = new Map(items.map((item) => [item, nameSortKey(nameOf(item))]));
  return [...items].sort((a, b) => comparePinyin(keys.get(a)!, keys.get(b)!));
}

/** Compares two person names the way a roster files them (see nameSortKey). */
export function compareNames(a: string, b: string): number {
  return comparePinyin(nameSortKey(a), nameSortKey(b));
}
