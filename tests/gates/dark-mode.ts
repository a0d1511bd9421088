/**
 * Dark mode may only recolour: the quality gates run every axe rule in light mode and only the colour rules again
 * in dark mode (AXE_COLOUR_RULES), which holds only while dark mode changes colour values and nothing else — no
 * display, size, content or visibility, and no script that branches on the scheme.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { publicScripts } from './public-scripts.ts';

const DARK_MEDIA = /@media[^{]*prefers-color-scheme\s*:\s*dark[^{]*\{/g;
/** Properties whose value is a colour and nothing else. */
const COLOUR_PROPERTIES =
  /^(color|background-color|border(-(top|right|bottom|left|block|inline)(-(start|end))?)?-color|outline-color|text-decoration-color|caret-color|accent-color|fill|stroke|color-scheme)$/;
/** Shorthands that may carry just a colour (`background: #171311`). */
const SHORTHANDS = /^(background|border(-(top|right|bottom|left|block|inline))?|outline)$/;
/** A colour value: hex, a colour function, a colour keyword or a variable (itself held to this rule where set). */
const COLOUR_VALUE =
  /^(#[0-9a-f]{3,8}|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(.*\)|transparent|currentcolor|inherit|var\(--[\w-]+\))$/i;

/** The text between the brace that opens at `start - 1` and its partner. */
function block(css: string, start: number): string {
  let depth = 1;
  for (let i = start; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(start, i);
  }
  return css.slice(start);
}

/** Declarations inside `prefers-color-scheme: dark` blocks that set anything but a colour. */
export function darkModeProblems(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const problems: string[] = [];
  for (const media of text.matchAll(DARK_MEDIA)) {
    const body = block(text, media.index + media[0].length);
    for (const rule of body.matchAll(/\{([^{}]*)\}/g)) {
      for (const declaration of rule[1]!.split(';')) {
        const colon = declaration.indexOf(':');
        if (colon < 0) continue;
        const property = declaration.slice(0, colon).trim().toLowerCase();
        const value = declaration
          .slice(colon + 1)
          .replace(/!important/i, '')
          .trim();
        const colour =
          COLOUR_PROPERTIES.test(property) ||
          ((property.startsWith('--') || SHORTHANDS.test(property)) && COLOUR_VALUE.test(value));
        if (!colour) problems.push(`${property}: ${value}`);
      }
    }
  }
  return problems;
}

/** Every way the built public site could look different in dark mode other than in colour. */
export function darkModeProblemsInSite(distDir: string): string[] {
  const css = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.css') && !file.startsWith('admin'),
  );
  const { classic, modules } = publicScripts(distDir);
  return [
    ...css.flatMap((file) =>
      darkModeProblems(readFileSync(path.join(distDir, file), 'utf8')).map((p) => `${file}: dark mode sets ${p}`),
    ),
    ...[...classic, ...modules]
      .filter((file) => readFileSync(file, 'utf8').includes('prefers-color-scheme'))
      .map((file) => `${path.relative(distDir, file)}: a script reads prefers-color-scheme`),
  ];
}
