/** Every book's citation in one .ris file, rebuilt with the site. */
import { bookListCitations } from '../../data/citation-route.ts';

export const GET = bookListCitations('ris');
