/** The whole catalogue as one CSV file (UTF-8 with BOM), rebuilt with the site. */
import { bookListCsvFile } from '../../data/routes/books.ts';

export const GET = bookListCsvFile;
