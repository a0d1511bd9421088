/** The whole catalogue as one CSV file (UTF-8 with BOM), rebuilt with the site. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { catalogueCsv } from '../../lib/library/csv.ts';

export const GET: APIRoute = async () =>
  new Response(catalogueCsv(await getCatalog()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
