/**
 * The search page's traditional → simplified table, fetched only when a query finds little as typed
 * (src/lib/search/variants.ts); built from the common characters and every Han character of the content.
 */
import type { APIRoute } from 'astro';
import { variantTableResponse } from '../../data/routes/search.ts';

export const GET: APIRoute = () => variantTableResponse('t2s');
