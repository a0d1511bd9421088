/**
 * The invisible words a detail page adds to the search index: pinyin of its title and of the people on
 * it, every spelling of an ISBN, the session token, and the title's characters one by one (for the
 * relaxed query, see ./query.ts). Rendered hidden by components/search/SearchExtras.astro.
 */
import { isbnSearchForms } from '../isbn.ts';
import { namePinyin, phrasePinyin } from './pinyin.ts';
import { sessionToken } from './query.ts';

export interface ExtrasInput {
  /** The page's own title(s): title, subtitle, series name. */
  titles?: readonly string[];
  /** The person the page is about (read in surname mode, weighted like a title). */
  person?: string | undefined;
  /** People named on the page: speakers, authors, lead readers, donors. */
  names?: readonly string[];
  isbn?: string | undefined;
  /** 第N期 of a lecture or meeting. */
  session?: number | undefined;
}

/** One group of index words and the Pagefind weight it carries (title words outrank passing mentions). */
export interface ExtrasGroup {
  weight: number;
  words: string;
}

const HAN = /\p{Script=Han}/u;

function join(words: Iterable<string>): string {
  return [...new Set(words)].filter(Boolean).join(' ');
}

/** The groups of invisible index words for one page; empty groups are left out. */
export function searchExtras(input: ExtrasInput): ExtrasGroup[] {
  const titles = input.titles ?? [];
  const groups: ExtrasGroup[] = [
    { weight: 10, words: join(input.session !== undefined ? [sessionToken(input.session)] : []) },
    { weight: 10, words: join(input.isbn ? isbnSearchForms(input.isbn) : []) },
    { weight: 8, words: join([...titles.flatMap(phrasePinyin), ...(input.person ? namePinyin(input.person) : [])]) },
    { weight: 3, words: join((input.names ?? []).flatMap(namePinyin)) },
    {
      weight: 1,
      words: join([...titles, input.person ?? ''].flatMap((text) => [...text].filter((char) => HAN.test(char)))),
    },
  ];
  return groups.filter((group) => group.words.length > 0);
}
