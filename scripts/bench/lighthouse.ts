/**
 * Lighthouse (mobile, the default profile) on a few pages of a built site, driving Debian's Chromium.
 * Benchmark only: scores depend on the machine's load, so CI does not gate on them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveStatic } from '../lib/static-server.ts';

/** Starts headless Chromium with a DevTools port for Lighthouse to drive (no dependency on chrome-launcher). */
function launchChromium(chromePath: string): Promise<{ port: number; kill: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-chromium-'));
  const child: ChildProcess = spawn(
    chromePath,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const kill = () =>
    new Promise<void>((done) => {
      // Chromium writes to its profile until it has exited: remove the folder only then.
      child.once('exit', () => {
        rmSync(profile, { recursive: true, force: true });
        done();
      });
      child.kill();
    });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) resolve({ port: Number(match[1]), kill });
    });
    child.on('exit', (code) =>
      reject(new Error(`Chromium exited (${code}) before it listened: ${output.slice(0, 500)}`)),
    );
  });
}

export interface LighthouseScores {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

export async function runLighthouse(
  distDir: string,
  pages: string[],
  chromePath = '/usr/bin/chromium',
): Promise<LighthouseScores[]> {
  const { default: lighthouse } = await import('lighthouse');
  const server = await serveStatic(distDir, { gzip: true });
  const chrome = await launchChromium(chromePath);
  const scores: LighthouseScores[] = [];
  try {
    for (const page of pages) {
      const result = await lighthouse(new URL(page, server.url).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      scores.push({
        page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return scores;
}
