import { useMemo } from 'react';
import { qrPath } from './qrMatrix';

export interface QrCodeProps {
  readonly value: string;
  /** What a screen reader hears instead of the pattern. */
  readonly label: string;
  readonly className?: string;
}

/** A QR code as an inline SVG, black on white with the quiet zone the standard asks for. */
export function QrCode({ value, label, className }: QrCodeProps) {
  const { size, d } = useMemo(() => qrPath(value), [value]);
  const quiet = 4;
  const box = size + quiet * 2;
  return (
    <svg
      className={className}
      viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
