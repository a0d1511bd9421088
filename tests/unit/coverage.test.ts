/**
 * The coverage figures and the 台账 rows, from the fixture site parsed by the real schemas (numbers checked by hand
 * against tests/fixtures/site: four registered organisations, two held lectures and two held meetings with
 * byOrganisation, one upcoming lecture) and from entries made here for the edge cases.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, type Organisation } from '../../src/lib/catalog.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { coverageOf, heldTurnouts, ledgerRows, ledgerYears } from '../../src/lib/coverage/index.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { loadFixture } from '../support/fixture-catalog.ts';
import { lectureEntry } from '../support/schema-entries.ts';

const site = buildSiteModel(buildCatalog(loadFixture()));
const ids = (list: readonly { id: string }[]) => list.map((o) => o.id);

describe('coverage of the fixture site (build date 2026-12-01)', () => {
  const { coverage } = site;

  it('counts held sessions only, per year with the gaps, and 未登记单位 as the rest of each session', () => {
    expect(coverage.thisYear).toBe(2026);
    // Nothing held in 2026 on the fixture site: this year's row is all zeros, not missing.
    expect(coverage.current).toEqual({
      year: 2026,
      sessions: 0,
      attendance: 0,
      assigned: 0,
      unregistered: 0,
      reached: 0,
    });
    expect(coverage.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(coverage.years[0]).toEqual({
      year: 2020,
      sessions: 2,
      attendance: 38,
      assigned: 12,
      unregistered: 26,
      reached: 1,
    });
    expect(coverage.years[4]).toEqual({
      year: 2024,
      sessions: 2,
      attendance: 350,
      assigned: 180,
      unregistered: 170,
      reached: 3,
    });
    expect(coverage.total).toEqual({
      sessions: 4,
      attendance: 388,
      assigned: 192,
      unregistered: 196,
      reached: 3,
      registered: 4,
      unregisteredSessions: 4,
    });
  });

  it('agrees with the series statistics: each year 人次 = 讲坛人次 + 读书会参加人数, sessions likewise', () => {
    for (const row of coverage.years) {
      const lectures = site.stats.lectureYears.find((y) => y.year === row.year);
      const meetings = site.stats.meetingYears.find((y) => y.year === row.year);
      expect(row.sessions).toBe((lectures?.sessions ?? 0) + (meetings?.meetings ?? 0));
      expect(row.attendance).toBe((lectures?.attendance ?? 0) + (meetings?.participants ?? 0));
    }
    expect(coverage.total.sessions).toBe(site.catalog.totals.lecturesHeld + site.catalog.totals.meetingsHeld);
  });

  it('gives 覆盖率 per kind (reached ÷ registered), ever and this year, in the register order of kinds', () => {
    expect(coverage.kinds).toEqual([
      { kind: '非公企业', registered: 2, reached: 2, reachedThisYear: 0, rate: 1, rateThisYear: 0 },
      { kind: '机关事业单位', registered: 1, reached: 1, reachedThisYear: 0, rate: 1, rateThisYear: 0 },
      { kind: '村（社区）', registered: 1, reached: 0, reachedThisYear: 0, rate: 0, rateThisYear: 0 },
    ]);
  });

  it('gives 人次 per organisation, most first, the unreached last, and who is not reached this year', () => {
    expect(coverage.organisations.map((o) => [o.organisation.id, o.sessions, o.attendance, o.last])).toEqual([
      ['xinlian-dianzi', 2, 90, '2024-10-18'],
      ['hengtuo-shudian', 2, 62, '2024-10-18'],
      ['guanweihui', 1, 40, '2024-04-12'],
      ['zhoubian-shequ', 0, 0, undefined],
    ]);
    expect(ids(coverage.notReachedThisYear)).toEqual([
      'hengtuo-shudian',
      'xinlian-dianzi',
      'guanweihui',
      'zhoubian-shequ',
    ]);
  });

  it('moves with the build date: on 2024-06-01 lecture 2 is not held, and 2024 is this year', () => {
    const early = coverageOf(buildCatalog(loadFixture(undefined, '2024-06-01')));
    expect(early.thisYear).toBe(2024);
    expect(early.years.at(-1)).toMatchObject({ year: 2024, sessions: 1, attendance: 200, reached: 2 });
    expect(early.current).toBe(early.years.at(-1));
    expect(early.organisations.find((o) => o.organisation.id === 'xinlian-dianzi')?.attendanceThisYear).toBe(60);
    expect(ids(early.notReachedThisYear)).toEqual(['hengtuo-shudian', 'zhoubian-shequ']);
    expect(early.kinds[0]).toMatchObject({ kind: '非公企业', reachedThisYear: 1, rateThisYear: 0.5 });
  });
});

describe('edge cases', () => {
  const organisation = (id: string, kind: string): Organisation => ({
    id,
    data: organisationSchema().parse({ name: `单位${id}`, kind, partyOrganisation: '党支部' }) as Organisation['data'],
  });
  const lecture = lectureEntry;

  it('sums an organisation listed twice, ignores a 0 row, and counts a lecture without 人次 as 0 with no 未登记', () => {
    const catalog = buildCatalog({
      lectures: [
        lecture(1, '2025-03-01', {
          attendance: 50,
          byOrganisation: [
            { organisation: 'a', attendance: 10 },
            { organisation: 'a', attendance: 5 },
            { organisation: 'b', attendance: 0 },
          ],
        }),
        lecture(2, '2025-05-01', {}),
      ],
      meetings: [],
      books: [],
      people: [],
      organisations: [organisation('a', '非公企业'), organisation('b', '非公企业')],
      today: '2025-12-31',
    });
    const turnouts = heldTurnouts(catalog);
    expect(turnouts.map((t) => [t.attendance, [...t.byOrganisation], t.unregistered])).toEqual([
      [
        50,
        [
          ['a', 15],
          ['b', 0],
        ],
        35,
      ],
      [0, [], 0],
    ]);
    const coverage = coverageOf(catalog, turnouts);
    expect(coverage.years).toEqual([
      { year: 2025, sessions: 2, attendance: 50, assigned: 15, unregistered: 35, reached: 1 },
    ]);
    expect(coverage.total.unregisteredSessions).toBe(1);
    expect(coverage.kinds[0]).toMatchObject({ registered: 2, reached: 1, rate: 0.5 });
    expect(ids(coverage.notReachedThisYear)).toEqual(['b']);
  });

  it('has no figures but no errors for a site without a register', () => {
    const coverage = coverageOf(
      buildCatalog({ lectures: [], meetings: [], books: [], people: [], today: '2025-01-01' }),
    );
    expect(coverage).toMatchObject({ years: [], kinds: [], organisations: [], notReachedThisYear: [] });
    expect(coverage.total).toEqual({
      sessions: 0,
      attendance: 0,
      assigned: 0,
      unregistered: 0,
      reached: 0,
      registered: 0,
      unregisteredSessions: 0,
    });
  });
});

describe('台账 rows', () => {
  const rows = site.ledger;

  it('has one row per held lecture and meeting, oldest first, with names, counts and organisations', () => {
    expect(rows.map((r) => [r.series, r.number, r.date])).toEqual([
      ['meetings', 1, '2020-03-15'],
      ['meetings', 2, '2020-06-20'],
      ['lectures', 1, '2024-04-12'],
      ['lectures', 2, '2024-10-18'],
    ]);
    expect(rows[0]).toMatchObject({
      title: '重温《共产党宣言》',
      leaders: ['李娜'],
      venue: '腾讯会议',
      format: '线上',
      attendance: 20,
      organisations: ['恒拓输变电设备有限公司'],
      outputs: 1,
    });
    expect(rows[2]).toMatchObject({
      leaders: ['王芳'],
      attendance: 200,
      organisations: ['芯联电子科技有限公司', '白沙洲工业园区管委会'],
      outputs: 0,
    });
    expect(ledgerYears(rows)).toEqual([2024, 2020]);
  });

  it("each year's rows and 人次 equal the coverage figures for that year", () => {
    for (const year of ledgerYears(rows)) {
      const ofYear = rows.filter((r) => r.year === year);
      const figures = site.coverage.years.find((y) => y.year === year)!;
      expect(ofYear.length).toBe(figures.sessions);
      expect(ofYear.reduce((sum, r) => sum + (r.attendance ?? 0), 0)).toBe(figures.attendance);
    }
  });

  it('uses the same turnouts as the coverage figures (one reading of byOrganisation)', () => {
    expect(ledgerRows(heldTurnouts(site.catalog), site.catalog)).toEqual(rows);
  });
});
