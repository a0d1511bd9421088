/**
 * Queries as readers really type them, derived from the content (never typed into a test): titles and names in
 * traditional characters (OpenCC's simplified → Taiwan conversion), and with one character swapped for another of
 * the same reading, the slip of a pinyin input method. The expected page is the one the title or name belongs to.
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { ContentFacts } from './content-facts.ts';

export interface DerivedQuery {
  query: string;
  /** The title or name as the content writes it. */
  written: string;
  /** The page that must be among the first five results. */
  expected: string;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** Titles and names of the content, with the page each belongs to. */
function named(content: ContentFacts): { text: string; page: string }[] {
  return [
    ...content.books.map((book) => ({ text: book.title, page: `/books/${book.id}/` })),
    ...content.people.map((person) => ({ text: person.name, page: `/people/${person.id}/` })),
  ];
}

/** Up to `limit` book titles and up to `limit` names whose traditional spelling differs from the simplified one. */
export function traditionalQueries(content: ContentFacts, limit = 3): DerivedQuery[] {
  const pick = (prefix: string) =>
    named(content)
      .filter(({ text, page }) => page.startsWith(prefix) && HAN_ONLY.test(text) && toTraditional(text) !== text)
      .slice(0, limit)
      .map(({ text, page }) => ({ query: toTraditional(text), written: text, expected: page }));
  return [...pick('/books/'), ...pick('/people/')];
}

/** The characters a pinyin keyboard offers first: GB 2312's first level, by its own code table. */
function commonCharacters(): string[] {
  const gb = new TextDecoder('gbk');
  const chars: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++)
    for (let cell = 0xa1; cell <= 0xfe; cell++) chars.push(gb.decode(new Uint8Array([row, cell])));
  return chars.filter((char) => HAN_ONLY.test(char));
}

const readings = (char: string) => pinyin(char, { toneType: 'none', type: 'array', multiple: true }) as string[];

/**
 * Up to `limit` titles (four to eight characters) and `limit` names, each with one character (the second of a name,
 * the third of a title) replaced by another common character with the same single reading.
 */
export function homophoneQueries(content: ContentFacts, limit = 3): DerivedQuery[] {
  const bySound = new Map<string, string[]>();
  for (const char of commonCharacters()) {
    const [only, ...more] = readings(char);
    if (only && more.length === 0) bySound.set(only, [...(bySound.get(only) ?? []), char]);
  }
  const slip = (text: string, at: number): string | undefined => {
    const chars = [...text];
    const [sound, ...more] = readings(chars[at]!);
    if (!sound || more.length > 0) return undefined;
    const other = bySound.get(sound)?.find((char) => char !== chars[at] && !text.includes(char));
    return other ? [...chars.slice(0, at), other, ...chars.slice(at + 1)].join('') : undefined;
  };
  const pick = (prefix: string, at: number, fits: (length: number) => boolean) =>
    named(content)
      .filter(({ text, page }) => page.startsWith(prefix) && HAN_ONLY.test(text) && fits([...text].length))
      .flatMap(({ text, page }) => {
        const query = slip(text, at);
        return query ? [{ query, written: text, expected: page }] : [];
      })
      .slice(0, limit);
  return [...pick('/books/', 2, (n) => n >= 4 && n <= 8), ...pick('/people/', 1, (n) => n === 3)];
}
