/** file-name: a file's name is its entry's id, so it may hold only lower-case letters, digits and hyphens. */
import { ID_PATTERN } from '../../schemas/fields.ts';
import type { Rule } from './rule.ts';

// Not node:path: the web editor runs this rule in the browser before saving (src/cms/form-check.ts).
const basename = (file: string) => file.split(/[\\/]/).at(-1) ?? file;

/** Why a file name is limited: also the web editor's words under the file-name box of a new person. */
export const FILE_NAME_RULE = '只能用小写字母、数字和连字符：它就是这条内容的编号，别处靠它引用。';

export const fileName: Rule = {
  name: 'file-name',
  each: 'tree',
  check: (tree) =>
    tree.files
      .filter(({ id }) => !ID_PATTERN.test(basename(id)))
      .map(({ file, relative, collection }) => ({
        severity: 'error',
        rule: 'file-name',
        file,
        message: `文件名「${basename(relative)}」${FILE_NAME_RULE}`,
        found: basename(relative),
        expected: '小写拼音或数字，用连字符连接',
        example: collection === 'books' ? '9787020002207.md' : 'zhang-wei.md',
      })),
};
