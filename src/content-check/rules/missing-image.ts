/** missing-image: an image field whose picture is not on disk (paths are relative to the file, case-sensitive). */
import { existsSync, statSync } from 'node:fs';
import type { Rule } from './rule.ts';
import { imageFile } from './shared.ts';

export const missingImage: Rule = {
  name: 'missing-image',
  each: 'field',
  check: (tagged, tree) => {
    if (tagged.meta.references || !tagged.meta.image) return [];
    const abs = imageFile(tree, tagged);
    if (existsSync(abs) && statSync(abs).isFile()) return [];
    return [
      {
        severity: 'error',
        rule: 'missing-image',
        file: tagged.entry.file,
        field: tagged.field,
        found: tagged.value,
        message: `图片文件不存在：${tree.rel(abs)}。请把图片放到那里，或改正路径（路径相对于本文件，区分大小写）。`,
        expected: '相对于本文件的图片路径，图片须存在',
        example: 'src: ./images/photo.jpg',
      },
    ];
  },
};
