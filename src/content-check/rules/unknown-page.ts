/** unknown-page: a content/pages file the site has no address for would silently not show; say what to write. */
import { PAGE_IDS } from '../../schemas/page.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

export const unknownPage: Rule = {
  name: 'unknown-page',
  each: 'tree',
  check: (tree) =>
    tree.entries
      .filter((entry) => entry.collection === 'pages' && !PAGE_IDS.includes(entry.id))
      .map((entry): Problem => ({
        severity: 'error',
        rule: 'unknown-page',
        file: entry.file,
        found: entry.id,
        message: `本站只发布这几个页面：${PAGE_IDS.map((id) => `${id}.md`).join('、')}；「${entry.id}」没有对应的网址，写了也不会显示。请把内容并入其中一个页面，或改成这几个文件名之一。`,
        expected: PAGE_IDS.join(' / '),
        example: `${PAGE_IDS[0]}.md`,
      })),
};
