/**
 * Writes the sample lecture materials in public/materials/ (run once; the files are committed):
 * a one-page PDF of slides and a short WebM video, both visibly marked 示例 (sample), no real content.
 * The PDF is a JPEG page drawn by sharp from SVG text (fonts-noto-cjk) wrapped in a minimal PDF by hand;
 * the video is recorded from a canvas with Chromium's MediaRecorder (scripts/lib/browser.ts finds Chromium).
 *
 *   node scripts/make-sample-materials.ts
 */
import sharp from 'sharp';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_FLAGS } from './lib/browser.ts';

const out = path.resolve(import.meta.dirname, '../public/materials');
mkdirSync(out, { recursive: true });

const WIDTH = 960;
const HEIGHT = 540;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
  <rect width="100%" height="100%" fill="#fdf8f0"/>
  <rect x="0" y="0" width="100%" height="90" fill="#a31f1a"/>
  <text x="40" y="60" font-size="36" fill="#fff" font-family="Noto Sans CJK SC">初心讲坛第5期 · 示例课件</text>
  <text x="40" y="200" font-size="40" fill="#1f1a17" font-family="Noto Sans CJK SC">在学思践悟中把握党的创新理论</text>
  <text x="40" y="280" font-size="28" fill="#5a4a42" font-family="Noto Sans CJK SC">读原著 · 学原文 · 悟原理</text>
  <text x="40" y="470" font-size="22" fill="#a31f1a" font-family="Noto Sans CJK SC">示例文件：为演示网站功能而生成，不是真实讲义。</text>
</svg>`;

/** A one-page PDF showing `jpeg` (width × height pixels) at 72 dpi. */
function pdfWithImage(jpeg: Buffer, width: number, height: number): Buffer {
  const content = `q ${width} 0 0 ${height} 0 0 cm /Im0 Do Q`;
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`,
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      ),
      jpeg,
      Buffer.from('\nendstream'),
    ]),
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Title (Sample slides - not real content) /Producer (scripts/make-sample-materials.ts) >>',
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(body), Buffer.from('\nendobj\n')]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${length}\n%%EOF\n`,
  ].join('');
  return Buffer.concat([...chunks, Buffer.from(xref)]);
}

const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toBuffer();
writeFileSync(path.join(out, 'lecture-05-sample-slides.pdf'), pdfWithImage(jpeg, WIDTH, HEIGHT));

const frame = await sharp(Buffer.from(svg)).resize(480, 270).png().toBuffer();
const executablePath = chromiumPath();
const browser = await chromium.launch({ args: CHROMIUM_FLAGS, ...(executablePath ? { executablePath } : {}) });
const page = await browser.newPage();
const base64 = await page.evaluate(async (png) => {
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = 480;
  canvas.height = 270;
  const context = canvas.getContext('2d')!;
  const recorder = new MediaRecorder(canvas.captureStream(10), {
    mimeType: 'video/webm;codecs=vp8',
    videoBitsPerSecond: 100_000,
  });
  const parts: Blob[] = [];
  recorder.ondataavailable = (event) => parts.push(event.data);
  const stopped = new Promise((resolve) => (recorder.onstop = resolve));
  recorder.start();
  for (let tick = 0; tick < 20; tick++) {
    context.drawImage(image, 0, 0);
    context.fillStyle = '#a31f1a';
    context.fillRect(0, 262, (480 * (tick + 1)) / 20, 8); // a moving bar, so the frames differ
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  recorder.stop();
  await stopped;
  const bytes = new Uint8Array(await new Blob(parts, { type: 'video/webm' }).arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}, frame.toString('base64'));
await browser.close();
writeFileSync(path.join(out, 'lecture-05-sample-video.webm'), Buffer.from(base64, 'base64'));
console.log(`已写入 ${out}/lecture-05-sample-slides.pdf 与 lecture-05-sample-video.webm`);
