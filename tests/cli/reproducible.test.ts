/**
 * Reproducible builds: the same content gives byte-identical output (every file, share images and Pagefind's
 * index included) when built twice as if on two machines: separate Astro caches, content folders and output
 * folders, another checkout path, another time zone, and one machine with no Chinese font at all
 * (FONTCONFIG_FILE). The build date is pinned, as in every test build.
 * Run inside the build lock when run by hand: flock /tmp/astro-build.lock npm exec -- vitest run tests/cli/reproducible.test.ts
 */
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture, ROOT } from '../support/build-site.ts';
import { checkoutCopy, diffTrees, hashTree, noCjkFontconfig } from '../gates/reproducible.ts';

describe('reproducible build', () => {
  it('builds tests/fixtures/site on two unlike machines into byte-identical folders', () => {
    const first = buildSite(copyFixture(), { env: { TZ: 'Pacific/Kiritimati' } });
    expect(first.status, first.output).toBe(0);
    const second = buildSite(copyFixture(), {
      root: checkoutCopy(ROOT),
      env: { TZ: 'Pacific/Honolulu', FONTCONFIG_FILE: noCjkFontconfig() },
    });
    expect(second.status, second.output).toBe(0);
    expect(first.outDir).not.toBe(second.outDir);
    const files = [...hashTree(first.outDir).keys()];
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((file) => file.startsWith('og/') && file.endsWith('.png')).length).toBeGreaterThan(5);
    expect(diffTrees(first.outDir, second.outDir)).toEqual([]);
  });
});
