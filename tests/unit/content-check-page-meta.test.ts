import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseGitLog, readGitDates } from '../../src/io/git-dates.ts';
import { editUrl, pageMetaFacts } from '../../src/io/page-meta.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'djjy-git-'));
  temps.push(dir);
  return dir;
}

describe('git dates', () => {
  it('takes the newest commit per file, as a China calendar date', () => {
    const log =
      '\0' +
      '2025-03-14T23:30:00+00:00\n\nlectures/01.mdx\n' +
      '\0' +
      '2024-01-02T10:00:00+08:00\n\nlectures/01.mdx\npeople/li-na.md\n';
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['lectures/01.mdx', '2025-03-15'],
        ['people/li-na.md', '2024-01-02'],
      ]),
    );
    expect(parseGitLog('')).toEqual(new Map());
  });

  it('reads a real repository with one git call, paths relative to the content folder', () => {
    const repo = tempDir();
    const content = path.join(repo, 'site', 'content');
    mkdirSync(path.join(content, 'people'), { recursive: true });
    const git = (args: string[], date: string) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.cn', ...args], {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
    git(['init', '-q'], '2024-01-01T00:00:00+08:00');
    writeFileSync(path.join(content, 'people', '张伟.md'), 'a');
    writeFileSync(path.join(content, 'people', 'li-na.md'), 'a');
    git(['add', '.'], '2024-05-01T09:00:00+08:00');
    git(['commit', '-qm', 'one'], '2024-05-01T09:00:00+08:00');
    writeFileSync(path.join(content, 'people', 'li-na.md'), 'b');
    git(['commit', '-qam', 'two'], '2025-02-03T20:00:00+08:00');
    expect(readGitDates(content)).toEqual(
      new Map([
        ['people/li-na.md', '2025-02-03'],
        ['people/张伟.md', '2024-05-01'],
      ]),
    );
  });

  it('falls back silently to no dates outside a git checkout', () => {
    expect(readGitDates(tempDir())).toEqual(new Map());
    expect(readGitDates(path.join(tempDir(), 'missing'))).toEqual(new Map());
  });
});

describe('page meta', () => {
  const content = tempDir();
  mkdirSync(path.join(content, 'lectures'));
  writeFileSync(path.join(content, 'lectures', '01-keji.mdx'), '');
  const dates = new Map([['lectures/01-keji.mdx', '2025-03-15']]);

  it('builds the edit link from the configured prefix, and none when it is empty', () => {
    expect(editUrl('https://git.example.cn/djjy/edit/main/', 'lectures/01-keji.mdx')).toBe(
      'https://git.example.cn/djjy/edit/main/content/lectures/01-keji.mdx',
    );
    expect(editUrl('https://git.example.cn/djjy/edit/main', 'people/张伟.md')).toBe(
      'https://git.example.cn/djjy/edit/main/content/people/%E5%BC%A0%E4%BC%9F.md',
    );
    expect(editUrl('', 'lectures/01-keji.mdx')).toBeUndefined();
    expect(editUrl('   ', 'lectures/01-keji.mdx')).toBeUndefined();
  });

  it('prefers the frontmatter date over git, and shows nothing when neither is known', () => {
    const base = { content, collection: 'lectures' as const, id: '01-keji', dates };
    expect(pageMetaFacts({ ...base, editBaseUrl: '' })).toEqual({ updated: '2025-03-15' });
    expect(pageMetaFacts({ ...base, editBaseUrl: '', updated: '2025-06-01' })).toEqual({ updated: '2025-06-01' });
    expect(pageMetaFacts({ ...base, editBaseUrl: '', dates: new Map() })).toEqual({});
    expect(pageMetaFacts({ ...base, editBaseUrl: 'https://e.example.cn/' })).toEqual({
      updated: '2025-03-15',
      editUrl: 'https://e.example.cn/content/lectures/01-keji.mdx',
    });
  });
});
