/**
 * Precompression of the built site: writes `file.gz` and `file.br` next to every compressible text file, so a
 * server that serves precompressed files (nginx's gzip_static and brotli_static, see deploy/nginx/) sends the
 * smallest encoding at no CPU cost per request. Hosts that ignore these files lose nothing but disk space.
 *
 * Pagefind's index files (pf_meta, pf_index, pf_fragment, pf_filter, wasm.*.pagefind) are gzip data already and
 * are left alone; its JavaScript and JSON are compressed like every other text file. A file that arrives with a
 * `.gz` or `.br` beside it was compressed before (the web editor's bundle comes from a cache with its compressed
 * copies, src/cms/bundle.ts) and is not compressed again.
 */
import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Both encodings of one file's bytes. */
export interface Encoded {
  gz: Buffer;
  br: Buffer;
}

/**
 * Keeps encodings between builds (src/io/encoding-cache.ts): `get` answers for bytes it has seen, `set` keeps new
 * ones. Whatever it answers must be what `encode` would make of the same bytes.
 */
export interface EncodingCache {
  get(source: Buffer): Encoded | undefined;
  set(source: Buffer, encoded: Encoded): void;
}

export interface PrecompressOptions {
  /** Files compressed at once (zlib runs on libuv's thread pool). */
  concurrency?: number;
  cache?: EncodingCache;
  /** Top-level folders left alone (compressed by a later call once written). */
  skipFolders?: readonly string[];
}

// Node writes a gzip header without a timestamp, so the output is the same on every build. Level 6, not 9:
// measured on a 1,000-book build's 55 MB of text, 0.2 % larger files for 30 % less time.
const GZIP = { level: 6 };
const BROTLI = {
  [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
  // Quality 5, not 10: on a 1,000-book build's 55 MB of text quality 10 cost about 33 s of CPU (more than
  // rendering every book page) for files 10 % smaller than quality 5, which takes 1.6 s and still beats gzip
  // by 14 %. Brotli is only sent where the operator added the nginx module (deploy/nginx/brotli.conf.example).
  [constants.BROTLI_PARAM_QUALITY]: 5,
};

/** The settings as a string: part of the encoding cache's key (with zlib's and Brotli's versions). */
export const ENCODING_SETTINGS = JSON.stringify({ gzip: GZIP, brotli: BROTLI });

/** Both encodings of `source`, with the settings above. */
export async function encode(source: Buffer): Promise<Encoded> {
  const [gz, br] = await Promise.all([
    gzipAsync(source, GZIP),
    brotliAsync(source, { params: { ...BROTLI, [constants.BROTLI_PARAM_SIZE_HINT]: source.length } }),
  ]);
  return { gz, br };
}

/** Compresses one file's bytes; an encoding is kept only when it is smaller than the original. */
async function compressFile(file: string, result: PrecompressResult, cache?: EncodingCache): Promise<void> {
  const source = readFileSync(file);
  if (source.length < MIN_BYTES) return;
  let encoded = cache?.get(source);
  if (!encoded) {
    encoded = await encode(source);
    cache?.set(source, encoded);
  }
  const { gz, br } = encoded;
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
export async function precompress(
  dir: string,
  { concurrency = 4, cache, skipFolders = [] }: PrecompressOptions = {},
): Promise<PrecompressResult> {
  const files = globSync('**/*', { cwd: dir, withFileTypes: true, exclude: skipFolders.map((name) => `${name}/**`) })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !existsSync(`${file}.gz`) && !existsSync(`${file}.br`))
    .sort();
  const result: PrecompressResult = { files: 0, gzip: 0, brotli: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) await compressFile(files[next++]!, result, cache);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return result;
}
