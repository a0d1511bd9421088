/** RSS feed of the newest donations to the shared library (the 50 most recent). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { clcLetterOf, clcName } from '../../lib/clc.ts';
import { formatChineseDate } from '../../lib/dates.ts';
import { paths, url } from '../../lib/urls.ts';
import { t } from '../../i18n/t.ts';

export const GET: APIRoute = async (context) => {
  const catalog = await getCatalog();
  const books = catalog.booksByDonation.filter((book) => book.data.donatedOn).slice(0, 50);
  return rss({
    title: t('library.feed.title'),
    description: t('brand.library.lede'),
    site: context.site ?? 'http://localhost:4321',
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
};
