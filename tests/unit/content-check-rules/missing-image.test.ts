import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { lecture, problemsOf, scratchSite } from './scratch.ts';

const photos = (...files: string[]) => ({
  photos: files.map((src) => `\n  - src: ${src}\n    alt: 讲座现场`).join(''),
});

describe('rule missing-image', () => {
  it('refuses an image path with no picture behind it, relative to the file', () => {
    const dir = scratchSite({
      'lectures/09-photos.mdx': lecture(photos('./images/here.png', './images/Here.png')),
      'lectures/images/here.png': 'not checked for pixels here',
    });
    expect(problemsOf('missing-image', dir)).toEqual([
      {
        severity: 'error',
        rule: 'missing-image',
        file: path.join(dir, 'lectures/09-photos.mdx'),
        field: 'photos[1].src',
        found: './images/Here.png',
        message: `图片文件不存在：${path.join(dir, 'lectures/images/Here.png')}。请把图片放到那里，或改正路径（路径相对于本文件，区分大小写）。`,
        expected: '相对于本文件的图片路径，图片须存在',
        example: 'src: ./images/photo.jpg',
      },
    ]);
  });
});
