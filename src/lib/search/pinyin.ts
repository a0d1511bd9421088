/**
 * Pinyin spellings of titles and names for the search index, so a reader can type `chuxin`, `cxjt` or
 * `zengqingyuan` on a phone keyboard without switching input method. Generated at build time and indexed
 * invisibly; the query side needs nothing, because Pagefind matches these Latin words by prefix.
 */
import { pinyin } from 'pinyin-pro';
import { looksLikeChineseName } from '../collate.ts';

const HAN = /\p{Script=Han}/u;
/** Longest run of words joined into one token: long enough for `chuxinjiangtan`, short enough to keep the index lean. */
const MAX_WORDS_PER_TOKEN = 4;
/** Two-character surnames; the rest of a Chinese name is the given name. */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '令狐',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '端木',
  '呼延',
  '轩辕',
  '南宫',
  '独孤',
  '西门',
]);

interface Syllables {
  full: string[];
  initials: string[];
}

/** Pinyin per Han character of `text` (other characters dropped), polyphones resolved by word context. */
function syllables(text: string, surname: boolean): Syllables {
  const chars = [...text];
  const read = (part: string): string[] =>
    surname
      ? pinyin(part, { toneType: 'none', type: 'array', v: true, surname: 'head' })
      : pinyin(part, { toneType: 'none', type: 'array', v: true });
  const whole = read(text);
  // One syllable per character is expected; if the library ever merges some, fall back to one by one.
  const perChar = whole.length === chars.length ? whole : chars.map((char) => read(char)[0] ?? char);
  const out: Syllables = { full: [], initials: [] };
  chars.forEach((char, i) => {
    if (!HAN.test(char)) return;
    const syllable = (perChar[i] ?? '').toLowerCase().replace(/[^a-z]/g, '');
    if (!syllable) return;
    out.full.push(syllable);
    out.initials.push(syllable[0] ?? '');
  });
  return out;
}

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Han words of `text`, as the browser's segmenter splits them (the same one that splits the reader's query). */
function hanWords(text: string): string[] {
  return [...wordSegmenter.segment(text)].map((s) => s.segment).filter((word) => HAN.test(word));
}

/**
 * Pinyin tokens of a title or phrase. Pagefind matches a typed word as a prefix of an indexed word, so the
 * whole phrase in full pinyin and in initials (`chuxinjiangtan`, `cxjt`) finds every prefix (`chuxin`, `cx`);
 * mid-phrase starts get one token each, running up to four words on (`jiangtan`, `zhizaoyezhuanxing`).
 */
export function phrasePinyin(text: string): string[] {
  const words = hanWords(text).map((word) => syllables(word, false));
  const whole = syllables(text, false);
  const tokens = new Set<string>([whole.full.join(''), whole.initials.join('')]);
  for (let start = 1; start < words.length; start++) {
    const run = words
      .slice(start, start + MAX_WORDS_PER_TOKEN)
      .flatMap((w) => w.full)
      .join('');
    // A lone one-syllable word (与, 年) would match half the index as a prefix: not worth a token.
    if (run.length >= 3) tokens.add(run);
  }
  return withUeSpellings([...tokens].filter((token) => token.length > 1));
}

/** 略 is `lve` on some keyboards and `lue` on others: index both (lv/nv alone stay as typed: 吕 lv, 女 nv). */
function withUeSpellings(tokens: string[]): string[] {
  const out = new Set(tokens);
  for (const token of tokens) if (/[ln]ve/.test(token)) out.add(token.replace(/([ln])ve/g, '$1ue'));
  return [...out];
}

/**
 * Pinyin tokens of a person's name, read in surname mode (乐 yuè, 单 shàn, 解 xiè, 曾 zēng):
 * `zengqingyuan`, `zeng`, `qingyuan`, `zqy`. Names that are not two to four Han characters
 * (translated foreign names, organisations) are read as phrases.
 */
export function namePinyin(name: string): string[] {
  const trimmed = name.trim();
  if (!looksLikeChineseName(trimmed)) return phrasePinyin(trimmed);
  const whole = syllables(trimmed, true);
  const surnameLength = COMPOUND_SURNAMES.has(trimmed.slice(0, 2)) && trimmed.length > 2 ? 2 : 1;
  const tokens = new Set<string>([
    whole.full.join(''),
    whole.initials.join(''),
    whole.full.slice(0, surnameLength).join(''),
    whole.full.slice(surnameLength).join(''),
  ]);
  return withUeSpellings([...tokens].filter((token) => token.length > 0));
}
