/**
 * Card → PNG: laid out (./card.ts), drawn from glyph masks as a palette PNG (./raster.ts). The glyphs
 * come from the fonts on npm as outlines, never as text, so no system font is involved.
 * Results are cached on disk under a hash of the card's text, the font files, the renderer's versions and
 * RENDER_VERSION, so a rebuild only draws cards whose text, font, renderer or drawing changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { cardLayout, type OgCard } from './card.ts';
import { cardPng } from './raster.ts';
import { fontsHash, shaperVersion } from './fonts.ts';

/**
 * The drawing's version: bump it whenever a change to card.ts, text-path.ts, glyph-masks.ts, raster.ts or the PNG settings changes the
 * pictures, because the cache key is made from the card's text, not its SVG (shaping every card on every build
 * would cost more than the cache saves). tests/unit/og.test.ts fails until it is bumped.
 */
export const RENDER_VERSION = '4';

/** Where rendered cards are kept between builds: inside Astro's cache folder (ASTRO_CACHE_DIR or the default). */
export function ogCacheDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.ASTRO_CACHE_DIR || 'node_modules/.astro', 'og');
}

/** The rasteriser's and encoder's versions: a new librsvg may draw a glyph with other pixels, a new zlib may pack
 * the same pixels into other bytes. */
function rendererVersion(): string {
  const { sharp: sharpVersion, vips, rsvg } = sharp.versions as Record<string, string | undefined>;
  return `sharp ${sharpVersion} vips ${vips} rsvg ${rsvg}; zlib ${process.versions.zlib}; ${shaperVersion()}`;
}

export async function renderCard(card: OgCard, cacheDir = ogCacheDir()): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify([RENDER_VERSION, rendererVersion(), fontsHash(), card]))
    .digest('hex')
    .slice(0, 32);
  const file = path.join(cacheDir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await cardPng(await cardLayout(card));
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename: two builds sharing a cache never read half a file.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, png);
  renameSync(temp, file);
  return png;
}
