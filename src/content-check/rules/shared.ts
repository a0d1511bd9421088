/** What several rules read the same way: a book's ISBN, an image field's file, how references are named. */
import path from 'node:path';
import { absOf, type ContentTree, type TaggedField } from '../tree.ts';

export { isbnOf } from '../isbn-of.ts';

/** A collection other entries point at by id. */
export type ReferencedCollection = 'people' | 'books' | 'organisations';

/**
 * What the editor calls the thing a reference points at, an id, and how to make one: the `npm run new` command, or
 * (organisations, which `npm run new` does not write) where to register it.
 */
export const REFERENCE_LABEL: Record<
  ReferencedCollection,
  { noun: string; example: string } & ({ command: string } | { register: string })
> = {
  people: { noun: '人物', command: 'person', example: 'zhang-wei' },
  books: { noun: '图书', command: 'book', example: '9787020002207' },
  organisations: {
    noun: '单位',
    register: '先登记这个单位（在网页编辑后台「单位」里新建，或在 content/organisations/ 新建一个文件）',
    example: 'xinlian-dianzi',
  },
};

/** The absolute path an image field points at (relative to the entry's file). */
export function imageFile(tree: ContentTree, { entry, value }: TaggedField): string {
  return path.resolve(path.dirname(absOf(tree.root, entry.file)), value);
}

/** The first id of a collection, alphabetically: an example that exists. */
export function firstId(tree: ContentTree, target: ReferencedCollection): string | undefined {
  return [...tree.ids.get(target)!].sort()[0];
}
