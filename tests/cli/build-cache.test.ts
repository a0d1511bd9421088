/**
 * The build's cache folder (Astro's cache folder: ASTRO_CACHE_DIR here, node_modules/.astro/ by default; issue 27):
 * a build that finds the share cards and the compressed copies an earlier build left there writes the same bytes as
 * a build without them, every file of dist/ compared (pages, cards, citation files, .gz/.br, Pagefind's index), and
 * so does the editor's loop: one book retitled and rebuilt with the cache, against the same content built cold.
 * Run inside the build lock when run by hand: flock /tmp/astro-build.lock npx vitest run --project cli tests/cli/build-cache.test.ts
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, copyFixture } from '../support/build-site.ts';
import { diffTrees } from '../gates/reproducible.ts';

/** Every file of the card cache with its modification time: a card drawn again would be written again. */
function cardCache(cache: string): Map<string, number> {
  const dir = path.join(cache, 'og');
  return new Map(readdirSync(dir).map((name) => [name, statSync(path.join(dir, name)).mtimeMs]));
}

/** `[text files, of which from the cache]`, from the build's own progress line. */
function compressed(output: string): [number, number] {
  const line = /预压缩：(\d+) 个文本文件（(\d+) 个取自缓存）/.exec(output);
  expect(line, output).not.toBeNull();
  return [Number(line![1]), Number(line![2])];
}

describe('build cache', () => {
  it('a build with the cache writes what a build without it writes, after an edit too', { timeout: 600_000 }, () => {
    const work = mkdtempSync(path.join(tmpdir(), 'djjy-build-cache-'));
    const content = copyFixture();
    const cache = path.join(work, 'cache');
    const build = (name: string, cacheDir = cache) => {
      mkdirSync(path.join(work, name));
      const result = buildSite(content, {
        outDir: path.join(work, name, 'dist'),
        env: { ASTRO_CACHE_DIR: cacheDir, ASTRO_LOG_LEVEL: 'info' },
      });
      expect(result.status, result.output).toBe(0);
      return result;
    };

    const cold = build('cold');
    // Some pages are compressed while Astro renders (prefilled into the cache), the rest after it.
    const [coldFiles, coldHits] = compressed(cold.output);
    expect(coldHits).toBeLessThan(coldFiles);
    const cards = cardCache(cache);
    expect(cards.size).toBeGreaterThan(5);

    const warm = build('warm');
    expect(compressed(warm.output)).toEqual([coldFiles, coldFiles]);
    expect(cardCache(cache), 'no card drawn again').toEqual(cards);
    expect(diffTrees(cold.outDir, warm.outDir)).toEqual([]);

    // The editor's loop: one book's title corrected.
    const book = path.join(content, 'books', '9787020002207.md');
    writeFileSync(book, readFileSync(book, 'utf8').replace('title: 平凡的世界', 'title: 平凡的世界（修订本）'));
    const edited = build('edited');
    const [files, hits] = compressed(edited.output);
    expect(hits).toBeGreaterThan(files / 2);
    expect(hits).toBeLessThan(files);
    const page = readFileSync(path.join(edited.outDir, 'books/9787020002207/index.html'), 'utf8');
    expect(page).toContain('平凡的世界（修订本）');
    const card = 'og/books/9787020002207.png';
    expect(readFileSync(path.join(edited.outDir, card))).not.toEqual(readFileSync(path.join(cold.outDir, card)));
    expect(cardCache(cache).size, 'one new card').toBe(cards.size + 1);

    const fresh = build('fresh', path.join(work, 'fresh-cache'));
    expect(compressed(fresh.output)[1]).toBeLessThan(files);
    expect(diffTrees(edited.outDir, fresh.outDir)).toEqual([]);
  });
});
