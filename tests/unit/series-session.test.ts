/**
 * The one session page of both series (SessionDetail), rendered with the Container API from the fixture site:
 * what used to drift between the lecture and meeting copies now holds for both — the 即将举行 badge on an
 * upcoming session, and the people listed by PeopleLinks (names joined by 、, linked to their pages).
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import SessionDetail from '../../src/components/series/SessionDetail.astro';
import { buildCatalog, type Catalog } from '../../src/lib/catalog.ts';
import { LECTURES, MEETINGS, type SeriesDescriptor, type Session } from '../../src/lib/series/series.ts';
import { sessionView } from '../../src/lib/series/session.ts';
import { loadFixture } from '../support/fixture-catalog.ts';

const container = await AstroContainer.create();
const input = loadFixture();
// Before every fixture session (lectures from 2024, meetings from 2020), and after all of them.
const before = buildCatalog({ ...input, today: '2020-01-01' });
const after = buildCatalog(input);

async function page(series: SeriesDescriptor, number: number, catalog: Catalog): Promise<string> {
  const session = series.sessions(catalog).find((entry: Session) => entry.data.number === number)!;
  return container.renderToString(SessionDetail, {
    props: { series, session: sessionView(series, session, catalog), pageUrl: 'https://fixture.example.cn/', meta: {} },
  });
}

const BADGE = /<span class="badge"[^>]*>\s*即将举行\s*<\/span>/;

describe('SessionDetail, one component for both series', () => {
  it.each([
    ['lecture', LECTURES, 2],
    ['meeting', MEETINGS, 2],
  ] as const)('marks an upcoming %s 即将举行 beside its number, and a held one not', async (_, series, number) => {
    expect(await page(series, number, before)).toMatch(BADGE);
    expect(await page(series, number, after)).not.toMatch(BADGE);
  });

  it.each([
    ['lecture', LECTURES, 2, '主讲人', ['zeng-li', '曾立'], ['wang-fang', '王芳']],
    ['meeting', MEETINGS, 2, '领读人', ['zeng-li', '曾立'], ['li-na', '李娜']],
  ] as const)(
    'lists the people of a %s with PeopleLinks: linked names joined by 、',
    async (_, series, n, label, a, b) => {
      const html = await page(series, n, after);
      const dd = new RegExp(`<dt>${label}</dt>\\s*<dd>([\\s\\S]*?)</dd>`).exec(html)?.[1] ?? '';
      expect(dd).not.toContain('<ul');
      const text = dd.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
      expect(text).toMatch(new RegExp(`^${a[1]}(（[^）]+）)?、${b[1]}(（[^）]+）)?$`));
      expect(dd).toContain(`href="/people/${a[0]}/"`);
      expect(dd).toContain(`href="/people/${b[0]}/"`);
    },
  );

  it('keeps the speakers’ posts on a lecture, as the lecture page always showed them', async () => {
    const html = await page(LECTURES, 2, after);
    expect(html.replace(/<[^>]+>/g, '').replace(/\s+/g, '')).toContain('曾立（技术科科长）、王芳（市委党校教授）');
  });
});
