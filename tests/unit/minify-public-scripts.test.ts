/** The build's minify step for the hand-written scripts in public/. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { minifyPublicScripts } from '../../scripts/lib/minify-public-scripts.ts';

describe('minifyPublicScripts', () => {
  it('minifies the top-level scripts for ES2020 and leaves the bundles in _astro/ alone', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'djjy-minify-'));
    mkdirSync(path.join(out, '_astro'));
    const source = '// why this exists\nvar settings = window.saved;\nsettings.size ??= "normal";\n';
    writeFileSync(path.join(out, 'reading-settings.js'), source);
    writeFileSync(path.join(out, '_astro', 'bundle.js'), source);
    expect(await minifyPublicScripts(out)).toEqual(['reading-settings.js']);
    const minified = readFileSync(path.join(out, 'reading-settings.js'), 'utf8');
    expect(minified).not.toContain('why this exists');
    // ??= is ES2021: lowered, so a Chrome 80 / Safari 13.1 phone can still parse the file.
    expect(minified).not.toContain('??=');
    expect(() => new Script(minified)).not.toThrow();
    expect(readFileSync(path.join(out, '_astro', 'bundle.js'), 'utf8')).toBe(source);
  });
});
