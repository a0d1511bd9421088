/**
 * Draws a card layout (./card.ts) as a palette PNG: rectangles filled, then each glyph's coverage mask
 * (./glyph-masks.ts) stamped in its line's colour. Text is set on the card's paper (the first rectangle), so a
 * pixel is a rectangle's colour or one ink at one of `levels` coverage steps over paper: at most 256 colours, one
 * byte a pixel (src/lib/og/png.ts). Plain JavaScript arithmetic (IEEE doubles, no platform maths), so the same layout gives
 * the same bytes on every machine.
 */
import type { CardLayout } from './card.ts';
import { glyphMasks } from './glyph-masks.ts';
import { IndexedCanvas, indexedPng } from '../../lib/og/png.ts';

type Rgb = readonly [number, number, number];

function rgb(colour: string): Rgb {
  const value = Number.parseInt(colour.slice(1), 16);
  return [value >> 16, (value >> 8) & 0xff, value & 0xff];
}

/** What every card of one design shares: its colours and its rectangles already filled, as palette indices. */
interface Design {
  colours: Rgb[];
  /** Index of an ink's first step (coverage 1 step); its full coverage is `first + levels - 1`. */
  first: Map<string, number>;
  levels: number;
  paper: IndexedCanvas;
}

/** Designs by their rectangles and inks: every book card is one design, built once. */
const designs = new Map<string, Design>();

function designOf(layout: CardLayout): Design {
  const { width, height, rects } = layout;
  const inks = [...new Set(layout.texts.map((text) => text.colour))];
  const key = JSON.stringify([width, height, rects, inks]);
  const known = designs.get(key);
  if (known) return known;
  const rectColours = [...new Set(rects.map((rect) => rect.colour))];
  const levels = Math.min(255, Math.floor((256 - rectColours.length) / Math.max(1, inks.length)));
  const paperColour = rgb(rects[0]!.colour);
  const colours: Rgb[] = rectColours.map(rgb);
  const first = new Map<string, number>();
  for (const ink of inks) {
    first.set(ink, colours.length);
    const [r, g, b] = rgb(ink);
    for (let step = 1; step <= levels; step++) {
      const mix = (from: number, to: number) => Math.round(from + ((to - from) * step) / levels);
      colours.push([mix(paperColour[0], r), mix(paperColour[1], g), mix(paperColour[2], b)]);
    }
  }
  const paper = new IndexedCanvas(width, height);
  for (const rect of rects) {
    const left = Math.max(0, rect.x);
    const count = Math.min(width, rect.x + rect.width) - left;
    for (let y = Math.max(0, rect.y); y < Math.min(height, rect.y + rect.height); y++) {
      paper.fillRow(rectColours.indexOf(rect.colour), left, y, count);
    }
  }
  const design = { colours, first, levels, paper };
  designs.set(key, design);
  return design;
}

/** Canvases of finished cards, drawn on again: a fresh one per card cost more in garbage collection than drawing. */
const spare: IndexedCanvas[] = [];

export async function cardPng(layout: CardLayout): Promise<Buffer> {
  const { width, height } = layout;
  const masks = await Promise.all(layout.texts.map((text) => glyphMasks(text.glyphs)));
  const design = designOf(layout);
  let canvas = spare.pop();
  if (canvas?.width !== width || canvas.height !== height) canvas = new IndexedCanvas(width, height);
  canvas.bytes.set(design.paper.bytes);
  const { levels } = design;
  const { bytes } = canvas;
  layout.texts.forEach((text, t) => {
    const first = design.first.get(text.colour)!;
    text.glyphs.forEach((glyph, g) => {
      const mask = masks[t]![g]!;
      const left = Math.round(glyph.x) + mask.left;
      const top = Math.round(glyph.y) + mask.top;
      for (let row = 0; row < mask.height; row++) {
        const y = top + row;
        if (y < 0 || y >= height) continue;
        for (let column = 0; column < mask.width; column++) {
          const x = left + column;
          const cover = mask.coverage[row * mask.width + column]!;
          if (!cover || x < 0 || x >= width) continue;
          const at = canvas.at(x, y);
          // Where glyphs of one line overlap, their coverages add up as paint does: 1 − (1 − a)(1 − b).
          const under = bytes[at]! >= first && bytes[at]! < first + levels ? bytes[at]! - first + 1 : 0;
          const total = 255 - ((255 - cover) * (levels - under)) / levels;
          bytes[at] = first + Math.max(1, Math.round((total * levels) / 255)) - 1;
        }
      }
    });
  });
  try {
    return await indexedPng(canvas, design.colours);
  } finally {
    spare.push(canvas);
  }
}
