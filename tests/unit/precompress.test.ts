import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from '../../src/io/precompress.ts';

describe('precompress (build step)', () => {
  it('writes .gz and .br beside text files, and leaves small, binary and Pagefind index files alone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'djjy-precompress-'));
    const page = `<!doctype html><title>讲坛</title>${'<p>初心讲坛 · 南江读书会</p>'.repeat(100)}`;
    mkdirSync(path.join(dir, 'lectures/1'), { recursive: true });
    mkdirSync(path.join(dir, 'pagefind/fragment'), { recursive: true });
    writeFileSync(path.join(dir, 'lectures/1/index.html'), page);
    writeFileSync(path.join(dir, 'feed.xml'), `<rss>${'<item>x</item>'.repeat(50)}</rss>`);
    writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\n');
    writeFileSync(path.join(dir, 'pagefind/fragment/zh_1a2b3c.pf_fragment'), Buffer.alloc(2000, 1));
    writeFileSync(path.join(dir, 'cover.png'), Buffer.alloc(2000, 1));

    expect(await precompress(dir)).toEqual({ files: 2, gzip: 2, brotli: 2 });
    const html = path.join(dir, 'lectures/1/index.html');
    expect(gunzipSync(readFileSync(`${html}.gz`)).toString()).toBe(page);
    expect(brotliDecompressSync(readFileSync(`${html}.br`)).toString()).toBe(page);
    expect(existsSync(path.join(dir, 'feed.xml.gz'))).toBe(true);
    for (const file of ['robots.txt', 'pagefind/fragment/zh_1a2b3c.pf_fragment', 'cover.png']) {
      expect(existsSync(path.join(dir, `${file}.gz`)), file).toBe(false);
      expect(existsSync(path.join(dir, `${file}.br`)), file).toBe(false);
    }
  });

  it('leaves a file that arrives with its compressed copies alone (the cached web-editor bundle)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'djjy-precompress-'));
    const script = `console.log(${JSON.stringify('编辑器'.repeat(200))});`;
    writeFileSync(path.join(dir, 'cached.js'), script);
    writeFileSync(path.join(dir, 'cached.js.gz'), 'made earlier');
    writeFileSync(path.join(dir, 'fresh.js'), script);

    expect(await precompress(dir)).toEqual({ files: 1, gzip: 1, brotli: 1 });
    expect(readFileSync(path.join(dir, 'cached.js.gz'), 'utf8')).toBe('made earlier');
    expect(existsSync(path.join(dir, 'cached.js.br'))).toBe(false);
    expect(gunzipSync(readFileSync(path.join(dir, 'fresh.js.gz'))).toString()).toBe(script);
  });
});
