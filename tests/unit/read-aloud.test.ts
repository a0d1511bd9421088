/** 朗读: how the page text is cut into utterances (public/read-aloud.js; the browser side is in tests/e2e/elder.spec.ts). */
import { describe, expect, it } from 'vitest';
import { chunks } from '../../public/read-aloud.js';

describe('chunks', () => {
  it('keeps short paragraphs whole, one utterance each', () => {
    expect(chunks(['第1期 创新驱动发展', '日期：2023年3月17日'])).toEqual([
      '第1期 创新驱动发展',
      '日期：2023年3月17日',
    ]);
  });

  it('cuts long paragraphs at sentence ends, never inside a sentence, each piece within the limit', () => {
    const sentence = '园区企业的创新往往来自一线工人对工艺的持续改进。';
    const paragraph = sentence.repeat(10);
    const pieces = chunks([paragraph], 60);
    expect(pieces.join('')).toBe(paragraph);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(60);
      expect(piece.endsWith('。')).toBe(true);
    }
  });

  it('keeps a sentence longer than the limit as one piece rather than cutting a word', () => {
    const long = '甲'.repeat(80);
    expect(chunks([`${long}。短句。`], 60)).toEqual([`${long}。`, '短句。']);
  });
});
