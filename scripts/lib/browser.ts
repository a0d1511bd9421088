/**
 * Which Chromium the browser tests drive: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium where it
 * exists, else Playwright's own download (undefined lets Playwright pick it).
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // No host but this machine resolves: a request to another host (which the lockdown gate reports) fails at once,
  // on a closed network as on an open one, and never leaves the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export function chromiumPath(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
