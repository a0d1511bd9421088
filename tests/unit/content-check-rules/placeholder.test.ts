import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { lecture, problemsOf, scratchSite } from './scratch.ts';

describe('rule placeholder', () => {
  it('warns about each frontmatter line still saying 待填写, not about comments or the body', () => {
    const text = lecture({ title: '待填写', summary: '待填写' }, '# 待填写：正文里的字样不算').replace(
      'number: 9',
      'number: 9\n# 待填写：这是提示',
    );
    const dir = scratchSite({ 'lectures/09-new.mdx': text });
    expect(problemsOf('placeholder', dir)).toEqual([
      {
        severity: 'warning',
        rule: 'placeholder',
        file: path.join(dir, 'lectures/09-new.mdx'),
        field: 'title',
        found: 'title: 待填写',
        message: '第 4 行还有 npm run new 留下的「待填写」，发布前请改成真实内容，并删掉「待填写」字样。',
      },
      expect.objectContaining({ field: 'summary', found: 'summary: 待填写' }),
    ]);
  });
});
