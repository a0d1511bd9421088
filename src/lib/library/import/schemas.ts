/** The real book and person schemas, as the importer uses them outside Astro (an image field is just its path). */
import { bookSchema } from '../../../schemas/book.ts';
import { personSchema } from '../../../schemas/person.ts';
import { NO_IMAGE, type SchemaContext } from '../../../schemas/fields.ts';

const scriptContext: SchemaContext = { image: NO_IMAGE };
export const bookRecord = bookSchema(scriptContext);
export const personRecord = personSchema(scriptContext);
