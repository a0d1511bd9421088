/**
 * Pieces of "another machine" for tests that must not depend on the one they run on: a fontconfig that knows
 * no Chinese font, and a copy of the project at another checkout path.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './build-site.ts';

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
 * The project as if checked out at another path (a new temporary folder with another name); node_modules is a
 * link to this checkout's, so nothing is installed.
 */
export function checkoutCopy(): string {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'djjy-checkout-')), 'elsewhere');
  cpSync(ROOT, root, {
    recursive: true,
    filter: (src) => !NOT_COPIED.has(path.relative(ROOT, src).split(path.sep)[0]!),
  });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}
