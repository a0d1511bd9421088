/** The data of the search page's variant table files (/search/pinyin.json, /search/t2s.json), from the site model. */
import { getSite } from '../site.ts';
import type { VariantTable } from '../../lib/search/variants.ts';

/** One part of the table as its own JSON file, `{ "<part>": "…" }`. */
export async function variantTableResponse(part: keyof VariantTable): Promise<Response> {
  const body = JSON.stringify({ [part]: (await getSite()).variantTable[part] });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
