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

/**
 * A sheet is one column of glyphs up to this height, then the next sheet starts (librsvg's surfaces have limits).
 * One glyph a row: cairo's rasteriser steps through a pixel row in one of two ways depending on every edge crossing
 * that row, so a glyph drawn beside others could get other coverage than the same glyph drawn alone, and a card's
 * pixels would depend on which glyphs earlier cards had drawn (a card drawn in a rebuild with the card cache
 * would differ from the same card drawn in a full build: tests/cli/build-cache.test.ts).
 */
const SHEET_HEIGHT = 8192;

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

interface Cell {
  key: string;
  d: string;
  left: number;
  top: number;
  width: number;
  height: number;
  y: number;
}

async function drawSheet(glyphs: Map<string, PlacedGlyph>): Promise<void> {
  // Lay the glyphs out in cells on whole pixels, one pixel apart, one above the other, so each cell is the
  // glyph's mask and no two glyphs share a pixel row.
  let cells: Cell[] = [];
  let y = 0;
  for (const [key, glyph] of glyphs) {
    const { box, pathAt } = glyphOutline(glyph);
    const empty = !Number.isFinite(box.left);
    const left = empty ? 0 : Math.floor(box.left);
    const top = empty ? 0 : Math.floor(box.top);
    const width = empty ? 0 : Math.ceil(box.right) - left;
    const height = empty ? 0 : Math.ceil(box.bottom) - top;
    if (y > 0 && y + height > SHEET_HEIGHT) {
      await drawCells(cells);
      cells = [];
      y = 0;
    }
    cells.push({ key, d: pathAt(-left, y - top), left, top, width, height, y });
    y += height + 1;
  }
  await drawCells(cells);
}

async function drawCells(cells: readonly Cell[]): Promise<void> {
  const sheetWidth = Math.max(1, ...cells.map((cell) => cell.width));
  const sheetHeight = Math.max(1, ...cells.map((cell) => cell.y + cell.height));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${sheetWidth}" height="${sheetHeight}"><path d="${cells
    .map((cell) => cell.d)
    .join('')}"/></svg>`;
  const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
  for (const cell of cells) {
    const coverage = new Uint8Array(cell.width * cell.height);
    for (let row = 0; row < cell.height; row++) {
      const from = (cell.y + row) * sheetWidth;
      coverage.set(alpha.subarray(from, from + cell.width), row * cell.width);
    }
    masks.set(cell.key, { left: cell.left, top: cell.top, width: cell.width, height: cell.height, coverage });
  }
}
