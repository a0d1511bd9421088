/**
 * The library's two lists of names, authors and publishers: one route pair serves both
 * (src/pages/library/[kind]/), the differences — words and addresses — are this table.
 */
import { t } from '../../i18n/t.ts';
import { paths } from '../../lib/urls.ts';

export const NAME_LIST_KINDS = ['authors', 'publishers'] as const;
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
};
