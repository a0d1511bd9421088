/**
 * How a catalogued name (as printed: "[美] 埃德加·斯诺", "埃里克·马瑟斯（Eric Matthes）", "Eric Matthes",
 * "中共中央", "费孝通") is written in a GB/T 7714-2015 reference, §8.1:
 * - Chinese names as printed, without a dynasty or nationality mark (李时珍, not (明)李时珍);
 * - the Chinese translation of a Western name by its surname only (昂温, not S.昂温), with no nationality mark;
 *   the given names' initials are added only to tell apart authors of one reference who share that surname
 *   (昂温 G, 昂温 P S);
 * - a Latin name surname first, given names as initials without full stops (CRAWFORD W, from Walt Crawford);
 * - an organisation as printed (美国妇产科医师学会, American Library Association).
 */

/** A nationality or dynasty mark in front of a name: [美], （美）, (明), 〔英〕, 【苏】. */
const MARK = /^\s*[[［(（〔【][^\]］)）〕】]{1,4}[\]］)）〕】]\s*/u;
/** The original spelling some catalogues add after a translated name: 埃里克·马瑟斯（Eric Matthes）. */
const ORIGINAL = /\s*[（(]([^()（）]*\p{Script=Latin}[^()（）]*)[)）]\s*$/u;
/** The dots that separate the parts of a translated Western name (间隔号 and the look-alikes typed for it). */
const PART_DOT = /[·•・‧∙]/u;
/** Latin initials written before a translated surname: "S.昂温", "P. S. 昂温". */
const LEADING_INITIALS = /^((?:\p{Script=Latin}\.\s*)+)(.+)$/u;
/** Latin only: letters, spaces and the punctuation of names. */
const LATIN = /^[\p{Script=Latin}\s.,'’\-&]+$/u;
/** Words that make a Latin name an organisation rather than a person. */
const LATIN_BODY =
  /\b(association|society|institute|institution|university|college|school|committee|council|department|office|bureau|ministry|organi[sz]ation|centre|center|academy|foundation|group|press|publishing|publishers|books|verlag|inc|ltd|llc|co|corporation|company|agency|commission|board|library|museum|federation|union|editors?)\b/i;

/** A name split into what a reference uses. */
interface ReferenceName {
  /** What the reference writes when no other name shares the surname. */
  short: string;
  /** The surname, to find names that share it; empty for names that are never shortened. */
  surname: string;
  /** What the reference writes when another name shares the surname. */
  distinct: string;
}

/** Initials of Latin given names, without full stops: "Paul Stephen" → "P S", "G." → "G". */
function initials(given: string): string {
  return given
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((part) =>
      part
        .split('-')
        .map((piece) => piece[0]!.toUpperCase())
        .join('-'),
    )
    .join(' ');
}

/** True for a name written in Latin letters only (a Western name or body not translated). */
export const isLatinName = (name: string) => LATIN.test(name.trim());

/** True for a Latin personal name with given and family names ("Eric Matthes"), not an organisation. */
export const isLatinPersonName = (name: string) =>
  isLatinName(name) && /\S\s+\S|,/.test(name.trim()) && !LATIN_BODY.test(name);

/** A Latin personal name, "Given Family", "Family, Given" or already "Family G", as CRAWFORD W. */
function latinPerson(name: string): ReferenceName {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  let family: string;
  let given: string;
  if (trimmed.includes(',')) {
    [family, given] = trimmed.split(/,\s*/, 2) as [string, string];
  } else {
    const parts = trimmed.split(' ');
    // "Smith J" / "Unwin P S": the surname already comes first, the rest are initials.
    const firstIsFamily = parts.length > 1 && parts.slice(1).every((part) => /^\p{Lu}{1,2}\.?$/u.test(part));
    family = firstIsFamily ? parts[0]! : parts.at(-1)!;
    given = firstIsFamily ? parts.slice(1).join(' ') : parts.slice(0, -1).join(' ');
  }
  const surname = family.toUpperCase();
  const full = [surname, initials(given)].filter(Boolean).join(' ');
  return { short: full, surname: '', distinct: full };
}

/** A translated Western name: the surname, and the given names' initials kept aside for same-surname cases. */
function translated(name: string, original: string | undefined): ReferenceName | undefined {
  const leading = LEADING_INITIALS.exec(name);
  if (leading && !isLatinName(leading[2]!)) {
    const surname = leading[2]!.trim();
    return { short: surname, surname, distinct: `${surname} ${initials(leading[1]!)}` };
  }
  if (!PART_DOT.test(name)) return undefined;
  const surname = name.split(PART_DOT).at(-1)!.trim();
  // The given names' initials come from the original spelling; without it, the full translated name is what
  // still tells the two apart.
  const latinGiven = original ? original.trim().split(/\s+/).slice(0, -1).join(' ') : '';
  const distinct = latinGiven ? `${surname} ${initials(latinGiven)}` : name.trim();
  return { short: surname, surname, distinct };
}

/** One catalogued name as a GB/T 7714-2015 reference writes it (before same-surname checks). */
function referenceName(name: string): ReferenceName {
  const unmarked = name.replace(MARK, '').trim();
  const original = ORIGINAL.exec(unmarked)?.[1];
  const printed = unmarked.replace(ORIGINAL, '').trim();
  if (isLatinName(printed)) {
    return isLatinPersonName(printed) ? latinPerson(printed) : { short: printed, surname: '', distinct: printed };
  }
  return translated(printed, original) ?? { short: printed, surname: '', distinct: printed };
}

/**
 * The names of one reference as GB/T 7714-2015 writes them: translated Western names by surname only, unless
 * two of them share it (§8.1.1: 昂温 G, 昂温 P S).
 */
export function referenceNames(names: readonly string[]): string[] {
  const parsed = names.map(referenceName);
  const count = new Map<string, number>();
  for (const { surname } of parsed) if (surname) count.set(surname, (count.get(surname) ?? 0) + 1);
  return parsed.map(({ short, surname, distinct }) => (surname && count.get(surname)! > 1 ? distinct : short));
}
