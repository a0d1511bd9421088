/** A lecture's video is a file under public/ or a full URL; anything else is a clear Chinese error. */
import { describe, expect, it } from 'vitest';
import { NO_IMAGE } from '../../src/schemas/fields.ts';
import { lectureSchema } from '../../src/schemas/lecture.ts';

const base = {
  number: 1,
  title: '示例',
  date: '2024-04-12',
  themes: ['科技创新'],
  speakers: ['wang-fang'],
  venue: '报告厅',
  format: '线下',
  summary: '示例。',
};
const parse = (video: string) =>
  lectureSchema({ image: NO_IMAGE }).safeParse({ ...base, materials: { slides: '/materials/a.pdf', video } });

describe('lecture materials: video', () => {
  it('accepts a file under public/ and a full URL', () => {
    expect(parse('/materials/lecture-05-sample-video.webm').success).toBe(true);
    expect(parse('https://video.baishazhou.example.cn/1').success).toBe(true);
  });

  it('rejects a relative path or another scheme, saying what to write', () => {
    for (const bad of ['materials/a.mp4', '//cdn.example.org/a.mp4', 'ftp://example.org/a.mp4']) {
      const result = parse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/public\/ 下的文件路径.*完整网址/);
    }
  });
});
