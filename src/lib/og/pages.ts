/**
 * Which pages get their own Open Graph card, and which card every other page borrows.
 * A new card costs ~60 ms to draw, so only the pages people share get one: home, the section pages, every book
 * and person, and the newest sessions of each series (OG_ENTRY_LIMIT); an older session shares its section's
 * card. Rendering is cached, so a rebuild pays only for new or changed titles.
 */
import { t } from '../../i18n/t.ts';
import type { Catalog } from '../catalog.ts';
import { formatChineseDate } from '../dates.ts';
import { paths } from '../urls.ts';
import type { OgCard } from './card.ts';

/** Newest sessions per series that get a card of their own. */
export const OG_ENTRY_LIMIT = 48;

const cache = new WeakMap<Catalog, Map<string, OgCard>>();

/** Page path (without base) → card. */
export function ogCards(catalog: Catalog): Map<string, OgCard> {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const site = t('site.name');
  const cards = new Map<string, OgCard>([
    [paths.home(), { kicker: t('site.tagline'), title: t('site.name'), site: t('site.footer') }],
    [paths.lectures(), { kicker: t('site.name'), title: t('brand.lectures'), detail: t('brand.lectures.lede'), site }],
    [paths.meetings(), { kicker: t('site.name'), title: t('brand.meetings'), detail: t('brand.meetings.lede'), site }],
    [paths.library(), { kicker: t('site.name'), title: t('brand.library'), detail: undefined, site }],
    [paths.stats(), { kicker: t('site.name'), title: t('stats.title'), detail: undefined, site }],
  ]);
  const newest = <T extends { data: { number: number } }>(items: readonly T[]) =>
    [...items].sort((a, b) => b.data.number - a.data.number).slice(0, OG_ENTRY_LIMIT);
  for (const lecture of newest(catalog.lectures)) {
    const { data } = lecture;
    cards.set(paths.lecture(data.number), {
      kicker: `${t('brand.lectures')} · ${t('common.sessionNumber', { n: data.number })}`,
      title: data.title,
      detail: `${formatChineseDate(data.date)} · ${data.speakers.map((id) => catalog.person(id).data.name).join(t('common.listSeparator'))}`,
      site,
    });
  }
  for (const meeting of newest(catalog.meetings)) {
    const { data } = meeting;
    cards.set(paths.meeting(data.number), {
      kicker: `${t('brand.meetings')} · ${t('common.sessionNumber', { n: data.number })}`,
      title: data.title,
      detail: `${formatChineseDate(data.date)} · ${data.format}`,
      site,
    });
  }
  for (const book of catalog.books) {
    const { data } = book;
    const byline = t('book.og.byline', { authors: data.authors.join(t('common.listSeparator')) });
    cards.set(paths.book(book.id), {
      kicker: t('brand.library'),
      title: data.subtitle ? `${data.title}：${data.subtitle}` : data.title,
      detail: data.publisher ? `${byline} · ${data.publisher}` : byline,
      site,
    });
  }
  for (const person of catalog.people) {
    const { data } = person;
    cards.set(paths.person(person.id), {
      kicker: `${t('person.list.title')} · ${data.kind}`,
      title: data.name,
      detail: [data.title, data.organisation].filter(Boolean).join(' · ') || undefined,
      site,
    });
  }
  cache.set(catalog, cards);
  return cards;
}

/** The card image a page uses: its own, else its section's, else the home page's. */
export function ogImagePath(pagePath: string, cards: ReadonlyMap<string, OgCard>): string {
  if (cards.has(pagePath)) return paths.ogImage(pagePath);
  const section = (
    [
      [paths.lectures(), paths.lectures()],
      [paths.meetings(), paths.meetings()],
      [paths.library(), paths.library()],
      ['/books/', paths.library()],
    ] as const
  ).find(([prefix]) => pagePath.startsWith(prefix));
  return paths.ogImage(section && cards.has(section[1]) ? section[1] : paths.home());
}

/** The endpoint parameter for a page path: `/lectures/3/` → `lectures/3`, `/` → `index`. */
export function ogParam(pagePath: string): string {
  return pagePath.replace(/^\/|\/$/g, '') || 'index';
}
