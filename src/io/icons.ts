/**
 * The site's icons, all drawn at build time from the one source public/favicon.svg: favicon.ico (16, 32 and
 * 48 px, for browsers and tools that ask for /favicon.ico), the apple-touch-icon (180 px, opaque: iOS shows
 * transparency as black) and the web manifest's 192 and 512 px icons. Nothing is fetched from elsewhere.
 */
import sharp from 'sharp';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ICO_SIZES = [16, 32, 48] as const;
export const APPLE_TOUCH_SIZE = 180;
export const MANIFEST_ICON_SIZES = [192, 512] as const;
/** The brand red of the favicon, used as the background where an icon must be opaque. */
export const ICON_BACKGROUND = '#a31f1a';

const SOURCE = path.resolve(process.cwd(), 'public/favicon.svg');

/** The source SVG drawn as a square PNG of `size` px; `opaque` fills the rounded corners with the brand red. */
export async function iconPng(size: number, opaque = false, svg: Buffer = readFileSync(SOURCE)): Promise<Buffer> {
  const image = sharp(svg, { density: Math.max(72, (72 * size) / 32) }).resize(size, size);
  return (opaque ? image.flatten({ background: ICON_BACKGROUND }) : image).png().toBuffer();
}

/**
 * An ICO file holding PNG images (allowed since Windows Vista, read by every current browser): a 6-byte header,
 * a 16-byte directory entry per image, then the PNG data. `images` are square PNGs with their size.
 */
export function icoFromPngs(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

/** The favicon.ico of the site, from the source SVG. */
export async function faviconIco(svg?: Buffer): Promise<Buffer> {
  return icoFromPngs(
    await Promise.all(ICO_SIZES.map(async (size) => ({ size, png: await iconPng(size, false, svg) }))),
  );
}

export interface ManifestText {
  name: string;
  shortName: string;
  description: string;
}

/** The web app manifest (zh-CN), with paths under the site's base path (`link` adds the base). */
export function webManifest(text: ManifestText, link: (sitePath: string) => string): Record<string, unknown> {
  return {
    lang: 'zh-CN',
    dir: 'ltr',
    name: text.name,
    short_name: text.shortName,
    description: text.description,
    start_url: link('/'),
    scope: link('/'),
    display: 'browser',
    background_color: '#ffffff',
    theme_color: ICON_BACKGROUND,
    icons: [
      { src: link('/favicon.svg'), type: 'image/svg+xml', sizes: 'any' },
      ...MANIFEST_ICON_SIZES.map((size) => ({
        src: link(`/icons/icon-${size}.png`),
        type: 'image/png',
        sizes: `${size}x${size}`,
      })),
    ],
  };
}
