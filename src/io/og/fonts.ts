/**
 * The fonts the share cards are drawn with, taken from npm (Noto Serif SC and Noto Sans SC, SIL OFL 1.1, as
 * Fontsource's variable packages) and never from the machine: the cards look the same, byte for byte, on a
 * machine with no Chinese font at all. Fontsource splits each font into ~100 WOFF2 files by Unicode range; a
 * card opens only the files its characters fall in, unpacks them (wawoff2) and shapes with HarfBuzz at the
 * weight the card asks for.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as hb from 'harfbuzzjs';
import { decompress } from 'wawoff2';

export interface FaceSpec {
  /** npm package holding the font. */
  pkg: string;
  /** File name stem inside the package's files/ folder. */
  id: string;
  /** Weight on the font's wght axis. */
  weight: number;
}

export const TITLE_FACE: FaceSpec = { pkg: '@fontsource-variable/noto-serif-sc', id: 'noto-serif-sc', weight: 700 };
export const TEXT_FACE: FaceSpec = { pkg: '@fontsource-variable/noto-sans-sc', id: 'noto-sans-sc', weight: 400 };

/** One WOFF2 slice of a font, ready to shape with. */
export interface LoadedSlice {
  /** File and weight: names the slice in caches of what was drawn from it. */
  key: string;
  font: hb.Font;
  upem: number;
}

/** A package's slice files, and which file holds each code point. */
interface Coverage {
  files: string[];
  fileOf: Map<number, string>;
}

const require = createRequire(import.meta.url);
const coverageByPkg = new Map<string, Coverage>();

/** Reads the package's unicode.json (slice name → CSS unicode-range list) once. */
function coverageOf(spec: FaceSpec): Coverage {
  let coverage = coverageByPkg.get(spec.pkg);
  if (coverage) return coverage;
  const dir = path.dirname(require.resolve(spec.pkg));
  const ranges = JSON.parse(readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const slices = Object.entries(ranges).map(([name, list]) => ({
    file: path.join(dir, 'files', `${spec.id}-${name.replace(/^\[|\]$/g, '')}-wght-normal.woff2`),
    list,
  }));
  // Latin first: punctuation and digits listed in several slices come from the Latin one, as in a browser.
  slices.sort((a, b) => Number(!a.file.includes('-latin-')) - Number(!b.file.includes('-latin-')));
  coverage = { files: slices.map((slice) => slice.file), fileOf: new Map() };
  for (const { file, list } of slices) {
    for (const range of list.split(',')) {
      const [from = '', to = from] = range.trim().replace(/^U\+/i, '').split('-');
      for (let codePoint = parseInt(from, 16); codePoint <= parseInt(to, 16); codePoint++) {
        if (!coverage.fileOf.has(codePoint)) coverage.fileOf.set(codePoint, file);
      }
    }
  }
  coverageByPkg.set(spec.pkg, coverage);
  return coverage;
}

/** The slice file that holds a code point, or undefined when the font has no glyph for it. */
export function sliceFileFor(spec: FaceSpec, codePoint: number): string | undefined {
  return coverageOf(spec).fileOf.get(codePoint);
}

let fontsDigest: string | undefined;
/**
 * sha256 over every font file the cards may use and the weights they are set in: part of the render cache key,
 * so a new font package redraws every card. Hashed once per build (~11 MB).
 */
export function fontsHash(): string {
  if (!fontsDigest) {
    const hash = createHash('sha256');
    for (const spec of [TITLE_FACE, TEXT_FACE]) {
      hash.update(`${spec.pkg} ${spec.weight}\n`);
      for (const file of coverageOf(spec).files) hash.update(readFileSync(file));
    }
    fontsDigest = hash.digest('hex');
  }
  return fontsDigest;
}

const loaded = new Map<string, Promise<LoadedSlice>>();

let unpacking: Promise<unknown> = Promise.resolve();
/** wawoff2 is not re-entrant: two unpacks at once return each other's bytes, so they take turns. */
function unpack(woff2: Buffer): Promise<Uint8Array> {
  const result = unpacking.then(() => decompress(woff2));
  unpacking = result.catch(() => undefined);
  return result;
}

/** Opens a slice at the spec's weight; each slice is unpacked once per process. */
export function loadSlice(file: string, weight: number): Promise<LoadedSlice> {
  const key = `${file}@${weight}`;
  let slice = loaded.get(key);
  if (!slice) {
    slice = (async () => {
      const woff2 = readFileSync(file);
      const face = new hb.Face(new hb.Blob(await unpack(woff2)));
      const font = new hb.Font(face);
      font.setVariations([new hb.Variation('wght', weight)]);
      return { key, font, upem: face.upem };
    })();
    loaded.set(key, slice);
  }
  return slice;
}

/** What shaped the glyphs, for the cache key: a new HarfBuzz may place them differently. */
export function shaperVersion(): string {
  return `harfbuzz ${hb.versionString()}`;
}
