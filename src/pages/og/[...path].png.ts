import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/catalog.ts';
import { ogParam, type OgCard } from '../../lib/og/pages.ts';
import { ogCards } from '../../components/site/og-cards.ts';
import { renderCard } from '../../io/og/render.ts';

export const getStaticPaths = (async () => {
  const { og, catalog } = await getSite();
  const cards = ogCards(og, catalog);
  return [...cards].map(([pagePath, card]) => ({ params: { path: ogParam(pagePath) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { card: OgCard }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
