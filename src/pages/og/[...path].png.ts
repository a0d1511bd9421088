import type { APIRoute, GetStaticPaths } from 'astro';
import { ogCardSubjects } from '../../data/routes/home.ts';
import { ogParam, type OgCard } from '../../lib/og/pages.ts';
import { ogCards } from '../../components/site/og-cards.ts';
import { renderCard } from '../../io/og/render.ts';
import { handOffCards } from '../../io/card-handoff.ts';

export const getStaticPaths = (async () => {
  const { subjects, catalog } = await ogCardSubjects();
  const cards = [...ogCards(subjects, catalog)].map(
    ([pagePath, card]) => [ogParam(pagePath), card] as [string, OgCard],
  );
  // Under scripts/build.ts the cards are drawn beside Astro's render, on the other core (src/io/card-host.ts).
  if (handOffCards(cards)) return [];
  return cards.map(([path, card]) => ({ params: { path }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await renderCard(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
