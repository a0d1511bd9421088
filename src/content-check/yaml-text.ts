/**
 * How a value looks when an editor types it into the frontmatter: used for the "例如" line of every error
 * message, the guide's field tables and the files `npm run new` writes, so all three show the same spelling.
 */
import { stringify } from 'yaml';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A YAML scalar or flow list: `2024-03-01`, `'14:30'`, `[路遥, 余华]`. */
export function yamlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  // Dates stay unquoted, the way editors write them; the content check reads them as text.
  if (typeof value === 'string' && DATE.test(value)) return value;
  // YAML 1.1 rules quote everything an older parser could misread (14:30, yes, 0123).
  return stringify(value, { version: '1.1', lineWidth: 0, singleQuote: true }).trimEnd();
}

/**
 * The line an editor would write for the field at `path`: `date: 2024-03-01`; for an item of a list,
 * the list with that one item: `speakers: [zhang-wei]`.
 */
export function exampleLine(path: readonly PropertyKey[], value: unknown): string {
  const key = path.at(-1);
  if (typeof key === 'string') return `${key}: ${yamlValue(value)}`;
  const parent = path.at(-2);
  return typeof parent === 'string' ? `${parent}: [${yamlValue(value)}]` : yamlValue(value);
}
