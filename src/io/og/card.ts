/**
 * The Open Graph card (1200×630): brand line, Chinese title, detail line, site name, laid out as rectangles and
 * glyphs shaped from the fonts on npm (./fonts.ts). Drawn to PNG at build time by ./raster.ts and ./render.ts; no
 * font ever reaches the browser.
 */
import { TEXT_FACE, TITLE_FACE, type FaceSpec } from './fonts.ts';
import { fitText, placeText, type PlacedGlyph, type TextPlacement } from './text-path.ts';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from '../../lib/og/pages.ts';

export { OG_HEIGHT, OG_WIDTH, type OgCard };

const TITLE_SIZE = 64;
const TITLE_WIDTH = 1040;
const MAX_LINES = 3;

/** Rough advance of a character in ems: CJK and full-width forms are square, Latin and digits about half. */
function advance(char: string): number {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(char) ? 1 : 0.56;
}

/**
 * Breaks a title into at most three lines that fit the card, without splitting a Latin word or number
 * and without starting a line with closing punctuation; the last line ends in … when the title is longer.
 */
export function wrapTitle(title: string, maxEms = TITLE_WIDTH / TITLE_SIZE, maxLines = MAX_LINES): string[] {
  const greedy = breakLines(title, maxEms);
  if (greedy.length > maxLines) {
    const kept = greedy.slice(0, maxLines);
    kept[maxLines - 1] = `${[...kept[maxLines - 1]!].slice(0, -1).join('')}…`;
    return kept;
  }
  // Balance the lines (两行等长 reads better than a full line and an orphan of two characters).
  const total = [...title].reduce((sum, ch) => sum + advance(ch), 0);
  for (let target = Math.ceil(total / greedy.length); target < maxEms; target += 0.5) {
    const balanced = breakLines(title, target);
    if (balanced.length === greedy.length) return balanced;
  }
  return greedy;
}

function breakLines(title: string, maxEms: number): string[] {
  const tokens = title.match(/[A-Za-z0-9.\-]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const token of tokens) {
    const w = [...token].reduce((sum, ch) => sum + advance(ch), 0);
    const closing = /^[，。、；：？！）》」』”’]$/.test(token);
    if (width + w > maxEms && line && !closing) {
      lines.push(line.trimEnd());
      line = token.trimStart();
      width = [...line].reduce((sum, ch) => sum + advance(ch), 0);
    } else {
      line += token;
      width += w;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Paper, ink and rules of the card, as the site's colours (RGB). */
const PAPER = '#fbf8f3';
const RED = '#a31f1a';
const GOLD = '#8a6212';
const INK = '#1f1a17';
const GREY = '#5b524c';
const RULE = '#e3d9cc';

/** A filled rectangle on the card, in whole pixels. */
export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
}

/** What the card is made of: its rectangles, then its lines of text as placed glyphs, each line in one colour. */
export interface CardLayout {
  width: number;
  height: number;
  rects: CardRect[];
  texts: PlacedLine[];
}

type PlacedLine = { colour: string; glyphs: PlacedGlyph[] };
const repeatedLines = new Map<string, Promise<PlacedLine>>();
/** The kicker and the site name repeat on thousands of cards (every book's): they are shaped once. */
function repeated(key: string, place: () => Promise<PlacedLine>): Promise<PlacedLine> {
  let line = repeatedLines.get(key);
  if (!line) repeatedLines.set(key, (line = place()));
  return line;
}

/**
 * The card laid out: serif bold title, sans for the rest, as the site's type, the text shaped from the fonts on
 * npm (./fonts.ts). Nothing in it depends on the fonts of the machine that renders it, and no editor text reaches
 * a renderer as text: only glyph numbers and positions do.
 */
export async function cardLayout(card: OgCard): Promise<CardLayout> {
  const lines = wrapTitle(card.title);
  const lineHeight = TITLE_SIZE * 1.35;
  const top = 330 - ((lines.length - 1) * lineHeight) / 2;
  // Each line is cut to the card's width by its real, shaped width (the wrapping above only estimates).
  const draw = async (colour: string, text: string, face: FaceSpec, place: TextPlacement, maxWidth = TITLE_WIDTH) => ({
    colour,
    glyphs: (await placeText(await fitText(text, face, place.size, maxWidth), face, place)).glyphs,
  });
  const texts = await Promise.all([
    repeated(`kicker ${card.kicker}`, () =>
      draw(RED, card.kicker, TEXT_FACE, { x: 104, y: 134, size: 38 }, TITLE_WIDTH - 24),
    ),
    ...lines.map((line, i) =>
      draw(INK, line, TITLE_FACE, { x: 80, y: Math.round(top + i * lineHeight), size: TITLE_SIZE }),
    ),
    ...(card.detail ? [draw(GREY, card.detail, TEXT_FACE, { x: 80, y: 500, size: 32 })] : []),
    repeated(`site ${card.site}`, () => draw(GREY, card.site, TEXT_FACE, { x: 1120, y: 588, size: 30, anchor: 'end' })),
  ]);
  return {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    rects: [
      { x: 0, y: 0, width: OG_WIDTH, height: OG_HEIGHT, colour: PAPER },
      { x: 0, y: 0, width: OG_WIDTH, height: 28, colour: RED },
      { x: 80, y: 96, width: 8, height: 48, colour: GOLD },
      { x: 80, y: 536, width: 1040, height: 2, colour: RULE },
    ],
    texts,
  };
}
