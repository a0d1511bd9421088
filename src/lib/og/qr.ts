/**
 * A page's address as a QR code, drawn as one SVG path. Only the module matrix comes from the qrcode library;
 * the markup is built here from numbers alone, so no text from the content can reach the SVG (escape-safe, no
 * set:html).
 */
import QRCode from 'qrcode';

export interface QrPath {
  /** Modules per side, quiet zone excluded. */
  size: number;
  /** Path data in module units; draw it inside a viewBox of `-4 -4 size+8 size+8` for the quiet zone. */
  d: string;
}

export function qrPath(text: string): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  let d = '';
  for (let y = 0; y < size; y++) {
    // One rectangle per horizontal run of dark modules keeps the path short.
    for (let x = 0; x < size; x++) {
      if (!data[y * size + x]) continue;
      let run = 1;
      while (x + run < size && data[y * size + x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  return { size, d };
}
