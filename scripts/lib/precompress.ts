/**
 * Precompression of the built site: writes `file.gz` and `file.br` next to every compressible text file, so a
 * server that serves precompressed files (nginx's gzip_static and brotli_static, see deploy/nginx/) sends the
 * smallest encoding at no CPU cost per request. Hosts that ignore these files lose nothing but disk space.
 *
 * Pagefind's index files (pf_meta, pf_index, pf_fragment, pf_filter, wasm.*.pagefind) are gzip data already and
 * are left alone; its JavaScript and JSON are compressed like every other text file.
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Text files worth compressing: everything the build writes that is not already compressed. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|webmanifest|xml|svg|txt|ics|csv)$/i;

/** Below this size the encoded file saves less than a network packet: not worth a second file. */
export const MIN_BYTES = 256;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface PrecompressResult {
  files: number;
  gzip: number;
  brotli: number;
}

/** Compresses one file's bytes; an encoding is kept only when it is smaller than the original. */
async function compressFile(file: string, result: PrecompressResult): Promise<void> {
  const source = readFileSync(file);
  if (source.length < MIN_BYTES) return;
  const [gz, br] = await Promise.all([
    // Node writes a gzip header without a timestamp, so the output is the same on every build.
    gzipAsync(source, { level: 9 }),
    brotliAsync(source, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        // Quality 10, not 11: files 1–2 % larger at half the time, which counts on a 10,000-page build.
        [constants.BROTLI_PARAM_QUALITY]: 10,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
  ]);
  result.files++;
  if (gz.length < source.length) {
    writeFileSync(`${file}.gz`, gz);
    result.gzip++;
  }
  if (br.length < source.length) {
    writeFileSync(`${file}.br`, br);
    result.brotli++;
  }
}

/** Writes `.gz` and `.br` beside every compressible file under `dir`, a few files at a time. */
export async function precompress(dir: string, concurrency = 4): Promise<PrecompressResult> {
  const files = globSync('**/*', { cwd: dir, withFileTypes: true })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const result: PrecompressResult = { files: 0, gzip: 0, brotli: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) await compressFile(files[next++]!, result);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return result;
}
