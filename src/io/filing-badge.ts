/**
 * The 党政机关网站标识 picture named in content/data/site.json (filing.govBadge.image, relative to that file):
 * where it is on disk, the name it is published under (src/pages/filing/[file].ts) and its size, so the footer's
 * <img> reserves its space. The picture is served by the site itself; the issuer's script is never used.
 */
import path from 'node:path';
import sharp from 'sharp';
import { badgeFileName } from '../lib/filing.ts';
import { contentDir, siteConfig } from './site-config.ts';

export interface BadgeFile {
  /** Absolute path of the picture in the content folder. */
  source: string;
  /** File name on the site, e.g. gov-badge.png. */
  name: string;
}

/** The configured badge picture, or undefined when the footer shows none. */
export function govBadgeFile(): BadgeFile | undefined {
  const image = siteConfig().filing.govBadge?.image?.trim();
  if (!image) return undefined;
  return { source: path.resolve(contentDir(process.cwd()), 'data', image), name: badgeFileName(image) };
}

let size: Promise<{ width: number; height: number } | undefined> | undefined;

/** Width and height of the badge picture, read once per build. */
export function govBadgeSize(): Promise<{ width: number; height: number } | undefined> {
  size ??= (async () => {
    const badge = govBadgeFile();
    if (!badge) return undefined;
    const { width, height } = await sharp(badge.source).metadata();
    return width && height ? { width, height } : undefined;
  })();
  return size;
}
