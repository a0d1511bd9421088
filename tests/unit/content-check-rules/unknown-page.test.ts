import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { problemsOf, scratchSite } from './scratch.ts';

describe('rule unknown-page', () => {
  it('refuses a page the site has no address for, listing the ones it publishes', () => {
    const dir = scratchSite({ 'pages/history.md': '---\ntitle: 园区历史\ndescription: 一句话。\n---\n正文\n' });
    expect(problemsOf('unknown-page', dir)).toEqual([
      {
        severity: 'error',
        rule: 'unknown-page',
        file: path.join(dir, 'pages/history.md'),
        found: 'history',
        message:
          '本站只发布这几个页面：about-lectures.md、about-meetings.md、about-library.md；「history」没有对应的网址，写了也不会显示。请把内容并入其中一个页面，或改成这几个文件名之一。',
        expected: 'about-lectures / about-meetings / about-library',
        example: 'about-lectures.md',
      },
    ]);
  });
});
