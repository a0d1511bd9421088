/** Every book's citation in one .bib file, rebuilt with the site. */
import { bookListCitations } from '../../data/routes/books.ts';

export const GET = bookListCitations('bib');
