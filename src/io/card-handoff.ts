/**
 * The share cards, handed from Astro's process to the build script's (scripts/build.ts, src/io/card-host.ts), which
 * draws them on the other core while Astro renders pages on its one thread. Astro 7 collects every route's paths
 * before it renders the first page, so the cards are all handed over before rendering starts. Without the build
 * script (`astro build` alone, `astro dev`) nothing is handed over and the card endpoint draws each card itself.
 */
import type { OgCard } from '../lib/og/pages.ts';

/** Set by the build script for Astro's process: the parent draws the cards. */
export const CARD_HOST_ENV = 'DJJY_CARD_HOST';

/** The card endpoint's parameter (`lectures/3`, written to `og/lectures/3.png`) and the card it shows. */
export type CardJob = [param: string, card: OgCard];

export interface CardsMessage {
  type: 'og-cards:draw';
  cards: CardJob[];
}

/** Sends the cards to the build script; true when it will draw them (the endpoint then renders no page). */
export function handOffCards(cards: CardJob[]): boolean {
  if (!process.env[CARD_HOST_ENV] || !process.send) return false;
  process.send({ type: 'og-cards:draw', cards } satisfies CardsMessage);
  return true;
}
