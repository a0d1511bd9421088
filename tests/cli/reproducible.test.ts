/**
 * Reproducible builds: the same content, built twice into separate folders with separate Astro caches and the
 * build date pinned, gives byte-identical output (every file, Pagefind's index included).
 * Run inside the build lock when run by hand: flock /tmp/astro-build.lock npm exec -- vitest run tests/cli/reproducible.test.ts
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildSite } from '../support/build-site.ts';
import { diffTrees, hashTree } from '../gates/reproducible.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/site');

describe('reproducible build', () => {
  it('builds tests/fixtures/site twice into byte-identical folders', () => {
    const first = buildSite(FIXTURE);
    expect(first.status, first.output).toBe(0);
    const second = buildSite(FIXTURE);
    expect(second.status, second.output).toBe(0);
    expect(first.outDir).not.toBe(second.outDir);
    expect(hashTree(first.outDir).size).toBeGreaterThan(10);
    expect(diffTrees(first.outDir, second.outDir)).toEqual([]);
  });
});
