/**
 * The data of /admin/, the web editor (Sveltia CMS): its settings, where the content is, the next 第N期 of each
 * series, the entries the form's 期数 and ISBN checks compare with, and the address of its cached bundle. The page
 * (src/templates/AdminPage.astro) puts the words on and builds the editor's configuration from these.
 */
import path from 'node:path';
import { getCollection } from 'astro:content';
import { CMS_ENTRY, cmsBundleFolder, cmsBundleKey } from '../../cms/bundle.ts';
import { readCmsSettings } from '../../cms/config.ts';
import { contentDir } from '../../io/site-config.ts';
import { nextNumber } from '../../lib/series/next-number.ts';
import { url } from '../../lib/urls.ts';

export async function adminPage() {
  const root = process.cwd();
  const [lectures, meetings, books] = await Promise.all([
    getCollection('lectures'),
    getCollection('meetings'),
    getCollection('books'),
  ]);
  const relative = path.relative(root, contentDir(root)).split(path.sep).join('/');
  return {
    settings: readCmsSettings(root),
    contentFolder: relative && !relative.startsWith('..') ? relative : 'content',
    nextNumbers: { lectures: nextNumber(lectures), meetings: nextNumber(meetings) },
    /** Every session (for the 期数 check) and every book with an ISBN (for the ISBN check). */
    sessions: [...lectures, ...meetings].map((entry) => ({
      collection: entry.collection,
      slug: entry.id,
      number: entry.data.number,
      title: entry.data.title,
    })),
    books: books.flatMap((entry) =>
      entry.data.isbn
        ? [{ collection: 'books' as const, slug: entry.id, isbn: entry.data.isbn, title: entry.data.title }]
        : [],
    ),
    // Bundled once per version and cached (src/cms/bundle.ts), not in every build; src/integrations/cms-bundle.ts puts it here.
    bundleSrc: url(`/${cmsBundleFolder(cmsBundleKey(root))}/${CMS_ENTRY}`),
  };
}
