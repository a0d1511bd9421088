/** The book's citation as a .ris file, written at build time (the 下载 link under 引用本书). */
import { bookCitation, bookCitationPaths } from '../../data/citation-route.ts';

export const getStaticPaths = bookCitationPaths;
export const GET = bookCitation('ris');
