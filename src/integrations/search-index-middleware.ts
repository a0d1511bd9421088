/**
 * Hands every page Astro renders during `astro build` to the search indexer (src/integrations/search-index.ts),
 * which indexes it on a second thread while the next pages render. Added by that integration for builds only.
 */
import { defineMiddleware } from 'astro:middleware';
import { PAGE_SINK, type PageSink } from './search-index-sink.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = (globalThis as { [PAGE_SINK]?: PageSink })[PAGE_SINK];
  if (!sink || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  sink(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
