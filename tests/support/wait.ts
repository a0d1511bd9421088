/**
 * Polls `ready` until it holds or `timeoutMs` of elapsed time have passed. Elapsed time comes from the monotonic
 * clock (`performance.now()`), never the calendar: a test's deadline does not depend on today's date, and a frozen
 * or shifted wall clock (faketime) cannot make it wait forever or give up at once.
 */
export async function waitUntil(
  ready: () => boolean | Promise<boolean>,
  timeoutMs: number,
  intervalMs = 100,
): Promise<boolean> {
  const start = performance.now();
  while (!(await ready())) {
    if (performance.now() - start > timeoutMs) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return true;
}
