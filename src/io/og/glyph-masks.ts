/**
 * Each glyph a card uses, rasterised once per build (per face, weight and size) into an 8-bit coverage mask by
 * librsvg (sharp), then stamped onto every card that uses it (./raster.ts). A book catalogue repeats the same few
 * thousand characters across thousands of cards, so drawing a card becomes copying masks instead of rasterising
 * a whole 1200×630 SVG (about 29 ms of CPU a card with its truecolour PNG encoding, which made the share cards most of a 10,000-book
 * build). A glyph's origin is put on a whole pixel: at card sizes (30–64 px) the half-pixel rounding does not show.
 */
import sharp from 'sharp';
import { glyphOutline, type PlacedGlyph } from './text-path.ts';

export interface GlyphMask {
  /** Offset of the mask's top-left corner from the glyph's origin, in pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Coverage 0–255, row by row. */
  coverage: Uint8Array;
}

const masks = new Map<string, GlyphMask>();

const keyOf = (glyph: PlacedGlyph) => `${glyph.slice.key}#${glyph.id}@${glyph.scale}`;

/** Masks stay in one row of the sheet up to this width, then a new row starts (librsvg's surfaces have limits). */
const SHEET_WIDTH = 4096;

/**
 * The masks of the given glyphs, drawing the ones not seen before in one SVG sheet (one librsvg call per card at
 * most, and none once the card's characters have all been seen).
 */
export async function glyphMasks(glyphs: readonly PlacedGlyph[]): Promise<GlyphMask[]> {
  const missing = new Map<string, PlacedGlyph>();
  for (const glyph of glyphs) {
    const key = keyOf(glyph);
    if (!masks.has(key)) missing.set(key, glyph);
  }
  if (missing.size) await drawSheet(missing);
  return glyphs.map((glyph) => masks.get(keyOf(glyph))!);
}

async function drawSheet(glyphs: Map<string, PlacedGlyph>): Promise<void> {
  // Lay the glyphs out in cells on whole pixels, one pixel apart, so each cell is the glyph's mask.
  const cells: {
    key: string;
    d: string;
    left: number;
    top: number;
    width: number;
    height: number;
    x: number;
    y: number;
  }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const [key, glyph] of glyphs) {
    const { box, pathAt } = glyphOutline(glyph);
    const empty = !Number.isFinite(box.left);
    const left = empty ? 0 : Math.floor(box.left);
    const top = empty ? 0 : Math.floor(box.top);
    const width = empty ? 0 : Math.ceil(box.right) - left;
    const height = empty ? 0 : Math.ceil(box.bottom) - top;
    if (x > 0 && x + width > SHEET_WIDTH) {
      x = 0;
      y += rowHeight + 1;
      rowHeight = 0;
    }
    cells.push({ key, d: pathAt(x - left, y - top), left, top, width, height, x, y });
    x += width + 1;
    rowHeight = Math.max(rowHeight, height);
  }
  const sheetWidth = Math.max(1, ...cells.map((cell) => cell.x + cell.width));
  const sheetHeight = Math.max(1, y + rowHeight);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${sheetWidth}" height="${sheetHeight}"><path d="${cells
    .map((cell) => cell.d)
    .join('')}"/></svg>`;
  const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
  for (const cell of cells) {
    const coverage = new Uint8Array(cell.width * cell.height);
    for (let row = 0; row < cell.height; row++) {
      const from = (cell.y + row) * sheetWidth + cell.x;
      coverage.set(alpha.subarray(from, from + cell.width), row * cell.width);
    }
    masks.set(cell.key, { left: cell.left, top: cell.top, width: cell.width, height: cell.height, coverage });
  }
}
