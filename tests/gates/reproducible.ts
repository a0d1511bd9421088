/**
 * Gate: reproducible builds. Two builds of the same content must give byte-identical folders, even on two
 * machines that differ in fonts, time zone and checkout path. This hashes every file of a tree, lists what differs
 * between two trees, and makes the pieces of "another machine": a fontconfig that knows no Chinese font and a
 * copy of the project at another path.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** sha256 of every file under `dir`, by path relative to `dir` (forward slashes). */
export function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, file).split(path.sep).join('/');
    hashes.set(relative, createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return hashes;
}

/** Files only in one tree, and files whose bytes differ; empty when the trees are identical. */
export function diffTrees(a: string, b: string): string[] {
  const left = hashTree(a);
  const right = hashTree(b);
  const problems: string[] = [];
  for (const [file, hash] of left) {
    if (!right.has(file)) problems.push(`only in the first build: ${file}`);
    else if (right.get(file) !== hash) problems.push(`differs: ${file}`);
  }
  for (const file of right.keys()) if (!left.has(file)) problems.push(`only in the second build: ${file}`);
  return problems.sort();
}

/** Latin-only fonts most Debian machines have; without them the fontconfig below knows no font at all. */
const LATIN_FONTS = '/usr/share/fonts/truetype/dejavu';

/**
 * A fonts.conf (for FONTCONFIG_FILE) whose only fonts are DejaVu: what a fresh machine without fonts-noto-cjk
 * sees. `fc-list :lang=zh` under it lists nothing.
 */
export function noCjkFontconfig(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'djjy-fontconfig-'));
  const fonts = path.join(dir, 'fonts');
  mkdirSync(fonts);
  const file = path.join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${fonts}</dir>
  ${existsSync(LATIN_FONTS) ? `<dir>${LATIN_FONTS}</dir>` : ''}
  <cachedir>${path.join(dir, 'cache')}</cachedir>
</fontconfig>
`,
  );
  return file;
}

/** Top-level names that a checkout does not carry (.gitignore) or that belong to this copy alone. */
const NOT_COPIED = new Set([
  '.git',
  'node_modules',
  'dist',
  '.stage',
  '.astro',
  '.scratch',
  'test-results',
  'playwright-report',
  'bench-results',
]);

/**
 * The project at `from` as if checked out at another path (a new temporary folder with another name);
 * node_modules is a link to the original's, so nothing is installed.
 */
export function checkoutCopy(from: string): string {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'djjy-checkout-')), 'elsewhere');
  cpSync(from, root, {
    recursive: true,
    filter: (src) => !NOT_COPIED.has(path.relative(from, src).split(path.sep)[0]!),
  });
  symlinkSync(path.join(from, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}
