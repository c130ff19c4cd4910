import { describe, expect, it } from 'vitest';
import { qrPath } from './qrMatrix';

describe('qrPath', () => {
  it('draws a square symbol whose finder pattern starts at the top-left corner', () => {
    const { size, d } = qrPath('https://samskap.example/j/ABCDEF');
    expect(size).toBeGreaterThanOrEqual(21);
    expect((size - 17) % 4).toBe(0); // QR versions grow by 4 modules
    expect(d.startsWith('M0 0h1v1h-1z')).toBe(true);
  });

  it('gives the same path for the same text', () => {
    expect(qrPath('x').d).toBe(qrPath('x').d);
    expect(qrPath('x').d).not.toBe(qrPath('y').d);
  });
});
