import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/catalog.ts';
import { ogParam } from '../../lib/og/pages.ts';
import { ogCards } from '../../components/site/og-cards.ts';
import { renderCard } from '../../lib/og/render.ts';
import type { OgCard } from '../../lib/og/card.ts';
import { handOffCards } from '../../io/card-handoff.ts';

export const getStaticPaths = (async () => {
  const { og, catalog } = await getSite();
  const cards = [...ogCards(og, catalog)].map(([pagePath, card]) => [ogParam(pagePath), card] as [string, OgCard]);
  // Under scripts/build.ts the cards are drawn beside Astro's render, on the other core (src/io/card-host.ts).
  if (handOffCards(cards)) return [];
  return cards.map(([path, card]) => ({ params: { path }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { card: OgCard }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
