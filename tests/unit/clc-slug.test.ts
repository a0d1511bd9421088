import { describe, expect, it } from 'vitest';
import { CLC_CLASSES, clcLetterOf, clcProblem } from '../../src/lib/clc.ts';
import { slugify } from '../../src/lib/slug.ts';
import { comparePinyin } from '../../src/lib/collate.ts';

describe('中图法', () => {
  it('has the 22 published top-level classes', () => {
    expect(CLC_CLASSES).toHaveLength(22);
    expect(CLC_CLASSES.map(([l]) => l).join('')).toBe('ABCDEFGHIJKNOPQRSTUVXZ');
  });

  it('accepts class numbers with auxiliary signs and refuses unused letters', () => {
    expect(clcProblem('D261')).toBeNull();
    expect(clcProblem('I247.57')).toBeNull();
    expect(clcProblem('TP311.561')).toBeNull();
    expect(clcProblem('W12')).toBe('letter');
    expect(clcProblem('L1')).toBe('letter');
    expect(clcProblem('d 261')).toBe('format');
    expect(clcLetterOf('TP311')).toBe('T');
    expect(clcLetterOf(undefined)).toBeUndefined();
  });
});

describe('slugs and collation', () => {
  it('turns Chinese labels into pinyin path segments', () => {
    expect(slugify('科技创新')).toBe('ke-ji-chuang-xin');
    expect(slugify('招商引资')).toBe('zhao-shang-yin-zi');
    expect(slugify('重庆')).toBe('chong-qing');
    expect(slugify('中国制造2025')).toBe('zhong-guo-zhi-zao-2025');
  });

  it('orders Chinese by pinyin', () => {
    expect(['乡土中国', '共产党宣言', '平凡的世界', '阿Q正传'].sort(comparePinyin)).toEqual([
      '阿Q正传',
      '共产党宣言',
      '平凡的世界',
      '乡土中国',
    ]);
  });
});

describe('names', () => {
  it('files polyphonic surnames under their surname reading', async () => {
    const { sortByName } = await import('../../src/lib/collate.ts');
    // 曾 zēng after 李 lǐ; 单 shàn after 李; plain collation would put 曾 (céng) and 单 (dān) first.
    expect(sortByName(['曾立', '李娜', '单明', '陈思'], (n) => n)).toEqual(['陈思', '李娜', '单明', '曾立']);
  });
});
