/**
 * Bad content through the real CLIs: the health check (fast) for each of issue 2's bad inputs, and the real
 * build for the five-mistakes file and one of them, which must fail with every message and publish nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TEST_BUILD_DATE } from '../../scripts/lib/test-build-date.ts';

// Builds queue behind every other build on the machine (flock), so allow for the wait.
const BUILD_TIMEOUT = 900_000;
const ROOT = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function withCase(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'djjy-bad-'));
  temps.push(dir);
  cpSync(path.join(ROOT, 'tests/fixtures/site'), dir, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/bad-content', name), dir, { recursive: true });
  return dir;
}

function run(command: string[], env: Record<string, string>) {
  const result = spawnSync(command[0]!, command.slice(1), {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: TEST_BUILD_DATE, ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, stdout: result.stdout };
}

/** The real build, serialised with every other build on this machine (they share .astro/). */
function build(content: string, outDir: string) {
  return run(['flock', '/tmp/astro-build.lock', 'npm', 'run', 'build'], {
    CONTENT_DIR: content,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: path.join(path.dirname(outDir), '.astro-cache'),
  });
}

const CASES = [
  ['missing-field', 'lectures/04-no-title.mdx', 'title', '缺少必填字段 title'],
  ['impossible-date', 'meetings/03-feb-30.mdx', 'date', '「2025-02-30」不存在'],
  ['malformed-date', 'lectures/04-slash-date.mdx', 'date', '日期应写成 YYYY-MM-DD'],
  ['isbn-checksum', 'books/9787544270878.md', 'isbn', '校验位不对'],
  ['duplicate-lecture', 'lectures/04-again-two.mdx', 'number', '期数 2 已被'],
  ['duplicate-meeting', 'meetings/03-again-one.mdx', 'number', '期数 1 已被'],
  ['missing-book', 'lectures/04-missing-book.mdx', 'recommendedBooks[0]', '找不到图书「9787544270878」'],
  ['missing-person', 'books/9787544270878.md', 'donor', '找不到人物「zhao-si」'],
  ['clc-letter', 'books/9787544270878.md', 'clc', '不是 22 个基本大类之一'],
] as const;

describe('npm run check:content on bad content', () => {
  it.each(CASES)('%s: exit 1, one error naming %s › %s', (name, file, field, message) => {
    const content = withCase(name);
    const json = run(['npm', 'run', '-s', 'check:content', '--', '--json'], { CONTENT_DIR: content });
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { errors: number; problems: Record<string, string>[] };
    expect(report.errors).toBe(1);
    const error = report.problems.find((p) => p.severity === 'error')!;
    expect(error).toMatchObject({ file: path.join(content, file), field });
    expect(error.message).toContain(message);
    expect(error.expected).toBeTruthy();

    const table = run(['npm', 'run', '-s', 'check:content'], { CONTENT_DIR: content });
    expect(table.status).toBe(1);
    expect(table.output).toMatch(/│ 错误 │/);
    expect(table.output).toContain(`› ${field}`);
    expect(table.output).toContain('错误 1 个');
  });

  it('exits 0 on good content', () => {
    const result = run(['npm', 'run', '-s', 'check:content'], { CONTENT_DIR: path.join(ROOT, 'tests/fixtures/site') });
    expect(result.status).toBe(0);
    expect(result.output).toContain('错误 0 个');
  });
});

describe('npm run build on bad content', () => {
  it(
    'a file with five different mistakes: five clear messages in one run, and nothing published',
    () => {
      const content = withCase('five-mistakes');
      const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'djjy-out-')), 'dist');
      temps.push(path.dirname(outDir));
      // A previous site in OUT_DIR must survive the failed build untouched.
      mkdirSync(outDir);
      writeFileSync(path.join(outDir, 'index.html'), 'previous site');
      const result = build(content, outDir);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('内容检查发现 5 个错误，网站没有生成');
      const file = path.join(content, 'lectures/04-five-mistakes.mdx');
      for (const [field, text] of [
        ['title', '缺少必填字段 title'],
        ['date', '「2024-02-30」不存在'],
        ['format', '形式只能是 线下、线上、线上线下 之一'],
        ['attendence', '是不是想写 attendance'],
        ['speakers[0]', '找不到人物「zhang-san」'],
      ]) {
        expect(result.output, field).toContain(`${file} › ${field}`);
        expect(result.output, field).toContain(text);
      }
      expect(result.output).toContain('示例：');
      expect(result.output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
      expect(readdirSync(outDir)).toEqual(['index.html']);
      expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous site');
    },
    BUILD_TIMEOUT,
  );

  it(
    'a wrong ISBN checksum: one message naming file, field and expectation; no dist/ created',
    () => {
      const content = withCase('isbn-checksum');
      const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'djjy-out-')), 'dist');
      temps.push(path.dirname(outDir));
      const result = build(content, outDir);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('内容检查发现 1 个错误');
      expect(result.output).toContain(`${path.join(content, 'books/9787544270878.md')} › isbn`);
      expect(result.output).toContain('最后一位应是 8');
      expect(result.output).toContain('应填：ISBN');
      expect(existsSync(outDir)).toBe(false);
    },
    BUILD_TIMEOUT,
  );
});
