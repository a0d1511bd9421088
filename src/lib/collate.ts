/** Chinese collation: 阿 before 白 before 陈, by pinyin, as readers expect in a catalogue (not by code point). */
const pinyinCollator = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true, sensitivity: 'base' });

export function comparePinyin(a: string, b: string): number {
  return pinyinCollator.compare(a, b);
}

/** Sorts a copy of `items` by the pinyin order of `keyOf(item)`. */
export function sortByPinyin<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => comparePinyin(keyOf(a), keyOf(b)));
}
