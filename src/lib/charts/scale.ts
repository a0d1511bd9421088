/** Axis arithmetic shared by the charts: round maxima and evenly spaced ticks people can read at a glance. */

/** The smallest 1·10ⁿ, 2·10ⁿ, 2.5·10ⁿ or 5·10ⁿ step that covers `max` in at most `count` steps. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  // Counts are whole: never tick at 0.5 people.
  return Math.max(1, step);
}

/** Ticks from 0 to the first multiple of the step at or above `max`. */
export function ticks(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const result: number[] = [];
  for (let value = 0; value <= top + step / 2; value += step) result.push(Math.round(value * 100) / 100);
  return result;
}

/** Show every k-th category label so labels never overlap (about `room` labels fit). */
export function labelEvery(count: number, room = 12): number {
  return Math.max(1, Math.ceil(count / room));
}
