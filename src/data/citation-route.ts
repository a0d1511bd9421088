/**
 * The build-time citation downloads (/books/<id>.bib, /books/<id>.ris, /library/catalogue.bib …): static files
 * written once per build, so a reference manager gets a file, not text to copy.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from './catalog.ts';
import { CITATION_FILES, citationFile, type CitationFormat } from '../lib/library/citation.ts';
import type { Book } from '../lib/catalog.ts';

export const bookCitationPaths = (async () =>
  (await getCatalog()).books.map((book) => ({ params: { id: book.id }, props: { book } }))) satisfies GetStaticPaths;

const file = (format: CitationFormat, books: readonly Book[]) =>
  new Response(citationFile(format, books), { headers: { 'Content-Type': CITATION_FILES[format].type } });

/** One book's citation file, from the props {@link bookCitationPaths} gives. */
export const bookCitation =
  (format: CitationFormat): APIRoute =>
  ({ props }) =>
    file(format, [(props as { book: Book }).book]);

/** Every book's citation, in the catalogue's pinyin order. */
export const bookListCitations =
  (format: CitationFormat): APIRoute =>
  async () =>
    file(format, (await getCatalog()).booksByPinyin);
