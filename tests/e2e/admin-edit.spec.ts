/**
 * The web editor's local mode, driven in Chromium on the production build: the project folder is seeded into the
 * browser's origin-private file system (OPFS) and handed to the editor in place of the folder picker, as a real
 * folder would be after 使用本地仓库. The test adds a lecture (speaker by relation, a theme, date and times, a photo,
 * a body typed through IME composition), adds a book (ISBN, 中图法 class, donor), edits a meeting's books; then
 * copies what the editor wrote into a copy of the content, where `npm run check:content` finds 0 errors and
 * 0 warnings and a build contains the new pages with the photo optimised.
 */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTENT, field, openEditor, pick, projectFiles, save, text } from '../support/cms-editor.ts';

test('editors add a lecture and a book and edit a meeting in /admin/; the result passes the check and builds', async ({
  page,
}) => {
  test.setTimeout(900_000);
  const errors = await openEditor(page);

  // A person, whose file name (their id) the editor types once, in pinyin.
  await page.goto('admin/#/collections/people/new');
  await (await field(page, 'name')).getByRole('textbox').fill('王小明');
  await (await field(page, 'title')).getByRole('textbox').fill('园区科技局干部');
  await page.getByRole('group', { name: '文件名' }).getByRole('textbox').fill('wang-xiaoming');
  await save(page);

  // A lecture: the number is the next free one, as npm run new would give.
  await page.goto('admin/#/collections/lectures/new');
  await expect((await field(page, 'number')).getByRole('spinbutton')).toHaveValue('12');
  await (await field(page, 'title')).getByRole('textbox').fill('园区数字经济新机遇');
  await (await field(page, 'date')).getByRole('textbox').fill('2026-12-20');
  await (await field(page, 'startTime')).getByRole('textbox').fill('14:30');
  await (await field(page, 'endTime')).getByRole('textbox').fill('16:30');
  await (await field(page, 'themes')).getByRole('button', { name: /添加.*主题/ }).click();
  await (await field(page, 'themes.0')).getByRole('textbox').fill('科技创新');
  await pick(page, 'speakers', /^匡卫东$/);
  await pick(page, 'speakers', /^王小明$/, '王小明');
  await (await field(page, 'venue')).getByRole('textbox').fill('园区党群服务中心报告厅');
  await (await field(page, 'format')).getByRole('radio', { name: '线下', exact: true }).click();
  await (await field(page, 'summary')).getByRole('textbox').fill('讲解园区数字经济的新机遇。');
  await (await field(page, 'photos')).getByRole('button', { name: /添加.*活动照片/ }).click();
  await (
    await field(page, 'photos.0.src')
  )
    .locator('input[type=file]')
    .first()
    .setInputFiles({
      name: 'shuzi-jingji.jpg',
      mimeType: 'image/jpeg',
      buffer: readFileSync(path.join(CONTENT, 'lectures/images/lecture-01-hall.jpg')),
    });
  await (await field(page, 'photos.0.alt')).getByRole('textbox').fill('讲座现场，学员认真听讲');
  // Chinese typed through an input method: composition events, then the chosen characters.
  const body = (await field(page, 'body')).getByRole('textbox', { name: '正文' });
  await body.click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'shuzi', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.imeSetComposition', { text: '数字', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '数字经济' });
  await cdp.send('Input.imeSetComposition', { text: 'xin', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: '新机遇' });
  await expect(body).toHaveText('数字经济新机遇');
  await save(page);

  // A book, named after its ISBN; 中图法 class and donor.
  await page.goto('admin/#/collections/books/new');
  await (await field(page, 'title')).getByRole('textbox').fill('活着');
  await (await field(page, 'authors')).getByRole('button', { name: /添加/ }).first().click();
  await (await field(page, 'authors.0')).getByRole('textbox').fill('余华');
  await (await field(page, 'publisher')).getByRole('textbox').fill('南海出版公司');
  await (await field(page, 'isbn')).getByRole('textbox').fill('9787544270878');
  await (await field(page, 'clc')).getByRole('textbox').fill('I247.57');
  await pick(page, 'donor', /^匡卫东$/);
  await save(page);

  // A meeting's books: add the new one.
  await page.goto('admin/#/collections/meetings/entries/29-xin-dangzhang');
  // Two editions of 活着 are on the shelf now: find the new one by its ISBN.
  await pick(page, 'books', /活着/, '9787544270878');
  await save(page);
  expect(errors).toEqual([]);

  const files = await projectFiles(page);
  const lecture = text(files, 'content/lectures/12.mdx');
  expect(lecture).toContain('speakers:\n  - kuang-weidong\n  - wang-xiaoming\n');
  expect(text(files, 'content/people/wang-xiaoming.md')).toMatch(
    /^---\nname: 王小明\ntitle: 园区科技局干部\nkind: 党员\n/,
  );
  expect(lecture).toContain('src: ./images/shuzi-jingji.jpg');
  expect(lecture).toMatch(/---\n+数字经济新机遇\s*$/);
  expect(lecture).not.toMatch(/: ''$/m);
  expect(files['content/lectures/images/shuzi-jingji.jpg']).toBeDefined();
  const book = text(files, 'content/books/9787544270878.md');
  expect(book).toContain('donor: kuang-weidong');
  expect(book).toContain('clc: I247.57');
  expect(text(files, 'content/meetings/29-xin-dangzhang.mdx')).toMatch(
    /books:\n  - ['"]?9787556123605['"]?\n  - ['"]?9787544270878['"]?\n/,
  );

  // What the editor wrote, laid over a copy of the content: the check passes clean and the site builds.
  const temp = mkdtempSync(path.join(tmpdir(), 'djjy-admin-'));
  try {
    const content = path.join(temp, 'content');
    cpSync(CONTENT, content, { recursive: true });
    for (const [name, data] of Object.entries(files)) {
      if (!name.startsWith('content/')) continue;
      mkdirSync(path.dirname(path.join(temp, name)), { recursive: true });
      writeFileSync(path.join(temp, name), Buffer.from(data, 'base64'));
    }
    const env = { ...process.env, CONTENT_DIR: content, BUILD_DATE: '2026-12-01', ASTRO_TELEMETRY_DISABLED: '1' };
    const check = spawnSync(process.execPath, ['scripts/check-content.ts', '--json'], { encoding: 'utf8', env });
    const report = JSON.parse(check.stdout) as { errors: number; warnings: number; problems: unknown[] };
    expect({ errors: report.errors, warnings: report.warnings }, JSON.stringify(report.problems, null, 1)).toEqual({
      errors: 0,
      warnings: 0,
    });
    const out = path.join(temp, 'dist');
    const build = spawnSync('flock', ['/tmp/astro-build.lock', process.execPath, 'scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...env, OUT_DIR: out, ASTRO_CACHE_DIR: path.join(temp, '.astro-cache') },
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const lecturePage = readFileSync(path.join(out, 'lectures/12/index.html'), 'utf8');
    expect(lecturePage).toContain('园区数字经济新机遇');
    expect(lecturePage).toContain('数字经济新机遇');
    expect(lecturePage).toContain('王小明');
    // The photo went through Astro's image pipeline: a resized WebP/AVIF in _astro/, not the uploaded JPEG.
    const photo = /<img[^>]+alt="讲座现场，学员认真听讲"[^>]*>/.exec(lecturePage)?.[0] ?? '';
    expect(photo).toMatch(/src="[^"]*\/_astro\/shuzi-jingji\.[^"]+\.(webp|avif)"/);
    expect(readdirSync(path.join(out, '_astro')).some((name) => /^shuzi-jingji\..+\.(webp|avif)$/.test(name))).toBe(
      true,
    );
    expect(readFileSync(path.join(out, 'books/9787544270878/index.html'), 'utf8')).toContain('活着');
    expect(readFileSync(path.join(out, 'meetings/29/index.html'), 'utf8')).toContain('活着');
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});
