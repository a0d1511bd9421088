/**
 * What `npm run new` leaves for the editor to fill in. Text fields carry 「待填写」 (a warning: the page shows the
 * marker, nobody is misled; rules/placeholder.ts). Reference fields (a lecture's speakers, a meeting's lead
 * readers) carry an id that names nobody: a real person's id as placeholder would publish that person as speaker
 * unnoticed, so the placeholder id is an error until replaced (rules/placeholder-reference.ts).
 */

/** Marks text the editor still has to replace. */
export const PLACEHOLDER = '待填写';

/** Stands in a reference field until the editor names the real entry (待填写 in pinyin; never a real id). */
export const PLACEHOLDER_ID = 'dai-tian-xie';
