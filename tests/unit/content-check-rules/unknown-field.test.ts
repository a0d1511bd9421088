import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { lecture, problemsOf, scratchSite } from './scratch.ts';

describe('rule unknown-field', () => {
  it('names the key, guesses the field meant and lists the ones allowed', () => {
    const dir = scratchSite({ 'lectures/09-typo.mdx': lecture({ attendence: '120' }) });
    const [problem, ...rest] = problemsOf('unknown-field', dir);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'error',
      file: path.join(dir, 'lectures/09-typo.mdx'),
      field: 'attendence',
      message: '不认识的字段「attendence」。是不是想写 attendance？字段名区分大小写，只能用下面列出的字段。',
      found: '120',
      example: 'attendance: 120',
    });
    expect(problem!.expected).toMatch(/^可用的字段：number、title、.*attendance/);
  });

  it('tells what replaced a retired field', () => {
    const dir = scratchSite({
      'books/9787544270878.md': '---\ntitle: 书\nauthors: [路遥]\nisbn: 9787544270878\nstatus: 借出\n---\n',
    });
    expect(problemsOf('unknown-field', dir)).toEqual([
      expect.objectContaining({ field: 'status', message: expect.stringMatching(/^字段「status」已停用：.*lent/) }),
    ]);
  });
});
