/** The book's citation as a .bib file, written at build time (the 下载 link under 引用本书). */
import { bookCitation, bookPaths } from '../../data/routes/books.ts';

export const getStaticPaths = bookPaths;
export const GET = bookCitation('bib');
