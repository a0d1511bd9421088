/** The whole catalogue as one CSV file (UTF-8 with BOM), rebuilt with the site. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { bookListCsv } from '../../lib/library/csv.ts';

export const GET: APIRoute = async () =>
  new Response(bookListCsv(await getCatalog()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
