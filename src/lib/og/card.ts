/**
 * The Open Graph card (1200×630) as SVG: brand line, Chinese title, detail line, site name, the text drawn as
 * glyph outlines from the fonts on npm (./fonts.ts). Rendered to PNG at build time by ./render.ts; no font ever
 * reaches the browser.
 */
import { TEXT_FACE, TITLE_FACE, type FaceSpec } from './fonts.ts';
import { fitText, textPath, type TextPlacement } from './text-path.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  /** Small line above the title, e.g. 初心讲坛 · 第11期. */
  kicker: string;
  title: string;
  /** Line at the bottom, e.g. date and venue. */
  detail?: string | undefined;
  /** Site name, bottom right. */
  site: string;
}

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

/**
 * The card as SVG whose text is glyph outlines (./text-path.ts): serif bold title, sans for the rest, as the
 * site's type. Nothing in it depends on the fonts of the machine that renders it.
 */
export async function cardSvg(card: OgCard): Promise<string> {
  const lines = wrapTitle(card.title);
  const lineHeight = TITLE_SIZE * 1.35;
  const top = 330 - ((lines.length - 1) * lineHeight) / 2;
  // Each line is cut to the card's width by its real, shaped width (the wrapping above only estimates).
  const draw = async (text: string, face: FaceSpec, place: TextPlacement, maxWidth = TITLE_WIDTH) =>
    textPath(await fitText(text, face, place.size, maxWidth), face, place);
  const texts = await Promise.all([
    draw(card.kicker, TEXT_FACE, { x: 104, y: 134, size: 38 }, TITLE_WIDTH - 24),
    ...lines.map((line, i) => draw(line, TITLE_FACE, { x: 80, y: Math.round(top + i * lineHeight), size: TITLE_SIZE })),
    card.detail ? draw(card.detail, TEXT_FACE, { x: 80, y: 500, size: 32 }) : undefined,
    draw(card.site, TEXT_FACE, { x: 1120, y: 588, size: 30, anchor: 'end' }),
  ]);
  const [kicker, ...rest] = texts;
  const site = rest.pop()!;
  const detail = rest.pop();
  const title = rest.map((line) => line!.d).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#fbf8f3"/>
<rect width="${OG_WIDTH}" height="28" fill="#a31f1a"/>
<rect x="80" y="96" width="8" height="48" fill="#8a6212"/>
<path fill="#a31f1a" d="${kicker!.d}"/>
<path fill="#1f1a17" d="${title}"/>
${detail ? `<path fill="#5b524c" d="${detail.d}"/>` : ''}
<rect x="80" y="536" width="1040" height="2" fill="#e3d9cc"/>
<path fill="#5b524c" d="${site!.d}"/>
</svg>`;
}
