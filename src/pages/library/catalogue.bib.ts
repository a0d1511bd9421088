/** Every book's citation in one .bib file, rebuilt with the site. */
import { bookListCitations } from '../../data/citation-route.ts';

export const GET = bookListCitations('bib');
