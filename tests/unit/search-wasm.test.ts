/** The search page's WebAssembly probe (src/lib/search/wasm.ts); the browser cases are in tests/e2e/elder.spec.ts. */
import { describe, expect, it } from 'vitest';
import { wasmUsable } from '../../src/lib/search/wasm.ts';

describe('wasmUsable', () => {
  it('is true where WebAssembly compiles', () => {
    expect(wasmUsable()).toBe(true);
  });

  it('is false without WebAssembly, and where compiling is refused (a CSP without wasm-unsafe-eval)', () => {
    expect(wasmUsable({})).toBe(false);
    const refusing = {
      ...WebAssembly,
      Module: class {
        constructor() {
          throw new WebAssembly.CompileError('Refused to compile or instantiate WebAssembly module');
        }
      },
    } as unknown as typeof WebAssembly;
    expect(wasmUsable({ WebAssembly: refusing })).toBe(false);
  });
});
