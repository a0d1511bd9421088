/**
 * "Last updated" from git history and the "edit this page" link, in a real build of a content folder that
 * is its own git repository with commits at known dates.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TEST_BUILD_DATE } from '../../scripts/lib/test-build-date.ts';

// Builds queue behind every other build on the machine (flock), so allow for the wait.
const BUILD_TIMEOUT = 900_000;
const ROOT = path.resolve(import.meta.dirname, '../..');
const content = mkdtempSync(path.join(tmpdir(), 'djjy-git-content-'));
const out = mkdtempSync(path.join(tmpdir(), 'djjy-git-out-'));
afterAll(() => [content, out].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function git(args: string[], date: string) {
  execFileSync('git', ['-c', 'user.name=编辑', '-c', 'user.email=editor@example.cn', ...args], {
    cwd: content,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

describe('detail pages: last updated and edit link', () => {
  it(
    'shows the git date (China time), the frontmatter override, and the configured edit link',
    () => {
      cpSync(path.join(ROOT, 'tests/fixtures/site'), content, { recursive: true });
      git(['init', '-q'], '2025-01-01T00:00:00Z');
      git(['add', '.'], '2025-01-01T00:00:00Z');
      // 23:30 UTC is already the next day in China.
      git(['commit', '-qm', 'content'], '2025-03-14T23:30:00Z');
      const person = path.join(content, 'people/li-na.md');
      writeFileSync(person, readFileSync(person, 'utf8').replace('---\n', '---\nupdated: 2025-06-01\n'));
      git(['commit', '-qam', 'li-na'], '2025-07-07T10:00:00+08:00');

      const outDir = path.join(out, 'dist');
      const result = spawnSync('flock', ['/tmp/astro-build.lock', 'npm', 'run', 'build'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          CONTENT_DIR: content,
          OUT_DIR: outDir,
          ASTRO_CACHE_DIR: path.join(out, '.astro-cache'),
          BUILD_DATE: TEST_BUILD_DATE,
          EDIT_BASE_URL: 'https://git.example.cn/djjy/site/edit/main/',
        },
      });
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);

      const lecture = readFileSync(path.join(outDir, 'lectures/1/index.html'), 'utf8');
      expect(lecture).toContain('最后更新 <time datetime="2025-03-15">2025年3月15日</time>');
      expect(lecture).toContain('href="https://git.example.cn/djjy/site/edit/main/content/lectures/01-keji.mdx"');
      expect(lecture).toContain('编辑此页');
      const book = readFileSync(path.join(outDir, 'books/9787020002207/index.html'), 'utf8');
      expect(book).toContain('content/books/9787020002207.md"');
      const meeting = readFileSync(path.join(outDir, 'meetings/1/index.html'), 'utf8');
      expect(meeting).toContain('datetime="2025-03-15"');
      // The frontmatter date wins over the later commit.
      const personPage = readFileSync(path.join(outDir, 'people/li-na/index.html'), 'utf8');
      expect(personPage).toContain('最后更新 <time datetime="2025-06-01">2025年6月1日</time>');
    },
    BUILD_TIMEOUT,
  );
});
