/** Every book's citation in one .bib file, rebuilt with the site. */
import { catalogueCitations } from '../../data/citation-route.ts';

export const GET = catalogueCitations('bib');
