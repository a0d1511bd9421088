/**
 * SVG card → PNG with sharp (librsvg). The SVG holds glyph outlines, not text, so no system font is involved.
 * Results are cached on disk under a hash of the SVG, the font files and the renderer's versions, so a rebuild
 * only renders cards whose text, font or renderer changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { cardSvg, type OgCard } from './card.ts';
import { shaperVersion } from './fonts.ts';

/** Bump when the rendering changes in a way the SVG text does not show (e.g. PNG settings). */
const RENDER_VERSION = '2';

/** Where rendered cards are kept between builds: inside Astro's cache folder (ASTRO_CACHE_DIR or the default). */
export function ogCacheDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.ASTRO_CACHE_DIR || 'node_modules/.astro', 'og');
}

/** The rasteriser's versions: a new librsvg or libvips may draw the same SVG with other pixels. */
function rendererVersion(): string {
  const { sharp: sharpVersion, vips, rsvg } = sharp.versions as Record<string, string | undefined>;
  return `sharp ${sharpVersion} vips ${vips} rsvg ${rsvg}; ${shaperVersion()}`;
}

export async function renderCard(card: OgCard, cacheDir = ogCacheDir()): Promise<Buffer> {
  const { svg, fontHashes } = await cardSvg(card);
  const key = createHash('sha256')
    .update(JSON.stringify([RENDER_VERSION, rendererVersion(), fontHashes]))
    .update(svg)
    .digest('hex')
    .slice(0, 32);
  const file = path.join(cacheDir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename: two builds sharing a cache never read half a file.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, png);
  renameSync(temp, file);
  return png;
}
