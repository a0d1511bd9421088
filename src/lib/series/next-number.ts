/** The number the next 第N期 of a series gets: the one rule `npm run new` and the web editor's 期数 default share. */

/** One more than the highest number in use (1 for an empty series); entries without a number are passed over. */
export function nextNumber(entries: readonly { data: { number?: unknown } }[]): number {
  const numbers = entries.map((e) => e.data.number).filter((n): n is number => typeof n === 'number');
  return Math.max(0, ...numbers) + 1;
}
