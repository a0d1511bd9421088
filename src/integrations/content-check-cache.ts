/**
 * Remembers content trees the content check found clean, so a rebuild (or `npm run dev`) of unchanged content
 * skips the check: at 10,000 books it reads and validates every file again, seconds of CPU per build. The key is a
 * hash of every content file (path and bytes), the check's own sources (rules, schemas, the lib they use) and the
 * date the check compares against; any change to one of them means a new key, so the check runs again.
 * Only clean results are kept: a tree with errors is checked (and reported) every time.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What can change the check's verdict besides the content, relative to the project root (the lock file: zod, yaml). */
const CHECK_SOURCES = ['src/content-check/**/*.ts', 'src/schemas/**/*.ts', 'src/lib/**/*.ts', 'package-lock.json'];

function hashFiles(hash: ReturnType<typeof createHash>, base: string, patterns: string[]): void {
  const files = patterns.flatMap((pattern) => globSync(pattern, { cwd: base, withFileTypes: true }));
  const names = files
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(base, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const name of names) {
    hash.update(`${name}\0`);
    hash.update(readFileSync(path.join(base, name)));
    hash.update('\0');
  }
}

/** The key of one check: the content tree, the check's sources and the date it checks against. */
export function contentCheckKey(options: { root: string; content: string; today: string }): string {
  const hash = createHash('sha256').update(`${options.today}\0`);
  hashFiles(hash, options.root, CHECK_SOURCES);
  hash.update('\0content\0');
  hashFiles(hash, options.content, ['**/*']);
  return hash.digest('hex').slice(0, 32);
}

const marker = (cacheDir: string, key: string) => path.join(cacheDir, 'content-check', `${key}.clean`);

/** True when a check with this key has found the content clean before. */
export function knownClean(cacheDir: string, key: string): boolean {
  return existsSync(marker(cacheDir, key));
}

/** Records that the check with this key found no errors. */
export function rememberClean(cacheDir: string, key: string): void {
  mkdirSync(path.dirname(marker(cacheDir, key)), { recursive: true });
  writeFileSync(marker(cacheDir, key), '');
}
