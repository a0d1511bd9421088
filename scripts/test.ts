/**
 * `npm test`: every check in order — lint, format, astro check (warnings fail), unit tests, the production build,
 * CLI tests (real builds of fixtures), browser tests (Playwright on dist/, the quality gates included) — with a
 * result per step and a last line the CI reads: `N passed, M failed`. A failed step does not stop the later ones
 * (you see everything that is wrong at once), except that the browser tests need the build.
 * `pretest` (scripts/provision-test-env.mjs) has already made sure Chromium, CJK fonts and Java are present.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TEST_BUILD_DATE } from '../tests/support/build-date.ts';

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
  { name: 'lint', command: [bin('eslint'), '.'] },
  { name: 'format', command: [bin('prettier'), '--check', '.'] },
  { name: 'typecheck', command: locked([bin('astro'), 'check', '--minimumFailingSeverity', 'warning']) },
  {
    name: 'unit',
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
  { name: 'build', command: locked([process.execPath, 'scripts/build.ts']) },
  {
    // The CLI tests take the build lock themselves, build by build.
    name: 'cli',
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
  {
    name: 'e2e',
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

for (const step of steps) {
  const start = Date.now();
  const needed = step.needs && results.find((r) => r.name === step.needs);
  if (needed && !needed.ok) {
    results.push({
      name: step.name,
      ok: false,
      passed: 0,
      failed: 1,
      seconds: 0,
      note: `skipped: ${step.needs} failed`,
    });
    continue;
  }
  console.log(
    `\n▶ ${step.name}: ${step.command.map((c) => (c.startsWith(root) ? path.relative(root, c) : c)).join(' ')}`,
  );
  const run = spawnSync(step.command[0]!, step.command.slice(1), {
    cwd: root,
    stdio: 'inherit',
    // Every step sees the same pinned build date, so the suite passes on any day (tests/support/build-date.ts).
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: TEST_BUILD_DATE, ...step.env },
  });
  const ok = run.status === 0;
  const counts = step.counts?.();
  results.push({
    name: step.name,
    ok,
    passed: counts ? counts.passed : ok ? 1 : 0,
    failed: counts ? counts.failed + (ok || counts.failed > 0 ? 0 : 1) : ok ? 0 : 1,
    seconds: (Date.now() - start) / 1000,
    note: run.error ? run.error.message : counts ? `${counts.passed} passed, ${counts.failed} failed` : '',
  });
}
rmSync(reports, { recursive: true, force: true });

console.log('\n── npm test ──');
for (const r of results) {
  console.log(`${r.ok ? '✓' : '✗'} ${r.name.padEnd(10)} ${r.seconds.toFixed(1).padStart(7)} s  ${r.note}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
