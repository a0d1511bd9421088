/**
 * The one calendar date every test build is made for. `npm test` builds dist/ with it and every CLI test passes it
 * to its own builds, so the upcoming/past split (and every total that depends on it) is the same on any day the
 * suite runs. Sample lecture 11 (2026-12-18) is upcoming at this date: the tests of upcoming sessions need one.
 */
export const TEST_BUILD_DATE = '2026-12-01';
