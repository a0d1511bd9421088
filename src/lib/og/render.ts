/**
 * SVG card → PNG with sharp (librsvg + fontconfig: the system Noto CJK fonts draw the Chinese).
 * Results are cached on disk by the hash of the SVG, so a rebuild only renders cards whose text changed.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { cardSvg, type OgCard } from './card.ts';

/** Bump when the rendering changes in a way the SVG text does not show (e.g. PNG settings). */
const RENDER_VERSION = '1';

/** Where rendered cards are kept between builds: inside Astro's cache folder (ASTRO_CACHE_DIR or the default). */
export function ogCacheDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.ASTRO_CACHE_DIR || 'node_modules/.astro', 'og');
}

let fontChecked = false;
/** Without a CJK font the cards would show tofu boxes: say so once, clearly, instead of shipping them silently. */
function checkCjkFont(): void {
  if (fontChecked) return;
  fontChecked = true;
  let families = '';
  try {
    families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    // fc-list missing: sharp's bundled fontconfig may still find fonts; nothing to report.
    return;
  }
  if (!families.trim()) {
    console.warn(
      '[og] 未找到中文字体（fontconfig :lang=zh 为空），分享图片中的中文会显示为方块。请安装 fonts-noto-cjk。',
    );
  }
}

export async function renderCard(card: OgCard, cacheDir = ogCacheDir()): Promise<Buffer> {
  const svg = cardSvg(card);
  const key = createHash('sha256').update(RENDER_VERSION).update(svg).digest('hex').slice(0, 32);
  const file = path.join(cacheDir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  checkCjkFont();
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename: two builds sharing a cache never read half a file.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, png);
  renameSync(temp, file);
  return png;
}
