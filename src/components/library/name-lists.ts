/**
 * The library's lists of names, authors, publishers and translators: one route pair serves them all
 * (src/pages/library/[kind]/), the differences — words and addresses — are this table.
 */
import { t } from '../../i18n/t.ts';
import { paths } from '../../lib/urls.ts';

export const NAME_LIST_KINDS = ['authors', 'publishers', 'translators'] as const;
export type NameListKind = (typeof NAME_LIST_KINDS)[number];

export interface NameList {
  title: string;
  description: string;
  /** The title of one name's page. */
  pageTitle(name: string): string;
  index: string;
  page(slug: string): string;
}

export const NAME_LISTS: Record<NameListKind, NameList> = {
  authors: {
    title: t('library.authors'),
    description: t('library.authors.description'),
    pageTitle: (name) => t('library.authorPage.title', { name }),
    index: paths.libraryAuthors(),
    page: paths.libraryAuthor,
  },
  publishers: {
    title: t('library.publishers'),
    description: t('library.publishers.description'),
    pageTitle: (name) => t('library.publisherPage.title', { name }),
    index: paths.libraryPublishers(),
    page: paths.libraryPublisher,
  },
  translators: {
    title: t('library.translators'),
    description: t('library.translators.description'),
    pageTitle: (name) => t('library.translatorPage.title', { name }),
    index: paths.libraryTranslators(),
    page: paths.libraryTranslator,
  },
};
