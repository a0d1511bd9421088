/**
 * Throwaway copies for the benchmark. Builds run in a copy of the project (so `.astro/`, the staging folder and
 * Vite's caches never collide with a developer's or another test's build) whose node_modules is a folder of
 * links to the real packages: nothing is installed, and no cache folder inside node_modules is shared.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** Folders that are build output, caches or editor content: never copied. */
const SKIP = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.stage',
  '.git',
  '.scratch',
  'content',
  'test-results',
  'playwright-report',
]);

/** Links every package of `from` into a new `<to>/node_modules`, leaving out the caches tools keep there. */
export function linkNodeModules(from: string, to: string): void {
  const target = path.join(to, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name === '.astro' || name === '.vite' || name === '.cache' || name === '.vite-temp') continue;
    symlinkSync(path.join(from, name), path.join(target, name));
  }
}

/** Copies the project's sources (not content/, not build output) into `to` and links its packages. */
export function copyProject(root: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(root)) {
    if (SKIP.has(name) || name.startsWith('.cache') || name.startsWith('dist')) continue;
    cpSync(path.join(root, name), path.join(to, name), { recursive: true, verbatimSymlinks: true });
  }
  linkNodeModules(path.join(root, 'node_modules'), to);
}
