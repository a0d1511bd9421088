/**
 * The `.gz` and `.br` copies of the site's text files, kept between builds (src/io/precompress.ts compresses only
 * what it has not seen): a rebuild after an edit changes a few hundred of the 10,000-book site's 20,000 text files,
 * and the rest need no Brotli or gzip again. Keyed by a hash of the file's bytes, the compression settings and the
 * zlib and Brotli versions, so a cached copy is byte for byte what compressing again would write.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encode, ENCODING_SETTINGS, MIN_BYTES, type Encoded, type EncodingCache } from './precompress.ts';

const KEY_PREFIX = JSON.stringify([ENCODING_SETTINGS, process.versions.zlib, process.versions.brotli]);

export class EncodingFileCache implements EncodingCache {
  readonly dir: string;
  /** Entries this build asked for or added: the others are removed by `prune`. */
  readonly #used = new Set<string>();
  /** A missed `get` is followed by a `set` of the same bytes: hashed once. */
  readonly #keys = new WeakMap<Buffer, string>();
  hits = 0;

  constructor(dir: string) {
    this.dir = dir;
  }

  #file(key: string, extension: 'gz' | 'br'): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.${extension}`);
  }

  #key(source: Buffer): string {
    let key = this.#keys.get(source);
    if (!key) {
      key = createHash('sha256').update(KEY_PREFIX).update(source).digest('hex').slice(0, 40);
      this.#keys.set(source, key);
    }
    return key;
  }

  get(source: Buffer): Encoded | undefined {
    const key = this.#key(source);
    this.#used.add(key);
    try {
      const encoded = { gz: readFileSync(this.#file(key, 'gz')), br: readFileSync(this.#file(key, 'br')) };
      this.hits++;
      return encoded;
    } catch {
      return undefined; // not cached, or removed by another build's prune meanwhile
    }
  }

  set(source: Buffer, encoded: Encoded): void {
    const key = this.#key(source);
    this.#used.add(key);
    mkdirSync(path.dirname(this.#file(key, 'gz')), { recursive: true });
    // Write then rename: a build reading the cache at the same time never reads half a file.
    for (const extension of ['gz', 'br'] as const) {
      const file = this.#file(key, extension);
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, encoded[extension]);
      renameSync(temp, file);
    }
  }

  /** Compressions started by `prefill`, not finished yet. */
  readonly #pending = new Set<Promise<void>>();

  /**
   * Compresses a page now, while Astro is still rendering (scripts/build.ts hands over each page the search index
   * receives), so the compression after the render finds it here. Skipped when `limit` are under way already or the
   * page is cached: it is then compressed, or taken from the cache, after the render as any other file.
   */
  prefill(source: Buffer, limit = 4): void {
    if (source.length < MIN_BYTES || this.#pending.size >= limit) return;
    const key = this.#key(source);
    if (existsSync(this.#file(key, 'br'))) return;
    const job: Promise<void> = encode(source)
      .then((encoded) => this.set(source, encoded))
      .catch(() => undefined) // compressed again after the render
      .finally(() => this.#pending.delete(job));
    this.#pending.add(job);
  }

  /** Waits for every `prefill` under way. */
  async settled(): Promise<void> {
    await Promise.all(this.#pending);
  }

  /** Removes the entries this build did not use, so the folder holds one site's copies, not every past build's. */
  prune(): number {
    if (!existsSync(this.dir)) return 0;
    let removed = 0;
    for (const folder of readdirSync(this.dir)) {
      for (const name of readdirSync(path.join(this.dir, folder))) {
        if (this.#used.has(name.slice(0, name.indexOf('.')))) continue;
        rmSync(path.join(this.dir, folder, name), { force: true });
        removed++;
      }
    }
    return removed;
  }
}
