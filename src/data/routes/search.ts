/** The search page's variant table, built once per build from the content (src/lib/search/variant-table.ts). */
import { getCatalog } from '../site.ts';
import { buildVariantTable } from '../../lib/search/variant-table.ts';
import type { VariantTable } from '../../lib/search/variants.ts';

let table: Promise<VariantTable> | undefined;

function variantTable(): Promise<VariantTable> {
  table ??= getCatalog().then((catalog) => {
    const entries = [catalog.lectures, catalog.meetings, catalog.books, catalog.people].flat();
    return buildVariantTable(JSON.stringify(entries.map((entry) => entry.data)));
  });
  return table;
}

/** One part of the table as its own JSON file, `{ "<part>": "…" }`. */
export async function variantTableResponse(part: keyof VariantTable): Promise<Response> {
  const body = JSON.stringify({ [part]: (await variantTable())[part] });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
