import { describe, expect, it } from 'vitest';
import { coverLines } from '../../src/lib/cover-lines.ts';

describe('typographic cover lines', () => {
  it('wraps Chinese titles about six characters a line', () => {
    expect(coverLines('习近平的七年知青岁月')).toEqual(['习近平的七年', '知青岁月']);
  });

  it('keeps Latin words and numbers whole', () => {
    const lines = coverLines('Lonely Planet 孤独星球');
    expect(lines[0]).toBe('Lonely');
    expect(lines[1]).toMatch(/^Planet/);
    expect(lines.join('')).toBe('LonelyPlanet 孤独星球');
    expect(coverLines('中国制造2025解读')).toEqual(['中国制造', '2025解读']);
  });

  it('cuts very long titles with an ellipsis', () => {
    const lines = coverLines('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十');
    expect(lines).toHaveLength(4);
    expect(lines[3]!.endsWith('…')).toBe(true);
  });
});
