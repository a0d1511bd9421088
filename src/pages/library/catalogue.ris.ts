/** Every book's citation in one .ris file, rebuilt with the site. */
import { bookListCitations } from '../../data/routes/books.ts';

export const GET = bookListCitations('ris');
