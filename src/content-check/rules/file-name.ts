/** file-name: a file's name is its entry's id, so it may hold only lower-case letters, digits and hyphens. */
import path from 'node:path';
import type { Rule } from './rule.ts';

export const fileName: Rule = {
  name: 'file-name',
  each: 'tree',
  check: (tree) =>
    tree.files
      .filter(({ id }) => !/^[a-z0-9][a-z0-9-]*$/.test(path.basename(id)))
      .map(({ file, relative, collection }) => ({
        severity: 'error',
        rule: 'file-name',
        file,
        message: `文件名「${path.basename(relative)}」只能用小写字母、数字和连字符：它就是这条内容的编号，别处靠它引用。`,
        found: path.basename(relative),
        expected: '小写拼音或数字，用连字符连接',
        example: collection === 'books' ? '9787020002207.md' : 'zhang-wei.md',
      })),
};
