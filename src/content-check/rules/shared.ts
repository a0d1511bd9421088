/** What several rules read the same way: a book's ISBN, an image field's file, how references are named. */
import path from 'node:path';
import { absOf, type ContentTree, type TaggedField } from '../tree.ts';

export { isbnOf } from '../isbn-of.ts';

/** What the editor calls the thing a reference points at, the `npm run new` command that makes one, an id. */
export const REFERENCE_LABEL: Record<'people' | 'books', { noun: string; command: string; example: string }> = {
  people: { noun: '人物', command: 'person', example: 'zhang-wei' },
  books: { noun: '图书', command: 'book', example: '9787020002207' },
};

/** The absolute path an image field points at (relative to the entry's file). */
export function imageFile(tree: ContentTree, { entry, value }: TaggedField): string {
  return path.resolve(path.dirname(absOf(tree.root, entry.file)), value);
}

/** The first id of a collection, alphabetically: an example that exists. */
export function firstId(tree: ContentTree, target: 'people' | 'books'): string | undefined {
  return [...tree.ids.get(target)!].sort()[0];
}
