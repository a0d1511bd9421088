/**
 * `npm run new` through the real CLI, then the real build of the result: once the placeholder speaker and
 * lead reader (refused by the content check) are replaced, the scaffold builds with the next session number. The same build shows no "last updated" (no git) and no edit link
 * (editBaseUrl empty).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TEST_BUILD_DATE } from '../../scripts/lib/test-build-date.ts';

// Builds queue behind every other build on the machine (flock), so allow for the wait.
const BUILD_TIMEOUT = 900_000;
const ROOT = path.resolve(import.meta.dirname, '../..');
const content = mkdtempSync(path.join(tmpdir(), 'djjy-new-'));
const out = mkdtempSync(path.join(tmpdir(), 'djjy-new-out-'));
cpSync(path.join(ROOT, 'tests/fixtures/site'), content, { recursive: true });
afterAll(() => [content, out].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(command: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command[0]!, command.slice(1), {
    cwd: ROOT,
    encoding: 'utf8',
    // No terminal on stdin: the scaffold asks nothing and fills placeholders.
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content, BUILD_DATE: TEST_BUILD_DATE, ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run new', () => {
  it('new lecture, new book --isbn and new person write valid files; a wrong ISBN writes nothing', () => {
    const lecture = run(['npm', 'run', '-s', 'new', '--', 'lecture']);
    expect(lecture.status, lecture.output).toBe(0);
    expect(lecture.output).toContain('（第 4 期）');
    const text = readFileSync(path.join(content, 'lectures/04.mdx'), 'utf8');
    expect(text).toContain('number: 4 #');
    expect(text).toContain(`date: ${TEST_BUILD_DATE} #`);
    // No real person stands in for the speaker (the fixture's lectures name li-na and wang-fang).
    expect(text).toContain('speakers: [dai-tian-xie] #');
    expect(lecture.output).toContain('speakers[0] 还是占位「dai-tian-xie」');
    const meeting = run(['npm', 'run', '-s', 'new', '--', 'meeting']);
    expect(meeting.status, meeting.output).toBe(0);
    expect(readFileSync(path.join(content, 'meetings/03.mdx'), 'utf8')).toContain('leadReaders: [dai-tian-xie] #');

    // The content check refuses both placeholders until an editor names the real people: file, field, fix.
    const check = run(['npm', 'run', '-s', 'check:content']);
    expect(check.status, check.output).toBe(1);
    const flat = check.output.replace(/[│\s]+/g, '');
    expect(flat).toContain('错误2个');
    expect(flat).toContain('›speakers[0]');
    expect(flat).toContain('›leadReaders[0]');
    expect(flat).toContain('主讲人还是npmrunnew留下的占位「dai-tian-xie」');
    expect(flat).toContain('领读人还是npmrunnew留下的占位「dai-tian-xie」');
    expect(flat).toContain('示例：speakers:[li-na]');
    const json = run(['npm', 'run', '-s', 'check:content', '--', '--json']);
    const { problems } = JSON.parse(json.output.slice(json.output.indexOf('{'))) as {
      problems: { severity: string; file: string; field?: string; message: string }[];
    };
    expect(problems.filter((p) => p.severity === 'error').map((p) => [path.basename(p.file), p.field])).toEqual([
      ['04.mdx', 'speakers[0]'],
      ['03.mdx', 'leadReaders[0]'],
    ]);
    for (const file of ['lectures/04.mdx', 'meetings/03.mdx']) {
      const abs = path.join(content, file);
      writeFileSync(abs, readFileSync(abs, 'utf8').replace('[dai-tian-xie]', '[li-na]'));
    }
    const fixed = run(['npm', 'run', '-s', 'check:content']);
    expect(fixed.status, fixed.output).toBe(0);

    const book = run([
      'npm',
      'run',
      '-s',
      'new',
      '--',
      'book',
      '--isbn',
      '7-5442-7087-4',
      '--title',
      '活着',
      '--author',
      '余华',
    ]);
    expect(book.status, book.output).toBe(0);
    expect(readFileSync(path.join(content, 'books/9787544270878.md'), 'utf8')).toContain(
      "isbn: '9787544270878' # ISBN 978-7-5442-7087-8",
    );

    const person = run(['npm', 'run', '-s', 'new', '--', 'person', '--name', '张伟']);
    expect(person.status, person.output).toBe(0);
    expect(existsSync(path.join(content, 'people/zhang-wei.md'))).toBe(true);

    const wrong = run(['npm', 'run', '-s', 'new', '--', 'book', '--isbn', '978-7-5442-7087-7']);
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain('最后一位应是 8');
    const usage = run(['npm', 'run', '-s', 'new', '--', 'lectur']);
    expect(usage.status).toBe(1);
    expect(usage.output).toContain('不认识的种类「lectur」');
  });

  it(
    'the new lecture builds once its speaker is named, as session 4; no date or edit link without git and editBaseUrl',
    () => {
      const outDir = path.join(out, 'dist');
      const result = run(['flock', '/tmp/astro-build.lock', 'npm', 'run', 'build'], {
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: path.join(out, '.astro-cache'),
        BUILD_DATE: TEST_BUILD_DATE,
        EDIT_BASE_URL: '',
      });
      expect(result.status, result.output).toBe(0);
      const html = readFileSync(path.join(outDir, 'lectures/4/index.html'), 'utf8');
      expect(html).toContain('待填写：讲座题目');
      expect(html).toContain('第4期');
      // The commented example body stays a comment.
      expect(html).not.toContain('讲座要点');
      expect(html).not.toContain('page-meta');
      expect(html).not.toContain('编辑此页');
      expect(existsSync(path.join(outDir, 'books/9787544270878/index.html'))).toBe(true);
    },
    BUILD_TIMEOUT,
  );
});
