/**
 * `npm run build` runs Astro in a child process and writes the search index in its own process after that child
 * has exited (scripts/build.ts, src/io/search/index-host.ts), so Astro's memory and Pagefind's memory while
 * writing never add up (docs/search.md, "Memory of the index"). Watched from outside: the process tree of a real
 * build of the fixture site, polled from /proc.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build-site.ts';
import { TEST_BUILD_DATE } from '../../scripts/lib/test-build-date.ts';

interface Seen {
  parent: number;
  name: string;
  last: number;
}

/** Every process below `root` right now: pid → parent pid and command name. */
function descendants(root: number): Map<number, { parent: number; name: string }> {
  const all = new Map<number, { parent: number; name: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      all.set(Number(entry), { parent, name });
    } catch {
      // Ended between the listing and the read.
    }
  }
  const tree = new Map<number, { parent: number; name: string }>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, info] of all)
      if (!tree.has(pid) && (info.parent === root || tree.has(info.parent))) {
        tree.set(pid, info);
        grew = true;
      }
  }
  return tree;
}

describe.skipIf(!existsSync('/proc/self/stat'))('npm run build and the search index', () => {
  it('writes the index in the build script’s process after Astro’s process has exited', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'djjy-index-host-'));
    const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;
    const build = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      env: {
        ...env,
        CONTENT_DIR: path.join(ROOT, 'tests/fixtures/site'),
        OUT_DIR: path.join(work, 'dist'),
        ASTRO_CACHE_DIR: path.join(work, 'cache'),
        BUILD_DATE: TEST_BUILD_DATE,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const seen = new Map<number, Seen>();
    const poll = setInterval(() => {
      const now = performance.now();
      for (const [pid, info] of descendants(build.pid!)) seen.set(pid, { ...info, last: now });
    }, 20);
    const code = await new Promise<number | null>((resolve) => build.once('close', resolve));
    clearInterval(poll);
    expect(code, output).toBe(0);
    expect(existsSync(path.join(work, 'dist/pagefind/pagefind-entry.json'))).toBe(true);

    const pagefind = [...seen.values()].filter((p) => p.name.startsWith('pagefind'));
    // Astro's build: the build script's child that is node (its main thread names itself MainThread).
    const astro = [...seen.entries()].filter(
      ([, p]) => p.parent === build.pid && (p.name === 'node' || p.name === 'MainThread'),
    );
    expect(pagefind, 'one Pagefind indexer').toHaveLength(1);
    expect(astro, 'Astro runs in a child process of the build script').toHaveLength(1);
    expect(pagefind[0]!.parent, 'Pagefind belongs to the build script, not to Astro’s process').toBe(build.pid);
    // Pagefind was still there (writing) after Astro's process had gone.
    expect(pagefind[0]!.last).toBeGreaterThan(astro[0]![1].last);
  }, 300_000);
});
