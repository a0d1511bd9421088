/**
 * The site model: the catalog (entries, backlinks, totals) and every figure derived from it, held in one place.
 * This is the build's only cache of derived data: each part is computed on first use and then shared by every
 * page (src/data/site.ts keeps one model per build). Pure: tests build it from fixtures.
 */
import type { Catalog } from './catalog.ts';
import { buildLibraryIndex, type LibraryIndex } from './library/browse.ts';
import { ogSubjects, type OgSubject } from './og/pages.ts';
import { seriesStats, type SeriesStats } from './series/index.ts';
import { coverageOf, heldTurnouts, ledgerRows, type Coverage, type LedgerRow } from './coverage/index.ts';
import { buildVariantTable } from './search/variant-table.ts';
import type { VariantTable } from './search/variants.ts';

export interface SiteModel {
  catalog: Catalog;
  /** The library's ways in (initials, authors, publishers, years, donors, months, latest notes). */
  readonly library: LibraryIndex;
  /** Series and library statistics: the 数据 page, the section breakdowns, a person's rotation turn. */
  readonly stats: SeriesStats;
  /** Which registered organisations the brands reached (/coverage/). */
  readonly coverage: Coverage;
  /** The 台账: one row per held lecture and meeting, oldest first (its .xlsx and print page). */
  readonly ledger: LedgerRow[];
  /** Pages with an Open Graph card of their own, and what each card shows. */
  readonly og: ReadonlyMap<string, OgSubject>;
  /** The search page's readings and traditional → simplified table, for every Han character of the content. */
  readonly variantTable: VariantTable;
}

function once<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

export function buildSiteModel(catalog: Catalog): SiteModel {
  const library = once(() => buildLibraryIndex(catalog));
  const stats = once(() => seriesStats(catalog));
  const og = once(() => ogSubjects(catalog));
  const turnouts = once(() => heldTurnouts(catalog));
  const coverage = once(() => coverageOf(catalog, turnouts()));
  const ledger = once(() => ledgerRows(turnouts(), catalog));
  const variantTable = once(() => {
    const entries = [catalog.lectures, catalog.meetings, catalog.books, catalog.people].flat();
    return buildVariantTable(JSON.stringify(entries.map((entry) => entry.data)));
  });
  return {
    catalog,
    get library() {
      return library();
    },
    get stats() {
      return stats();
    },
    get og() {
      return og();
    },
    get coverage() {
      return coverage();
    },
    get ledger() {
      return ledger();
    },
    get variantTable() {
      return variantTable();
    },
  };
}
