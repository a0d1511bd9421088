/**
 * Loads the content collections once per build and builds the site model from them.
 * Every page awaits the same promise, so backlinks, totals and derived figures are computed once, not per page.
 */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog.ts';
import { buildSiteModel, type SiteModel } from '../lib/site-model.ts';
import { buildDate } from '../lib/build-info.ts';

let site: Promise<SiteModel> | undefined;

export function getSite(): Promise<SiteModel> {
  site ??= (async () =>
    buildSiteModel(
      buildCatalog({
        lectures: await getCollection('lectures'),
        meetings: await getCollection('meetings'),
        books: await getCollection('books'),
        people: await getCollection('people'),
        organisations: await getCollection('organisations'),
        today: buildDate(),
      }),
    ))();
  return site;
}

/** The catalog part of the site model, for routes that need nothing derived. */
export async function getCatalog(): Promise<Catalog> {
  return (await getSite()).catalog;
}
