/**
 * How the import recognises one title across rows and existing files: its ISBN-13, or, for a book printed
 * without ISBN, its title and first author as a librarian compares them (width, spaces and Latin case do not
 * make a different book). A book without ISBN gets a file named by its title's pinyin, like `npm run new`.
 */
import { slugify } from '../slug.ts';

const normal = (value: unknown) =>
  String(value ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toLowerCase();

export function bookKey(isbn13: string | undefined, title: unknown, authors: unknown): string {
  if (isbn13) return isbn13;
  const first = Array.isArray(authors) ? authors[0] : authors;
  return `书名:${normal(title)}|${normal(first)}`;
}

/** `xiang-tu-zhong-guo` for 乡土中国, or `xiang-tu-zhong-guo-2` when that id is taken; the id is added to `taken`. */
export function titleId(title: unknown, taken: Set<string>): string {
  const base = slugify(String(title ?? ''));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
