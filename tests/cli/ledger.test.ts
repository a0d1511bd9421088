/**
 * The 台账 downloads of a real build, read back with an independent reader (read-excel-file, which parses the
 * workbook's XML itself and shares no code with exceljs, the writer) and compared with the content files as
 * written: one row per held lecture and meeting (by the pinned build date), a real date cell, 人次 a number, the
 * organisations' names, and each year's rows and 人次 equal to the year's own sessions. The fixture site plus one
 * meeting after the build date (not in any ledger) and one held lecture in another year.
 * Run inside the build lock when run by hand: flock /tmp/astro-build.lock npm exec -- vitest run tests/cli/ledger.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import { buildSite, copyFixture, type BuildResult } from '../support/build-site.ts';
import { TEST_BUILD_DATE } from '../../scripts/lib/test-build-date.ts';
import { frontmatterById } from '../support/content-facts.ts';

let built: BuildResult;
let content: string;

beforeAll(() => {
  content = copyFixture();
  const meeting = readFileSync(path.join(content, 'meetings/02-pingfan.mdx'), 'utf8');
  writeFileSync(
    path.join(content, 'meetings/03-later.mdx'),
    meeting
      .replace('number: 2', 'number: 3')
      .replace('date: 2020-06-20', 'date: 2030-03-15')
      .replace(
        'participants: 18',
        'participants: 18\nbyOrganisation:\n  - organisation: zhoubian-shequ\n    attendance: 5',
      ),
  );
  const lecture = readFileSync(path.join(content, 'lectures/02-jiaguo.mdx'), 'utf8');
  writeFileSync(
    path.join(content, 'lectures/04-later.mdx'),
    lecture.replace('number: 2', 'number: 4').replace('date: 2024-10-18', 'date: 2025-05-09'),
  );
  built = buildSite(content);
}, 900_000);

/** Frontmatter of every file of a collection folder of the built content, by id. */
const folder = (name: string) => frontmatterById(path.join(content, name));

interface Expected {
  series: string;
  number: number;
  date: string;
  title: string;
  leaders: string;
  venue: string | null;
  format: string;
  attendance: number | null;
  organisations: string;
  photos: number;
  outputs: number;
}

/** What the ledger should hold, read from the content as written (YAML dates may parse as Date objects). */
function expectedRows(): Expected[] {
  const people = folder('people');
  const organisations = folder('organisations');
  const name = (id: unknown) => String(people.get(String(id))!.name);
  const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
  const rows: Expected[] = [];
  for (const [series, label] of [
    ['lectures', '初心讲坛'],
    ['meetings', '南江读书会'],
  ] as const) {
    for (const data of folder(series).values()) {
      const date = day(data.date);
      if (date > TEST_BUILD_DATE) continue;
      const leaders = (series === 'lectures' ? data.speakers : data.leadReaders) as string[];
      const byOrganisation = (data.byOrganisation ?? []) as { organisation: string; attendance: number }[];
      rows.push({
        series: label,
        number: Number(data.number),
        date,
        title: String(data.title),
        leaders: leaders.map(name).join('、'),
        venue: data.venue === undefined ? null : String(data.venue),
        format: String(data.format),
        attendance: (series === 'lectures' ? data.attendance : data.participants) as number,
        // Each organisation that came once, in the order first listed; a row of 0 人次 is not a visit.
        organisations: [...new Set(byOrganisation.filter((row) => row.attendance > 0).map((row) => row.organisation))]
          .map((id) => String(organisations.get(id)!.name))
          .join('、'),
        photos: ((data.photos ?? []) as unknown[]).length,
        outputs: ((data.outputs ?? []) as unknown[]).length,
      });
    }
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.series.localeCompare(b.series) || a.number - b.number);
}

async function ledger(file: string) {
  const sheet = await readSheet(readFileSync(path.join(built.outDir, 'coverage', file)));
  const [header, ...rest] = sheet;
  const total = rest.at(-1)!;
  const rows = rest.slice(0, -1).map((cells) => {
    const [series, number, date, title, leaders, venue, format, attendance, organisations, photos, outputs] = cells;
    return {
      series,
      number,
      // A date cell comes back as a Date (midnight UTC of the day); a text cell would stay a string.
      date: date instanceof Date ? date.toISOString().slice(0, 10) : `not a date cell: ${String(date)}`,
      title,
      leaders,
      venue,
      format,
      attendance,
      organisations: organisations ?? '',
      photos,
      outputs,
    };
  });
  return { header, rows, total };
}

describe('台账 (.xlsx)', () => {
  it('builds', () => {
    expect(built.status, built.output).toBe(0);
  });

  it('holds one row per held lecture and meeting of all years, equal to the content, with a 合计 row', async () => {
    const expected = expectedRows();
    expect(expected.length).toBeGreaterThan(3);
    const { header, rows, total } = await ledger('ledger-all.xlsx');
    expect(header).toEqual([
      '类别',
      '期数',
      '日期',
      '题目',
      '主讲人 / 领读人',
      '地点',
      '形式',
      '人次',
      '覆盖单位',
      '照片数',
      '心得数',
    ]);
    expect(rows).toEqual(expected);
    expect(rows.every((row) => typeof row.attendance === 'number' && typeof row.number === 'number')).toBe(true);
    expect(total[0]).toBe('合计');
    expect(total[7]).toBe(expected.reduce((sum, row) => sum + (row.attendance ?? 0), 0));
  });

  it("has a file per year whose rows and 人次 are that year's held sessions, and none for a year with none", async () => {
    const expected = expectedRows();
    const years = [...new Set(expected.map((row) => Number(row.date.slice(0, 4))))];
    expect(years.length).toBeGreaterThan(2);
    for (const year of years) {
      const { rows, total } = await ledger(`ledger-${year}.xlsx`);
      const ofYear = expected.filter((row) => row.date.startsWith(`${year}-`));
      expect(rows, String(year)).toEqual(ofYear);
      expect(total[7]).toBe(ofYear.reduce((sum, row) => sum + (row.attendance ?? 0), 0));
    }
    expect(existsSync(path.join(built.outDir, 'coverage/ledger-2030.xlsx'))).toBe(false);
    expect(existsSync(path.join(built.outDir, 'coverage/ledger-2023.xlsx'))).toBe(false);
  });

  it('prints the same rows on the A4 page of each year', () => {
    for (const year of ['all', '2024']) {
      const html = readFileSync(path.join(built.outDir, `coverage/ledger/${year}/index.html`), 'utf8');
      const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(html)![1]!;
      const expected = expectedRows().filter((row) => year === 'all' || row.date.startsWith(year));
      expect((body.match(/<tr/g) ?? []).length).toBe(expected.length);
      for (const row of expected) expect(body).toContain(row.title);
    }
  });

  it("shows a person's registered organisation as 单位 when no free-text one is written", () => {
    const person = folder('people').get('li-na')!;
    expect(person.organisation).toBeUndefined();
    const unit = String(folder('organisations').get(String(person.memberOf))!.name);
    const html = readFileSync(path.join(built.outDir, 'people/li-na/index.html'), 'utf8');
    expect(html.replace(/<!--.*?-->/g, '')).toMatch(new RegExp(`<dt[^>]*>单位</dt>\\s*<dd[^>]*>${unit}</dd>`));
  });
});
