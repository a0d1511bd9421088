import { describe, expect, it } from 'vitest';
import { clcClassesWithBooks, clcOutline } from '../../src/lib/library/clc-outline.ts';
import type { ClcGroup } from '../../src/lib/catalog.ts';

const group = (letter: ClcGroup['letter'], n: number) =>
  ({ letter, books: Array.from({ length: n }, (_, i) => ({ id: `${letter ?? 'none'}-${i}` })) }) as unknown as ClcGroup;

describe('which 中图法 classes get a page', () => {
  it('gives a page only to classes holding books', () => {
    const groups = [group('A', 2), group('I', 1), group('E', 0), group(undefined, 1)];
    expect(clcClassesWithBooks(groups).map((g) => g.letter)).toEqual(['A', 'I', undefined]);
  });

  it('lists all 22 classes, empty ones without a page, and 未分类 only when it holds books', () => {
    const outline = clcOutline([group('A', 2), group('I', 1)]);
    expect(outline).toHaveLength(22);
    expect(outline.filter((entry) => entry.hasPage).map((entry) => [entry.letter, entry.titles])).toEqual([
      ['A', 2],
      ['I', 1],
    ]);
    expect(outline.find((entry) => entry.letter === 'E')).toEqual({ letter: 'E', titles: 0, hasPage: false });
    expect(clcOutline([group(undefined, 3)]).at(-1)).toEqual({ letter: undefined, titles: 3, hasPage: true });
  });
});
