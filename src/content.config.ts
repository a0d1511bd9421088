/**
 * The content collections, assembled from src/schemas. Ids are file names; references between entries are
 * ids checked by the content check (src/content-check), which runs before Astro loads anything.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { COLLECTIONS } from './schemas/index.ts';
import { contentDir } from './io/site-config.ts';
import { lectureSchema } from './schemas/lecture.ts';
import { meetingSchema } from './schemas/meeting.ts';
import { bookSchema } from './schemas/book.ts';
import { personSchema } from './schemas/person.ts';
import { pageSchema } from './schemas/page.ts';
import { organisationSchema } from './schemas/organisation.ts';

const content = contentDir(process.cwd());
const loader = (name: keyof typeof COLLECTIONS) =>
  glob({ base: path.join(content, COLLECTIONS[name].folder), pattern: COLLECTIONS[name].pattern });

export const collections = {
  lectures: defineCollection({ loader: loader('lectures'), schema: lectureSchema }),
  meetings: defineCollection({ loader: loader('meetings'), schema: meetingSchema }),
  books: defineCollection({ loader: loader('books'), schema: bookSchema }),
  people: defineCollection({ loader: loader('people'), schema: personSchema }),
  pages: defineCollection({ loader: loader('pages'), schema: pageSchema }),
  organisations: defineCollection({ loader: loader('organisations'), schema: organisationSchema }),
};
