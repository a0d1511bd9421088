/**
 * `npm test`: every check — lint, format, astro check (warnings fail), unit tests, the production build, CLI tests
 * (real builds of fixtures), browser tests (Playwright on dist/, the quality gates included) — with a result per
 * step and a last line the CI reads: `N passed, M failed`. A failed step does not stop the others (you see
 * everything that is wrong at once), except that the browser tests need the build.
 * The steps run in two lanes side by side, so both cores stay busy: the build, the browser tests, the unit tests and
 * astro check; the CLI tests, lint and format. The lanes are balanced by measured time (clean clone, two cores,
 * 2026-11-28: build + browser + unit + astro check 723 s beside CLI + lint + format 690 s): the CLI tests run one
 * file at a time (about one core), so they start at once and the shorter steps fill in behind the browser tests.
 * Each step's output is printed whole when it ends.
 * `pretest` (scripts/provision-test-env.mjs) has already made sure Chromium, CJK fonts and Java are present.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TEST_BUILD_DATE } from './lib/test-build-date.ts';

const root = path.resolve(import.meta.dirname, '..');
const reports = mkdtempSync(path.join(tmpdir(), 'djjy-test-'));
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
// Builds share .astro/ and node_modules/.astro/: take the machine-wide build lock where flock exists.
const locked = (command: string[]) =>
  existsSync('/usr/bin/flock') ? ['/usr/bin/flock', '/tmp/astro-build.lock', ...command] : command;

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Reads passed/failed test counts from the step's JSON report; without it the step counts as one check. */
  counts?: () => { passed: number; failed: number } | undefined;
  needs?: string;
  /** Steps run one after another within a lane; lanes run side by side. */
  lane: 'site' | 'checks';
}

function vitestCounts(file: string) {
  return () => {
    if (!existsSync(file)) return undefined;
    const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  };
}

const unitReport = path.join(reports, 'unit.json');
const cliReport = path.join(reports, 'cli.json');
const e2eReport = path.join(reports, 'e2e.json');

const steps: Step[] = [
  {
    name: 'cli',
    lane: 'checks',
    command: [
      bin('vitest'),
      'run',
      '--project',
      'cli',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${cliReport}`,
    ],
    counts: vitestCounts(cliReport),
  },
  { name: 'lint', lane: 'checks', command: [bin('eslint'), '.'] },
  { name: 'format', lane: 'checks', command: [bin('prettier'), '--check', '.'] },
  { name: 'build', lane: 'site', command: locked([process.execPath, 'scripts/build.ts']) },
  {
    name: 'e2e',
    lane: 'site',
    command: [bin('playwright'), 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport },
    needs: 'build',
    counts: () => {
      if (!existsSync(e2eReport)) return undefined;
      const { stats } = JSON.parse(readFileSync(e2eReport, 'utf8')) as {
        stats: { expected: number; unexpected: number; flaky: number };
      };
      return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
    },
  },
  {
    name: 'unit',
    lane: 'site',
    command: [
      bin('vitest'),
      'run',
      '--project',
      'unit',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${unitReport}`,
    ],
    counts: vitestCounts(unitReport),
  },
  {
    name: 'typecheck',
    lane: 'site',
    command: locked([bin('astro'), 'check', '--minimumFailingSeverity', 'warning']),
  },
];

interface Result {
  name: string;
  ok: boolean;
  passed: number;
  failed: number;
  seconds: number;
  note: string;
}
const results: Result[] = [];
const show = (command: string[]) => command.map((c) => (c.startsWith(root) ? path.relative(root, c) : c)).join(' ');

/** Runs one step with its output collected, so lanes running side by side do not interleave their lines. */
function run(step: Step): Promise<Result> {
  const start = Date.now();
  const needed = step.needs && results.find((r) => r.name === step.needs);
  if (needed && !needed.ok) {
    return Promise.resolve({
      name: step.name,
      ok: false,
      passed: 0,
      failed: 1,
      seconds: 0,
      note: `skipped: ${step.needs} failed`,
    });
  }
  console.log(`▶ ${step.name} started: ${show(step.command)}`);
  const child = spawn(step.command[0]!, step.command.slice(1), {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Every step sees the same pinned build date, so the suite passes on any day (scripts/lib/test-build-date.ts).
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: TEST_BUILD_DATE, ...step.env },
  });
  const output: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    let error: Error | undefined;
    child.on('error', (e) => (error = e));
    child.on('close', (status) => {
      const seconds = (Date.now() - start) / 1000;
      process.stdout.write(`\n━━ ${step.name} (${seconds.toFixed(1)} s): ${show(step.command)}\n`);
      process.stdout.write(Buffer.concat(output));
      const ok = status === 0 && !error;
      const counts = step.counts?.();
      resolve({
        name: step.name,
        ok,
        passed: counts ? counts.passed : ok ? 1 : 0,
        failed: counts ? counts.failed + (ok || counts.failed > 0 ? 0 : 1) : ok ? 0 : 1,
        seconds,
        note: error ? error.message : counts ? `${counts.passed} passed, ${counts.failed} failed` : '',
      });
    });
  });
}

// `node scripts/test.ts lint unit` runs only the steps named (the browser tests then use the dist/ there is).
const only = process.argv.slice(2);
const chosen = steps.filter((step) => only.length === 0 || only.includes(step.name));

async function runLane(lane: Step['lane']) {
  for (const step of chosen.filter((s) => s.lane === lane)) results.push(await run(step));
}

await Promise.all([runLane('site'), runLane('checks')]);
rmSync(reports, { recursive: true, force: true });

console.log('\n── npm test ──');
for (const r of chosen.map((step) => results.find((result) => result.name === step.name)!)) {
  console.log(`${r.ok ? '✓' : '✗'} ${r.name.padEnd(10)} ${r.seconds.toFixed(1).padStart(7)} s  ${r.note}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
