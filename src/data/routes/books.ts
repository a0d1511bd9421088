/**
 * The data of the book routes: /books/<id>/ (the page model of a book), the /books/isbn/<isbn13>/ forwarders, the
 * build-time citation downloads (/books/<id>.bib, .ris, /library/catalogue.bib, .ris) and the book list as CSV.
 * Each is built once per page from the site model; the routes put the words on.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getCatalog, getSite } from '../site.ts';
import { pageMetaOf } from '../page-meta.ts';
import { flyleafChain, type Book, type BookLinks, type Person } from '../../lib/catalog.ts';
import { CITATION_FILES, citationFile, type CitationFormat } from '../../lib/library/citation.ts';
import { bookListCsv } from '../../lib/library/csv.ts';
import type { PageMetaFacts } from '../../io/page-meta.ts';

/** /books/<id>/ (and its .bib and .ris) for every book, the entry as its prop. */
export const bookPaths = (async () =>
  (await getCollection('books')).map((book) => ({
    params: { id: book.id },
    props: { book },
  }))) satisfies GetStaticPaths;

export interface BookPage {
  book: Book;
  donor: Person | undefined;
  links: BookLinks;
  /** Flyleaf notes oldest first, as they stand in the book, each with its reader's name. */
  notes: (Book['data']['flyleafNotes'][number] & { readerName: string })[];
  /** Path segment of each author's page, and of the publisher's. */
  authorSlugs: { name: string; slug: string }[];
  publisherSlug: string | undefined;
  /** Each translator with the path segment of their page. */
  translatorSlugs: { name: string; slug: string }[];
  meta: PageMetaFacts;
}

/** A book page's model and its text (the entry's body). */
export async function bookPage(book: CollectionEntry<'books'>) {
  const { catalog, library } = await getSite();
  const { data } = book;
  const { Content } = await render(book);
  const page: BookPage = {
    book,
    donor: data.donor ? catalog.person(data.donor) : undefined,
    links: catalog.bookLinks(book.id),
    notes: flyleafChain(book).map((note) => ({ ...note, readerName: catalog.person(note.reader).data.name })),
    authorSlugs: data.authors.map((name) => ({ name, slug: library.authorSlug.get(name)! })),
    publisherSlug: data.publisher ? library.publisherSlug.get(data.publisher) : undefined,
    translatorSlugs: data.translators.map((name) => ({ name, slug: library.translatorSlug.get(name)! })),
    meta: pageMetaOf('books', book),
  };
  return { Content, page };
}

/**
 * /books/isbn/<isbn13>/ only for books whose own address is not their ISBN: a book at /books/<isbn13>/ needs no
 * forwarder (10,000 of them were half the pages of a 10,000-book build).
 */
export const isbnForwarderPaths = (async () =>
  (await getCatalog()).books.flatMap((book) =>
    book.data.isbn && book.data.isbn !== book.id ? [{ params: { isbn: book.data.isbn }, props: { book } }] : [],
  )) satisfies GetStaticPaths;

const file = (format: CitationFormat, books: readonly Book[]) =>
  new Response(citationFile(format, books), { headers: { 'Content-Type': CITATION_FILES[format].type } });

/** One book's citation file, from the props {@link bookPaths} gives. */
export const bookCitation =
  (format: CitationFormat): APIRoute =>
  ({ props }) =>
    file(format, [(props as { book: Book }).book]);

/** Every book's citation, in the catalogue's pinyin order. */
export const bookListCitations =
  (format: CitationFormat): APIRoute =>
  async () =>
    file(format, (await getCatalog()).booksByPinyin);

/** /library/catalogue.csv: the whole book list (UTF-8 with BOM). */
export const bookListCsvFile: APIRoute = async () =>
  new Response(bookListCsv(await getCatalog()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
