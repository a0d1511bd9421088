import type { APIRoute, GetStaticPaths } from 'astro';
import { ogCardSubjects } from '../../data/routes/home.ts';
import { ogParam, type OgCard } from '../../lib/og/pages.ts';
import { ogCards } from '../../components/site/og-cards.ts';
import { renderCard } from '../../io/og/render.ts';

export const getStaticPaths = (async () => {
  const { subjects, catalog } = await ogCardSubjects();
  return [...ogCards(subjects, catalog)].map(([pagePath, card]) => ({
    params: { path: ogParam(pagePath) },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await renderCard(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
