/**
 * Lecture slides and video on the built page (issue "Every page right", point 9): the sample lecture that
 * carries materials links a PDF that is a PDF and plays a video file served by the site itself.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// The sample lecture with materials, read from its frontmatter so the test follows the content.
const file = path.resolve('content/lectures/05-dang-de-lilun.mdx');
const front = parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as {
  number: number;
  materials: { slides: string; video: string };
};

test('the slides link downloads a real PDF from the site itself', async ({ page }) => {
  await page.goto(`./lectures/${front.number}/`);
  const section = page.getByRole('region', { name: '讲义与视频' });
  const slides = section.getByRole('link', { name: '下载课件（PDF）' });
  await expect(slides).toHaveAttribute('download', '');
  const href = (await slides.getAttribute('href'))!;
  expect(href.endsWith(front.materials.slides)).toBe(true);
  const response = await page.request.get(new URL(href, page.url()).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/application\/pdf/);
  const body = await response.body();
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(body.subarray(-8).toString('latin1')).toContain('%%EOF');
  expect(new URL(href, page.url()).host).toBe(new URL(page.url()).host);
});

test('the video plays on the page from a local file, with a download link', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`./lectures/${front.number}/`);
  const video = page.getByRole('region', { name: '讲义与视频' }).locator('video');
  await expect(video).toHaveAttribute('controls', '');
  const src = new URL((await video.getAttribute('src'))!, page.url());
  expect(src.host).toBe(new URL(page.url()).host);
  expect(src.pathname.endsWith(front.materials.video)).toBe(true);
  await video.evaluate((el: HTMLVideoElement) => el.load());
  await expect
    .poll(() => video.evaluate((el: HTMLVideoElement) => el.readyState), { timeout: 20_000 })
    .toBeGreaterThan(0);
  expect(await video.evaluate((el: HTMLVideoElement) => el.videoWidth)).toBeGreaterThan(0);
  await expect(page.getByRole('link', { name: '下载视频' })).toHaveAttribute('href', src.pathname);
  expect(errors).toEqual([]);
});
