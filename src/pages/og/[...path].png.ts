import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { ogCards, ogParam } from '../../lib/og/pages.ts';
import { renderCard } from '../../lib/og/render.ts';
import type { OgCard } from '../../lib/og/card.ts';

export const getStaticPaths = (async () => {
  const cards = ogCards(await getCatalog());
  return [...cards].map(([pagePath, card]) => ({ params: { path: ogParam(pagePath) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { card: OgCard }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
