import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './download';

describe('fileNameFrom', () => {
  it('takes the name the server gave', () => {
    expect(
      fileNameFrom('attachment; filename="planstrategi-seminar-2025-01-20.pdf"', 'x.pdf'),
    ).toBe('planstrategi-seminar-2025-01-20.pdf');
  });

  it('falls back when there is none', () => {
    expect(fileNameFrom(null, 'samskap.md')).toBe('samskap.md');
    expect(fileNameFrom('inline', 'samskap.md')).toBe('samskap.md');
  });
});
