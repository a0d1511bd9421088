/** unused-image: a picture placed in content/ that no entry uses: probably a typo in a path, or left over. */
import { existsSync, globSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';
import { imageFile } from './shared.ts';
import { siteSettingsImages } from './site-settings.ts';

const IMAGE_EXTENSIONS = /\.(png|jpe?g|webp|gif|avif|svg|tiff?)$/i;

export const unusedImage: Rule = {
  name: 'unused-image',
  each: 'tree',
  check: (tree) => {
    if (!existsSync(tree.content)) return [];
    const used = new Set([
      ...siteSettingsImages(tree.content),
      ...tree.tagged.filter(({ meta }) => !meta.references && meta.image).map((tagged) => imageFile(tree, tagged)),
    ]);
    return globSync('**/*', { cwd: tree.content })
      .sort()
      .map((relative) => path.join(tree.content, relative))
      .filter((abs) => IMAGE_EXTENSIONS.test(abs) && !used.has(abs))
      .map((abs): Problem => ({
        severity: 'warning',
        rule: 'unused-image',
        file: tree.rel(abs),
        message: '这张图片没有被任何内容引用。若是路径写错了，请改正引用它的文件；否则可以删除。',
      }));
  },
};
