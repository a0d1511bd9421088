/** The book's citation as a .bib file, written at build time (the 下载 link under 引用本书). */
import { bookCitation, bookCitationPaths } from '../../data/citation-route.ts';

export const getStaticPaths = bookCitationPaths;
export const GET = bookCitation('bib');
