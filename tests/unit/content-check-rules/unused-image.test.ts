import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { problemsOf, scratchSite } from './scratch.ts';

describe('rule unused-image', () => {
  it('warns about a picture nothing uses; the badge site.json points at counts as used', () => {
    const dir = scratchSite({
      'data/site.json': JSON.stringify({
        url: 'https://x.cn',
        base: '/',
        filing: { govBadge: { image: './badge.png', link: 'https://bszs.conac.cn/sitename?method=show&id=1' } },
      }),
      'data/badge.png': 'badge',
      'leftover.JPG': 'photo',
    });
    expect(problemsOf('unused-image', dir)).toEqual([
      {
        severity: 'warning',
        rule: 'unused-image',
        file: path.join(dir, 'leftover.JPG'),
        message: '这张图片没有被任何内容引用。若是路径写错了，请改正引用它的文件；否则可以删除。',
      },
    ]);
  });
});
