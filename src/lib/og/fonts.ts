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
  file: string;
  /** sha256 of the WOFF2 file: part of the render cache key. */
  hash: string;
  font: hb.Font;
  upem: number;
}

interface Slice {
  file: string;
  ranges: [number, number][];
}

const require = createRequire(import.meta.url);
const slicesByPkg = new Map<string, Slice[]>();

/** The package's slices and the code points each covers, from its unicode.json (CSS unicode-range syntax). */
function slicesOf(spec: FaceSpec): Slice[] {
  let slices = slicesByPkg.get(spec.pkg);
  if (slices) return slices;
  const dir = path.dirname(require.resolve(spec.pkg));
  const ranges = JSON.parse(readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  slices = Object.entries(ranges).map(([name, list]) => ({
    file: path.join(dir, 'files', `${spec.id}-${name.replace(/^\[|\]$/g, '')}-wght-normal.woff2`),
    ranges: list.split(',').map((range) => {
      const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number];
    }),
  }));
  // Latin first: punctuation and digits listed in several slices come from the Latin one, as in a browser.
  slices.sort((a, b) => Number(!a.file.includes('-latin-')) - Number(!b.file.includes('-latin-')));
  slicesByPkg.set(spec.pkg, slices);
  return slices;
}

/** The slice file that holds a code point, or undefined when the font has no glyph for it. */
export function sliceFileFor(spec: FaceSpec, codePoint: number): string | undefined {
  return slicesOf(spec).find((s) => s.ranges.some(([from, to]) => codePoint >= from && codePoint <= to))?.file;
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
      return { file, hash: createHash('sha256').update(woff2).digest('hex'), font, upem: face.upem };
    })();
    loaded.set(key, slice);
  }
  return slice;
}

/** What shaped the glyphs, for the cache key: a new HarfBuzz may place them differently. */
export function shaperVersion(): string {
  return `harfbuzz ${hb.versionString()}`;
}
