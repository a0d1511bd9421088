/**
 * Footer filing information (content/data/site.json › filing): the content check's Chinese errors for bad values,
 * and what the footer shows for full, partial and empty settings. The built footer is checked through nginx in
 * tests/cli/nginx.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Footer from '../../src/components/site/Footer.astro';
import { checkContent } from '../../src/content-check/check.ts';
import { filingFooter, ICP_URL, policeFilingUrl, type Filing } from '../../src/lib/filing.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE = path.join(ROOT, 'tests/fixtures/site');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A scratch copy of the fixture site whose site.json has `filing` (or, given a string, that exact text). */
function withSettings(filing: unknown, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'djjy-filing-'));
  temps.push(dir);
  cpSync(SITE, dir, { recursive: true });
  const settings = JSON.parse(readFileSync(path.join(SITE, 'data/site.json'), 'utf8')) as object;
  const text = typeof filing === 'string' ? filing : JSON.stringify({ ...settings, filing });
  writeFileSync(path.join(dir, 'data/site.json'), text);
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, 'data', name), body);
  return dir;
}
const errors = (content: string) =>
  checkContent({ root: ROOT, content, today: '2026-11-27' }).problems.filter((p) => p.severity === 'error');

const BADGE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="110" height="55"><rect width="110" height="55"/></svg>';
const FULL: Filing = {
  icp: '湘ICP备2021012345号-1',
  police: '湘公网安备43040502000123号',
  organiser: '白沙洲工业园区党工委',
  address: '湖南省衡阳市雁峰区',
  contact: '0734-1234567',
  govBadge: { image: './badge.svg', link: 'https://bszs.conac.cn/sitename?method=show&id=1' },
};
const LABELS = { organiser: '主办单位：', address: '地址：', contact: '联系方式：' };

describe('site.json filing in the content check', () => {
  it('accepts every field filled, every field empty, and no filing at all', () => {
    expect(errors(withSettings(FULL, { 'badge.svg': BADGE_SVG }))).toEqual([]);
    const empty = { icp: '', police: '', organiser: '', address: '', contact: '', govBadge: { image: '', link: '' } };
    expect(errors(withSettings(empty))).toEqual([]);
    expect(errors(SITE)).toEqual([]);
    // The badge picture is used by the settings, so it is no "unused image".
    const all = checkContent({
      root: ROOT,
      content: withSettings(FULL, { 'badge.svg': BADGE_SVG }),
      today: '2026-11-27',
    });
    expect(all.problems.filter((p) => p.rule === 'unused-image')).toEqual([]);
  });

  it.each([
    ['icp', { icp: '湘ICP备案号：2021012345号' }, /ICP备案号应写成「省份简称ICP备数字号」.*湘ICP备2021012345号-1/],
    ['icp', { icp: 'ICP备2021012345号' }, /省份简称/],
    ['police', { police: '湘公网安备4304050200号' }, /公安联网备案号应写成「省份简称公网安备14位数字号」/],
    ['organiser', { organiser: 12 }, /应为文字/],
    ['icpp', { icpp: '湘ICP备2021012345号-1' }, /不认识的字段「icpp」。是不是想写 icp？/],
    ['govBadge', { govBadge: { image: './badge.svg', link: '' } }, /image（图片）和 link（链接）要么都填，要么都留空/],
    [
      'govBadge.image',
      { govBadge: { image: 'https://bszs.conac.cn/badge.png', link: 'https://bszs.conac.cn/x' } },
      /不能写网址/,
    ],
    ['govBadge.link', { govBadge: { image: './badge.svg', link: 'bszs.conac.cn' } }, /https:\/\//],
    [
      'govBadge.image',
      { govBadge: { image: './missing.png', link: 'https://bszs.conac.cn/x' } },
      /标识图片不存在：.*missing\.png/,
    ],
  ])('rejects a bad %s with a Chinese error naming file, field and fix', (field, filing, message) => {
    const found = errors(withSettings(filing, { 'badge.svg': BADGE_SVG }));
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toMatch(/data\/site\.json$/);
    expect(found[0]!.field).toBe(`filing.${field}`);
    expect(found[0]!.message).toMatch(message);
  });

  it('gives a JSON example an editor can copy', () => {
    const [problem] = errors(withSettings({ police: '湘公网安备123号' }));
    expect(problem!.example).toBe('"police": "湘公网安备43040502000123号"');
    expect(problem!.found).toBe('"湘公网安备123号"');
  });

  it('says so when site.json is not JSON', () => {
    const [problem] = errors(withSettings('{ "url": "https://x.example.cn", }'));
    expect(problem).toMatchObject({ rule: 'json' });
    expect(problem!.message).toContain('不是有效的 JSON');
  });
});

describe('the footer’s filing block', () => {
  it('links the ICP number to MIIT and the 公安 number to the MPS page for that number', () => {
    const footer = filingFooter(FULL, LABELS, (file) => `/filing/${file}`);
    expect(footer.links).toEqual([
      { text: FULL.icp, href: ICP_URL },
      { text: FULL.police, href: 'https://beian.mps.gov.cn/#/query/webSearch?code=43040502000123' },
    ]);
    expect(policeFilingUrl('京公网安备 11010502030143号')).toBe(
      'https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143',
    );
    expect(footer.lines).toEqual([
      '主办单位：白沙洲工业园区党工委',
      '地址：湖南省衡阳市雁峰区',
      '联系方式：0734-1234567',
    ]);
    expect(footer.badge).toEqual({ src: '/filing/gov-badge.svg', href: FULL.govBadge!.link });
  });

  it('renders only the fields that are filled, and nothing at all when none is', async () => {
    const container = await AstroContainer.create();
    const render = (filing: Filing) =>
      container.renderToString(Footer, {
        props: { filing: filingFooter(filing, LABELS, (file) => `/filing/${file}`) },
      });
    const none = await render({ icp: '', police: ' ', organiser: '', govBadge: { image: '', link: '' } });
    expect(none).not.toContain('site-footer__filing');
    expect(none).not.toContain('beian');
    const icpOnly = await render({ icp: FULL.icp! });
    expect(icpOnly).toContain(`<a href="https://beian.miit.gov.cn/" rel="external noreferrer">${FULL.icp}</a>`);
    expect(icpOnly).not.toContain('beian.mps.gov.cn');
    expect(icpOnly).not.toContain('主办单位');
    expect(icpOnly).not.toContain('<img');
    const full = await render(FULL);
    expect(full).toContain('<img src="/filing/gov-badge.svg" alt="党政机关网站标识"');
    expect(full).not.toContain('<script');
  });
});
