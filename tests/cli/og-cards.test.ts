/**
 * Share images (og:image) must carry readable Chinese on any machine, including one with no Chinese system font
 * (a fresh machine without fonts-noto-cjk). Renders the same card in child processes under the normal fontconfig
 * and under one that knows no CJK font, compares the bytes, and reads the cards back with OCR (tesseract chi_sim):
 * boxes would print each character's code, so only OCR, not "different text looks different", tells glyphs
 * from boxes. As a control, text set with a system font under the same fontconfig must come out unreadable.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/build-site.ts';
import { noCjkFontconfig } from '../gates/reproducible.ts';

const TITLE = '以科技创新引领产业升级';
const card = {
  kicker: '初心讲坛 · 第11期',
  title: TITLE,
  detail: '2026年12月18日 · 李娜',
  site: '白沙洲工业园区党建教育',
};
/** U+E000 (private use): no font has it, so the card draws the missing-glyph box for every character. */
const boxes = { ...card, title: '\uE000'.repeat([...TITLE].length) };

/** Renders each card in a fresh Node process with its own card cache; also sets TITLE as SVG text (system font). */
const CHILD = `
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { renderCard } from './src/io/og/render.ts';
const [out, cache, title, ...cards] = process.argv.slice(1);
for (const [i, json] of cards.entries()) writeFileSync(\`\${out}/card-\${i}.png\`, await renderCard(JSON.parse(json), \`\${cache}/\${i}\`));
const svg = \`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="200"><rect width="1200" height="200" fill="#fff"/><text x="40" y="130" font-family="Noto Serif CJK SC, Noto Sans CJK SC, sans-serif" font-size="64">\${title}</text></svg>\`;
writeFileSync(\`\${out}/text.png\`, await sharp(Buffer.from(svg)).png().toBuffer());
`;

function render(env: Record<string, string>): { cards: Buffer[]; text: Buffer } {
  const out = mkdtempSync(path.join(tmpdir(), 'djjy-og-'));
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'djjy-og-cache-'));
  const args = ['--input-type=module', '-e', CHILD, out, cacheDir, TITLE, JSON.stringify(card), JSON.stringify(boxes)];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  expect(run.status, run.stderr).toBe(0);
  return {
    cards: [0, 1].map((i) => readFileSync(path.join(out, `card-${i}.png`))),
    text: readFileSync(path.join(out, 'text.png')),
  };
}

function ocr(png: Buffer): string {
  const run = spawnSync('tesseract', ['stdin', 'stdout', '-l', 'chi_sim'], { input: png, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.replace(/\s+/g, '');
}

describe('share cards without system Chinese fonts', () => {
  it('are byte-identical to those made with the fonts, and their Chinese reads back by OCR', () => {
    const normal = render({});
    const bare = render({ FONTCONFIG_FILE: noCjkFontconfig() });
    // Control: under the bare fontconfig, text that relies on a system font really is boxes.
    expect(ocr(bare.text)).not.toContain(TITLE.slice(0, 4));
    expect(bare.cards[0]!.equals(normal.cards[0]!)).toBe(true);
    const read = ocr(bare.cards[0]!);
    expect(read).toContain(TITLE);
    expect(read).toContain('白沙洲工业园区党建教育');
    // A card whose title is boxes differs, and its title does not read.
    expect(bare.cards[1]!.equals(bare.cards[0]!)).toBe(false);
    expect(ocr(bare.cards[1]!)).not.toContain(TITLE.slice(0, 4));
  });
});
