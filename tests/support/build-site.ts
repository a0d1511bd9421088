/**
 * Runs the real build (`scripts/build.ts`, what `npm run build` runs) on a content folder, into a temporary
 * output folder with its own Astro cache, so CLI tests never touch content/ or dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TEST_BUILD_DATE } from '../../scripts/lib/test-build-date.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** A scratch copy of a fixture content tree that a test may change freely. */
export function copyFixture(fixture = path.join(ROOT, 'tests/fixtures/site')): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'djjy-content-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

export function buildSite(
  contentDir: string,
  options: {
    outDir?: string;
    env?: Record<string, string>;
    /** Project checkout to build with (default: this one). */ root?: string;
  } = {},
): BuildResult {
  const outDir = options.outDir ?? path.join(mkdtempSync(path.join(tmpdir(), 'djjy-dist-')), 'dist');
  // Vitest copies Vite's import.meta.env values (BASE_URL=/, MODE, DEV, PROD, SSR) into process.env; the child
  // Astro build would read them back as env overrides, and BASE_URL=/ would silently cancel BASE_PATH.
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...parentEnv } = process.env;
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: options.root ?? ROOT,
    encoding: 'utf8',
    env: {
      ...parentEnv,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: path.join(path.dirname(outDir), '.astro-cache'),
      BUILD_DATE: TEST_BUILD_DATE,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** The fixture site copied to `<work>/content` with a spreadsheet imported into it by the real import CLI. */
export function fixtureWithImport(work: string, sheet: string): string {
  const content = path.join(work, 'content');
  cpSync(path.join(ROOT, 'tests/fixtures/site'), content, { recursive: true });
  const imported = spawnSync(process.execPath, ['scripts/import-books.ts', sheet, '--out', content], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (imported.status !== 0) throw new Error(imported.stdout + imported.stderr);
  return content;
}
