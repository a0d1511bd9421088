/**
 * Loads a fixture content tree through the real schemas (the content check parses every file with them)
 * and returns catalog input, so unit tests see exactly what a build would.
 */
import path from 'node:path';
import { checkContent } from '../../src/content-check/check.ts';
import type { CatalogInput } from '../../src/lib/catalog.ts';
import { TEST_BUILD_DATE } from '../../scripts/lib/test-build-date.ts';

export const FIXTURE_SITE = path.resolve(import.meta.dirname, '../fixtures/site');
const ROOT = path.resolve(import.meta.dirname, '../..');

export function loadFixture(content = FIXTURE_SITE, today = TEST_BUILD_DATE): CatalogInput {
  const { entries, problems } = checkContent({ root: ROOT, content, today });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`Fixture ${content} is invalid: ${JSON.stringify(errors, null, 2)}`);
  const pick = (collection: string) =>
    entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.data })) as never[];
  return {
    lectures: pick('lectures'),
    meetings: pick('meetings'),
    books: pick('books'),
    people: pick('people'),
    organisations: pick('organisations'),
    today,
  };
}
