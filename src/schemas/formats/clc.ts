/**
 * 中国图书馆分类法 (Chinese Library Classification, 5th ed.): the 22 top-level classes.
 * Letters are as published: I, L, M, W and Y are not used at the top level.
 * A leaf module (no project imports) so the book schema and src/lib/clc.ts can both build on it.
 */
export const CLC_CLASSES = [
  ['A', '马克思主义、列宁主义、毛泽东思想、邓小平理论'],
  ['B', '哲学、宗教'],
  ['C', '社会科学总论'],
  ['D', '政治、法律'],
  ['E', '军事'],
  ['F', '经济'],
  ['G', '文化、科学、教育、体育'],
  ['H', '语言、文字'],
  ['I', '文学'],
  ['J', '艺术'],
  ['K', '历史、地理'],
  ['N', '自然科学总论'],
  ['O', '数理科学和化学'],
  ['P', '天文学、地球科学'],
  ['Q', '生物科学'],
  ['R', '医药、卫生'],
  ['S', '农业科学'],
  ['T', '工业技术'],
  ['U', '交通运输'],
  ['V', '航空、航天'],
  ['X', '环境科学、安全科学'],
  ['Z', '综合性图书'],
] as const;

export type ClcLetter = (typeof CLC_CLASSES)[number][0];

export const CLC_LETTERS: readonly ClcLetter[] = CLC_CLASSES.map(([letter]) => letter);

export const CLC_NAMES = new Map<string, string>(CLC_CLASSES);

/** A class number: a top-level letter, then digits, dots, hyphens and the auxiliary signs the tables use. */
const CLC_CODE_RE = /^[A-Z](?:[A-Z0-9]|[.\-/:=()"<>+])*$/;

export function isClcLetter(letter: string): letter is ClcLetter {
  return CLC_NAMES.has(letter);
}

/** Why a class number is refused, or `null` when it is acceptable. */
export function clcProblem(code: string): 'format' | 'letter' | null {
  if (!CLC_CODE_RE.test(code)) return 'format';
  return isClcLetter(code.charAt(0)) ? null : 'letter';
}
