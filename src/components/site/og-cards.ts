/**
 * The words on each Open Graph card: src/lib/og/pages.ts says which pages get one and what each shows,
 * this module (the presentation edge) writes it in the dictionary's words.
 */
import { t, type UiKey } from '../../i18n/t.ts';
import type { Catalog } from '../../lib/catalog.ts';
import { formatChineseDate } from '../../lib/dates.ts';
import type { OgCard, OgSubject } from '../../lib/og/pages.ts';

const SECTION: Record<Extract<OgSubject, { kind: 'section' }>['section'], { title: UiKey; detail?: UiKey }> = {
  lectures: { title: 'brand.lectures', detail: 'brand.lectures.lede' },
  meetings: { title: 'brand.meetings', detail: 'brand.meetings.lede' },
  library: { title: 'brand.library' },
  stats: { title: 'stats.title' },
};

export function ogCard(subject: OgSubject, catalog: Catalog): OgCard {
  const site = t('site.name');
  const names = (ids: readonly string[]) =>
    ids.map((id) => catalog.person(id).data.name).join(t('common.listSeparator'));
  switch (subject.kind) {
    case 'home':
      return { kicker: t('site.tagline'), title: t('site.name'), site: t('site.footer') };
    case 'section': {
      const { title, detail } = SECTION[subject.section];
      return { kicker: site, title: t(title), detail: detail && t(detail), site };
    }
    case 'lecture': {
      const { data } = subject.lecture;
      return {
        kicker: `${t('brand.lectures')} · ${t('common.sessionNumber', { n: data.number })}`,
        title: data.title,
        detail: `${formatChineseDate(data.date)} · ${names(data.speakers)}`,
        site,
      };
    }
    case 'meeting': {
      const { data } = subject.meeting;
      return {
        kicker: `${t('brand.meetings')} · ${t('common.sessionNumber', { n: data.number })}`,
        title: data.title,
        detail: `${formatChineseDate(data.date)} · ${data.format}`,
        site,
      };
    }
    case 'book': {
      const { data } = subject.book;
      const byline = t('book.og.byline', { authors: data.authors.join(t('common.listSeparator')) });
      return {
        kicker: t('brand.library'),
        title: data.subtitle ? `${data.title}：${data.subtitle}` : data.title,
        detail: data.publisher ? `${byline} · ${data.publisher}` : byline,
        site,
      };
    }
    case 'person': {
      const { data } = subject.person;
      return {
        kicker: `${t('person.list.title')} · ${data.kind}`,
        title: data.name,
        detail: [data.title, data.organisation].filter(Boolean).join(' · ') || undefined,
        site,
      };
    }
  }
}

/** Page path (without base) → card, for the card endpoint and its tests. */
export function ogCards(subjects: ReadonlyMap<string, OgSubject>, catalog: Catalog): Map<string, OgCard> {
  return new Map([...subjects].map(([path, subject]) => [path, ogCard(subject, catalog)]));
}
