/** Every collection: its folder (inside the content directory), file pattern and schema. The single source for Astro, scripts and docs. */
import { bookSchema } from './book.ts';
import { lectureSchema } from './lecture.ts';
import { meetingSchema } from './meeting.ts';
import { personSchema } from './person.ts';
import { pageSchema } from './page.ts';
import { organisationSchema } from './organisation.ts';

export const COLLECTIONS = {
  lectures: { folder: 'lectures', pattern: '**/*.{md,mdx}', schema: lectureSchema, label: '初心讲坛' },
  meetings: { folder: 'meetings', pattern: '**/*.{md,mdx}', schema: meetingSchema, label: '南江读书会' },
  books: { folder: 'books', pattern: '**/*.md', schema: bookSchema, label: '共享图书馆' },
  people: { folder: 'people', pattern: '**/*.md', schema: personSchema, label: '人物' },
  pages: { folder: 'pages', pattern: '**/*.{md,mdx}', schema: pageSchema, label: '页面' },
  organisations: { folder: 'organisations', pattern: '**/*.md', schema: organisationSchema, label: '单位' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
