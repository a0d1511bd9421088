/**
 * /admin/ shows editors the last publish, as `npm run publish` records it (scripts/lib/publish-status.ts, tested on
 * real folders in tests/cli/publish-status.test.ts): 已发布 with the time in Beijing and a link to the changed page,
 * or 未发布 with the content check's messages (file, field, fix) for content that the check stopped. The status
 * file is the one the publish step writes for these outcomes, served in place of the build's "nothing yet" file.
 */
import { test, expect, type Page } from '@playwright/test';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { publishStatus } from '../../scripts/lib/publish-status.ts';
import { checkContent } from '../../src/content-check/check.ts';
import type { PublishStatus } from '../../src/cms/publish-status.ts';

async function openWithStatus(page: Page, status: PublishStatus | { published: null }) {
  await page.route('**/admin/publish-status.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(status) }),
  );
  await page.goto('admin/');
}

const box = (page: Page) => page.getByRole('status', { name: '最近一次发布' });

test('已发布: the time in Beijing and a link to the changed page', async ({ page }) => {
  test.setTimeout(120_000);
  await openWithStatus(
    page,
    publishStatus({ published: true, pages: ['lectures/12/'] }, new Date('2026-12-06T13:30:00Z')),
  );
  await expect(box(page)).toContainText('已发布', { timeout: 60_000 });
  await expect(box(page)).toContainText('2026-12-06 21:30（北京时间）');
  const link = box(page).getByRole('link', { name: '查看改动的页面' });
  expect(new URL((await link.getAttribute('href'))!).pathname).toMatch(/\/lectures\/12\/$/);
  await box(page).getByRole('button', { name: '关闭' }).click();
  await expect(box(page)).toHaveCount(0);
});

test('未发布: the content check’s messages, with file, field and fix', async ({ page }) => {
  test.setTimeout(120_000);
  const content = path.join(mkdtempSync(path.join(tmpdir(), 'djjy-status-')), 'content');
  cpSync(path.resolve('tests/fixtures/site'), content, { recursive: true });
  cpSync(path.resolve('tests/fixtures/bad-content/isbn-checksum'), content, { recursive: true });
  const errors = checkContent({ root: process.cwd(), content, today: '2026-12-01' }).problems.filter(
    (problem) => problem.severity === 'error',
  );
  expect(errors.length).toBeGreaterThan(0);
  await openWithStatus(page, publishStatus({ published: false, problems: errors }));
  await expect(box(page)).toContainText('未发布', { timeout: 60_000 });
  await expect(box(page)).toContainText('这次没有发布，网站保持原样');
  for (const problem of errors) {
    await expect(box(page)).toContainText(`${problem.file} · ${problem.field}：${problem.message}`);
  }
});

test('nothing recorded yet (a fresh build): no box', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('admin/');
  await expect(page.getByRole('button', { name: '使用本地仓库' })).toBeVisible({ timeout: 60_000 });
  await expect(box(page)).toHaveCount(0);
});
