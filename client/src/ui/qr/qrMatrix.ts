import QRCode from 'qrcode';

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  /** An SVG path of one unit square per dark module, in module coordinates. */
  readonly d: string;
}

/**
 * The QR code for `text` as one SVG path, so it renders as crisp vectors at any projector size
 * and needs no `innerHTML`. Error correction M survives a glare spot on a projected image.
 */
export function qrPath(text: string): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  const parts: string[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (data[y * size + x]) parts.push(`M${x} ${y}h1v1h-1z`);
    }
  }
  return { size, d: parts.join('') };
}
