/**
 * A palette PNG (colour type 3, 8 bits per pixel) from palette indices, compressed by Node's zlib. Share cards
 * hold a few hundred colours at most, so one byte per pixel instead of three: measured on a 1200×630 card,
 * about 3 ms of CPU against 6 ms for sharp's truecolour encoder and 9 ms for fast-png's palette encoder (JavaScript
 * deflate), and a file half the size. Only the chunk framing is written here; zlib does the compression and checksums.
 */
import { promisify } from 'node:util';
import { constants, crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);

export interface IndexedImage {
  width: number;
  height: number;
  /** Up to 256 colours as [r, g, b]. */
  palette: readonly (readonly [number, number, number])[];
  /** One palette index per pixel, row by row. */
  indices: Uint8Array;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export async function indexedPng({ width, height, palette, indices }: IndexedImage): Promise<Buffer> {
  if (palette.length < 1 || palette.length > 256) throw new RangeError(`palette of ${palette.length} colours`);
  if (indices.length !== width * height) throw new RangeError('indices do not match the size');
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, palette, deflate, adaptive filters (each row says "none"), no interlace
  // Each row starts with its filter type; 0 (none) suits flat colour and keeps encoding a single pass.
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  // Run-length matching only: a card is long runs of paper and ink, and the general matcher took three times as
  // long for a file 10 % smaller. zlib runs on a libuv thread, so the next card can be drawn meanwhile.
  const compressed = await deflateAsync(rows, { level: 6, strategy: constants.Z_RLE });
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    chunk('IDAT', compressed),
    chunk('IEND', new Uint8Array()),
  ]);
}
