/**
 * Gate: HTML validity. The W3C Nu HTML Checker (vnu-jar) over every page, in one JVM; only errors count.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export interface HtmlError {
  file: string;
  line: number | undefined;
  message: string;
  extract: string | undefined;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

// The package exports the jar's path (as a String object).
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** Validates `files` (absolute paths); returns every error, empty when all are valid. */
export function validateHtml(files: string[], java = process.env.JAVA ?? 'java'): HtmlError[] {
  if (files.length === 0) throw new Error('validateHtml: no files given');
  const run = spawnSync(java, ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`Cannot run Java for vnu (${run.error.message}); npm test provisions it: see README.`);
  // vnu writes its JSON report to stderr; exit code 1 only means "errors found".
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`vnu did not produce a JSON report (exit ${run.status}):\n${run.stderr}\n${run.stdout}`);
  }
  // 'non-document-error' is a file vnu could not read or parse at all: that fails the gate too.
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: m.url ? decodeURIComponent(new URL(m.url).pathname) : '(vnu)',
      line: m.lastLine,
      message: m.message,
      extract: m.extract,
    }));
}
