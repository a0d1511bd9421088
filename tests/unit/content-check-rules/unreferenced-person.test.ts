import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { lecture, problemsOf, scratchSite } from './scratch.ts';

describe('rule unreferenced-person', () => {
  it('notes a person nothing points at; a placeholder id points at nobody', () => {
    const dir = scratchSite({
      'people/dai-tian-xie.md': '---\nname: 占位\nkind: 其他\n---\n',
      'people/zhang-wei.md': '---\nname: 张伟\nkind: 党员\n---\n',
      'lectures/09-new.mdx': lecture({ speakers: '[dai-tian-xie]' }),
    });
    expect(problemsOf('unreferenced-person', dir)).toEqual([
      {
        severity: 'info',
        rule: 'unreferenced-person',
        file: path.join(dir, 'people/dai-tian-xie.md'),
        message: '人物 占位 没有被任何讲坛、读书会或图书引用。若已不需要可以删除；新人物稍后被引用即可。',
      },
      expect.objectContaining({ file: path.join(dir, 'people/zhang-wei.md') }),
    ]);
  });
});
