/** The smallest valid WebAssembly module (magic number and version): 8 bytes, nothing to run. */
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/**
 * Whether this browser may compile WebAssembly here, which Pagefind needs. False where WebAssembly is missing or
 * switched off, and where the engine predates CSP 'wasm-unsafe-eval' (Chrome 97, Safari 16) and so refuses
 * to compile under the site's policy.
 */
export function wasmUsable(global: { WebAssembly?: typeof WebAssembly } = globalThis): boolean {
  const wasm = global.WebAssembly;
  try {
    return typeof wasm === 'object' && new wasm.Module(EMPTY_MODULE) instanceof wasm.Module;
  } catch {
    return false;
  }
}
