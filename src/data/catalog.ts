/**
 * Loads the content collections once per build and derives the site model from them.
 * Every page awaits the same promise, so backlinks and totals are computed once, not per page.
 */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog.ts';
import { buildDate } from '../lib/build-info.ts';

let catalog: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  catalog ??= (async () =>
    buildCatalog({
      lectures: await getCollection('lectures'),
      meetings: await getCollection('meetings'),
      books: await getCollection('books'),
      people: await getCollection('people'),
      today: buildDate(),
    }))();
  return catalog;
}
