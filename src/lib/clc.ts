/** 中国图书馆分类法 top-level classes as the pages use them; the class list and what a valid number is live in src/schemas/formats/clc.ts. */
import { CLC_NAMES, isClcLetter, type ClcLetter } from '../schemas/formats/clc.ts';

export { CLC_CLASSES, CLC_LETTERS, clcProblem, isClcLetter, type ClcLetter } from '../schemas/formats/clc.ts';

/** The top-level class of a class number (`D261` → `D`), or undefined for an unclassified book. */
export function clcLetterOf(code: string | undefined): ClcLetter | undefined {
  const letter = code?.[0];
  return letter && isClcLetter(letter) ? letter : undefined;
}

export function clcName(letter: ClcLetter): string {
  return CLC_NAMES.get(letter)!;
}
