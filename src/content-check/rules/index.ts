/**
 * Every content-check rule, in the order the report lists one file's problems of one severity. A new rule is a
 * file in this folder, a line here and a test in tests/unit/content-check-rules/.
 */
import type { Rule } from './rule.ts';
import { fileName } from './file-name.ts';
import { frontmatter } from './frontmatter.ts';
import { placeholder } from './placeholder.ts';
import { schema } from './schema.ts';
import { unknownField } from './unknown-field.ts';
import { siteSettings } from './site-settings.ts';
import { duplicateNumber } from './duplicate-number.ts';
import { duplicateIsbn } from './duplicate-isbn.ts';
import { bookFileName } from './book-file-name.ts';
import { placeholderReference } from './placeholder-reference.ts';
import { danglingReference } from './dangling-reference.ts';
import { missingImage } from './missing-image.ts';
import { timeOrder } from './time-order.ts';
import { attendanceMissing } from './attendance-missing.ts';
import { organisationAttendance } from './organisation-attendance.ts';
import { unreferencedPerson } from './unreferenced-person.ts';
import { unusedImage } from './unused-image.ts';
import { unknownPage } from './unknown-page.ts';
import { organisationBody } from './organisation-body.ts';

export const RULES: readonly Rule[] = [
  fileName,
  frontmatter,
  placeholder,
  // Item by item: a file's schema complaints and its references and images each keep the file's own order.
  schema,
  unknownField,
  siteSettings,
  duplicateNumber,
  duplicateIsbn,
  bookFileName,
  placeholderReference,
  danglingReference,
  missingImage,
  timeOrder,
  attendanceMissing,
  organisationAttendance,
  unreferencedPerson,
  unusedImage,
  unknownPage,
  organisationBody,
];
