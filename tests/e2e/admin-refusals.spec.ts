/**
 * The form refuses what the content check refuses, in the check's words, driven in Chromium as an editor would:
 * each rule's bad example typed into /admin/ (local mode), saved, refused with the message `npm run check:content`
 * gives; then corrected and saved: a lecture with a photo, a book, a meeting reading 《乡土中国》, a person. An ISBN
 * typed with hyphens is stored as its 13 digits and names the file.
 * (tests/unit/cms-form-check.test.ts covers the same rules without a browser.)
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT, field, openEditor, pick, projectFiles, save, text } from '../support/cms-editor.ts';

const editor = (page: Page) => page.getByRole('group', { name: '内容编辑器' });

/** Clicks 保存 and expects the save-error dialog to name the problem; closes it. Nothing is written. */
async function refused(page: Page, message: RegExp) {
  await editor(page).getByRole('button', { name: '保存' }).click();
  const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog')).filter({ hasText: '没有保存' });
  // The check runs on save; on a loaded two-core CI machine it has taken over the default 5 s.
  await expect(dialog).toContainText(message, { timeout: 15_000 });
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
}

/** Clicks 保存 and expects the field's own check (as the editor types) to show `message` in the form. */
async function refusedInForm(page: Page, message: RegExp) {
  await editor(page).getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(message).first()).toBeVisible();
}

async function typeInto(page: Page, key: string, value: string) {
  await (await field(page, key)).getByRole('textbox').first().fill(value);
}

test('the form refuses each content-check rule’s bad example in the check’s words, then saves the corrected entry', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const errors = await openEditor(page);

  // A lecture, filled in completely, then broken one rule at a time.
  await page.goto('admin/#/collections/lectures/new');
  await (await field(page, 'number')).getByRole('spinbutton').fill('11');
  await typeInto(page, 'title', '园区数字经济新机遇');
  await typeInto(page, 'date', '2026-12-20');
  await typeInto(page, 'startTime', '14:30');
  await typeInto(page, 'endTime', '16:30');
  await (await field(page, 'themes')).getByRole('button', { name: /添加.*主题/ }).click();
  await typeInto(page, 'themes.0', '科技创新');
  await pick(page, 'speakers', /^匡卫东$/);
  await typeInto(page, 'venue', '园区党群服务中心报告厅');
  await (await field(page, 'format')).getByRole('radio', { name: '线下', exact: true }).click();
  await typeInto(page, 'summary', '讲解园区数字经济的新机遇。');

  // duplicate-number: 第 11 期 exists; the next free number is offered.
  await refused(page, /期数 11 已被 第 11 期「[^」]+」 使用，每一期的期数必须唯一。请改成下一个空闲的期数 12。/);
  await (await field(page, 'number')).getByRole('spinbutton').fill('12');

  // schema (date): the shape as the editor types, then a day that does not exist.
  await typeInto(page, 'date', '12/20/2026');
  await refusedInForm(page, /日期应写成 YYYY-MM-DD（年-月-日，补足两位），例如 2024-03-01/);
  await typeInto(page, 'date', '2026-02-30');
  await refused(page, /日期「2026-02-30」不存在（这个月没有这一天）/);
  await typeInto(page, 'date', '2026-12-20');

  // schema (time), then time-order.
  await typeInto(page, 'startTime', '2:30');
  await refusedInForm(page, /时间应写成 24 小时制 HH:mm，例如 14:30。/);
  await typeInto(page, 'startTime', '14:30');
  await typeInto(page, 'endTime', '14:00');
  await refused(page, /结束时间 14:00 不晚于开始时间 14:30/);
  await typeInto(page, 'endTime', '16:30');

  // schema (alt text): a photo whose description is too short to tell anyone anything.
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
  await typeInto(page, 'photos.0.alt', '讲');
  await refused(page, /请为图片写一句说明（alt）/);
  await typeInto(page, 'photos.0.alt', '讲座现场，学员认真听讲');
  await save(page);

  // A book: schema (ISBN check digit, 中图法 class), duplicate-isbn; hyphens accepted and normalised.
  await page.goto('admin/#/collections/books/new');
  await typeInto(page, 'title', '设计东京2.0');
  await (await field(page, 'authors')).getByRole('button', { name: /添加/ }).first().click();
  await typeInto(page, 'authors.0', '吴东龙');
  await typeInto(page, 'publisher', '山东人民出版社');
  await typeInto(page, 'isbn', '9787500635100');
  await refused(page, /ISBN「9787500635100」的校验位不对：按前面的数字算，最后一位应是 9/);
  await typeInto(page, 'isbn', '978-7-02-000220-7');
  await refused(page, /ISBN 9787020002207 与 《红楼梦》 重复/);
  await typeInto(page, 'clc', 'L123');
  await typeInto(page, 'isbn', '978-7-209-05087-6');
  await refused(page, /中图法分类号「L123」的首字母不是 22 个基本大类之一/);
  await typeInto(page, 'clc', 'I266');
  // Leaving the box turns the hyphenated ISBN into the 13 digits the file is named after.
  await (await field(page, 'title')).getByRole('textbox').first().click();
  await expect((await field(page, 'isbn')).getByRole('textbox').first()).toHaveValue('9787209050876');
  await save(page);

  // A meeting reading 《乡土中国》: duplicate-number within its own series (第 29 期 exists), then saved.
  await page.goto('admin/#/collections/meetings/new');
  await expect((await field(page, 'number')).getByRole('spinbutton')).toHaveValue('30');
  await (await field(page, 'number')).getByRole('spinbutton').fill('29');
  await typeInto(page, 'title', '共读《乡土中国》');
  await typeInto(page, 'date', '2026-12-25');
  await (await field(page, 'format')).getByRole('radio', { name: '线下', exact: true }).click();
  await pick(page, 'books', /乡土中国/, '乡土中国');
  await pick(page, 'leadReaders', /^匡卫东$/);
  await (await field(page, 'participants')).getByRole('spinbutton').fill('18');
  await refused(page, /期数 29 已被 第 29 期「学习新党章」 使用，每一期的期数必须唯一。请改成下一个空闲的期数 30。/);
  await (await field(page, 'number')).getByRole('spinbutton').fill('30');
  await save(page);

  // file-name: a person's file name is typed by the editor.
  await page.goto('admin/#/collections/people/new');
  await typeInto(page, 'name', '王小明');
  await page.getByRole('group', { name: '文件名' }).getByRole('textbox').fill('Wang Xiaoming');
  await refusedInForm(page, /文件名只能用小写字母、数字和连字符/);
  await page.getByRole('group', { name: '文件名' }).getByRole('textbox').fill('wang-xiaoming');
  await save(page);
  expect(errors).toEqual([]);

  const files = await projectFiles(page);
  expect(text(files, 'content/lectures/12.mdx')).toContain('number: 12\n');
  expect(text(files, 'content/lectures/12.mdx')).toContain('date: 2026-12-20');
  expect(text(files, 'content/books/9787209050876.md')).toMatch(/isbn: ['"]?9787209050876['"]?\n/);
  expect(files['content/people/wang-xiaoming.md']).toBeDefined();
  expect(text(files, 'content/meetings/30.mdx')).toMatch(/books:\n  - ['"]?9787301174821['"]?\n/);
});
