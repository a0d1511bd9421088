/** The words of the library's RSS feed of the newest gifts (/feeds/books.xml). */
import rss from '@astrojs/rss';
import type { Book } from '../../lib/catalog.ts';
import { clcLetterOf, clcName } from '../../lib/clc.ts';
import { formatChineseDate } from '../../lib/dates.ts';
import { paths, url } from '../../lib/urls.ts';
import { t } from '../../i18n/t.ts';

/** The feed of `books` (dated gifts, newest first). */
export function booksFeed(books: readonly Book[], site: URL | undefined): Promise<Response> {
  return rss({
    title: t('library.feed.title'),
    description: t('brand.library.lede'),
    site: site ?? 'http://localhost:4321',
    trailingSlash: true,
    customData: '<language>zh-cn</language>',
    items: books.map((book) => {
      const letter = clcLetterOf(book.data.clc);
      return {
        title: `《${book.data.title}》`,
        link: url(paths.book(book.id)),
        // Midnight in China on the day of the gift.
        pubDate: new Date(`${book.data.donatedOn!}T00:00:00+08:00`),
        description: t('library.feed.item', {
          authors: book.data.authors.join(t('common.listSeparator')),
          publisher: book.data.publisher ?? t('book.unknown'),
          date: formatChineseDate(book.data.donatedOn!),
        }),
        categories: [letter ? `${letter} ${clcName(letter)}` : t('library.unclassified')],
      };
    }),
  });
}
