/**
 * Draws the share cards in the build script's process (scripts/build.ts) while Astro renders pages in its child
 * process: Astro renders on one thread, so the cards (about 3 ms of CPU each, 10,396 at 10,000 books) take the
 * machine's other core instead of adding to the render (docs/performance.md). Cards come from Astro's process as
 * data (src/io/card-handoff.ts); each is read from the card cache when drawn before (src/io/og/render.ts: keyed
 * by the card's text, the fonts and the renderer) and written to `<outDir>/og/<param>.png`, the file Astro's card
 * endpoint writes when it runs alone.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { renderCard } from './og/render.ts';
import type { CardJob, CardsMessage } from './card-handoff.ts';

export interface CardHost {
  /** Once Astro's process has exited: waits for the last card; how many were written. */
  finish(): Promise<number>;
}

async function drawAll(cards: readonly CardJob[], outDir: string): Promise<number> {
  for (const [param, card] of cards) {
    const file = path.join(outDir, 'og', `${param}.png`);
    const png = await renderCard(card);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, png);
    // Lets the page messages of the search index through between cards.
    await nextTurn();
  }
  return cards.length;
}

/** Listens for the child's cards and draws them into `outDir` (the build's stage folder) as they arrive. */
export function hostCards(child: ChildProcess, outDir: string): CardHost {
  // One hand-over per build (Astro calls getStaticPaths once per route); chained, should another ever come.
  let drawing: Promise<number> = Promise.resolve(0);
  child.on('message', (message: CardsMessage) => {
    if (message.type !== 'og-cards:draw') return;
    drawing = drawing.then(async (drawn) => drawn + (await drawAll(message.cards, outDir)));
    drawing.catch(() => undefined); // reported by finish()
  });
  return { finish: () => drawing };
}
