/**
 * A line of text as SVG path data, drawn from the fonts in ./fonts.ts: the card's SVG holds outlines only, so
 * the rasteriser needs no font and fontconfig is never asked. Being numbers only, the path also cannot carry
 * markup from the content.
 */
import * as hb from 'harfbuzzjs';
import { loadSlice, sliceFileFor, type FaceSpec, type LoadedSlice } from './fonts.ts';

export interface TextPath {
  /** Path data in card pixels. */
  d: string;
  /** Advance width in card pixels. */
  width: number;
}

export interface TextPlacement {
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  /** `end`: x is where the text ends (right-aligned). */
  anchor?: 'start' | 'end';
}

interface Glyph {
  slice: LoadedSlice;
  id: number;
  /** Pen position and offsets in font units. */
  x: number;
  dx: number;
  dy: number;
}

const warned = new Set<number>();

/**
 * The characters to draw: as written, or, for one the font lacks, its compatibility form when the font has that
 * (Ⅱ → II, as Fontsource's slices leave out some symbols Noto has); else the missing-glyph box, with a warning.
 */
function drawable(text: string, spec: FaceSpec): { char: string; file: string }[] {
  const fileOf = (char: string) => sliceFileFor(spec, char.codePointAt(0)!);
  return [...text].flatMap((char) => {
    const file = fileOf(char);
    if (file) return [{ char, file }];
    const compatible = [...char.normalize('NFKC')];
    if (compatible.join('') !== char && compatible.every(fileOf)) {
      return compatible.map((c) => ({ char: c, file: fileOf(c)! }));
    }
    const codePoint = char.codePointAt(0)!;
    if (!warned.has(codePoint)) {
      warned.add(codePoint);
      console.warn(
        `[og] 字体 ${spec.pkg} 没有字符“${char}”（U+${codePoint.toString(16).toUpperCase()}），分享图片中显示为方框。`,
      );
    }
    return [{ char, file: fileOf('A')! }];
  });
}

/** Splits text into runs that one font file covers. */
function runsOf(text: string, spec: FaceSpec): { file: string; text: string }[] {
  const runs: { file: string; text: string }[] = [];
  for (const { char, file } of drawable(text, spec)) {
    const last = runs.at(-1);
    if (last?.file === file) last.text += char;
    else runs.push({ file, text: char });
  }
  return runs;
}

async function shape(text: string, spec: FaceSpec): Promise<{ glyphs: Glyph[]; advance: number }> {
  const glyphs: Glyph[] = [];
  let pen = 0;
  for (const run of runsOf(text, spec)) {
    const slice = await loadSlice(run.file, spec.weight);
    const buffer = new hb.Buffer();
    buffer.addText(run.text);
    buffer.guessSegmentProperties();
    hb.shape(slice.font, buffer);
    const positions = buffer.getGlyphPositions();
    buffer.getGlyphInfos().forEach((info, i) => {
      const pos = positions[i]!;
      glyphs.push({ slice, id: info.codepoint, x: pen, dx: pos.xOffset, dy: pos.yOffset });
      pen += pos.xAdvance;
    });
  }
  // Every slice of one font shares its units per em; the first one speaks for all.
  return { glyphs, advance: pen };
}

/**
 * `offset + value` to one decimal place (sharper than a pixel needs, and the SVG stays small). The value is rounded
 * before the whole-pixel offset is added: rounding the sum would round a glyph differently at different places on
 * the glyph sheet (./glyph-masks.ts), so a card's pixels would depend on which glyphs an earlier card had drawn,
 * and a card drawn in a rebuild with the card cache would differ from the same card drawn in a fresh build.
 */
const num = (value: number, offset: number) => String((Math.round(value * 10) + offset * 10) / 10);

/** Width of a line in card pixels, for layout that has to know it before drawing. */
export async function measureText(text: string, spec: FaceSpec, size: number): Promise<number> {
  const { glyphs, advance } = await shape(text, spec);
  const upem = glyphs[0]?.slice.upem ?? 1000;
  return (advance * size) / upem;
}

/** The text, shortened with … at the end when it is wider than maxWidth pixels, so no line runs off the card. */
export async function fitText(text: string, spec: FaceSpec, size: number, maxWidth: number): Promise<string> {
  if ((await measureText(text, spec, size)) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1) {
    chars.pop();
    const shortened = `${chars.join('').trimEnd()}…`;
    if ((await measureText(shortened, spec, size)) <= maxWidth) return shortened;
  }
  return '…';
}

/** A glyph placed on the card: which outline, and where its origin (pen position on the baseline) falls. */
export interface PlacedGlyph {
  slice: LoadedSlice;
  id: number;
  /** Pixels per font unit. */
  scale: number;
  /** Origin in card pixels. */
  x: number;
  y: number;
}

/** The text's glyphs placed on the card, and its width in card pixels. */
export async function placeText(
  text: string,
  spec: FaceSpec,
  place: TextPlacement,
): Promise<{ glyphs: PlacedGlyph[]; width: number }> {
  const { glyphs, advance } = await shape(text, spec);
  const scale = place.size / (glyphs[0]?.slice.upem ?? 1000);
  const width = advance * scale;
  const left = place.anchor === 'end' ? place.x - width : place.x;
  return {
    width,
    glyphs: glyphs.map((glyph) => ({
      slice: glyph.slice,
      id: glyph.id,
      scale,
      x: left + (glyph.x + glyph.dx) * scale,
      y: place.y - glyph.dy * scale,
    })),
  };
}

/** A glyph's outline in pixels: its bounding box (of its points, control points included: never smaller than the
 * ink) and its SVG path data with the origin put at (x, y). The outline is read from the font once. */
export function glyphOutline(glyph: Pick<PlacedGlyph, 'slice' | 'id' | 'scale'>): {
  box: { left: number; top: number; right: number; bottom: number };
  pathAt(x: number, y: number): string;
} {
  // Font outlines are y-up; SVG is y-down.
  const commands = glyph.slice.font.glyphToJson(glyph.id).map((command) => ({
    type: command.type,
    values: command.values.map((v, i) => (i % 2 === 0 ? v * glyph.scale : -v * glyph.scale)),
  }));
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const { values } of commands) {
    values.forEach((pixel, i) => {
      if (i % 2 === 0) {
        box.left = Math.min(box.left, pixel);
        box.right = Math.max(box.right, pixel);
      } else {
        box.top = Math.min(box.top, pixel);
        box.bottom = Math.max(box.bottom, pixel);
      }
    });
  }
  const pathAt = (x: number, y: number) =>
    commands
      .map(({ type, values }) => type + values.map((pixel, i) => num(pixel, i % 2 === 0 ? x : y)).join(' '))
      .join('');
  return { box, pathAt };
}
