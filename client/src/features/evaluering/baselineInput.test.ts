import { describe, expect, it } from 'vitest';
import { baselineFromExport, baselineFromLink } from './baselineInput';

describe('choosing the last seminar', () => {
  it('reads a console link with its secret, and nothing else', () => {
    const secret = 'a'.repeat(43);
    expect(baselineFromLink(`https://samskap.example/f/abc123#${secret}`)).toEqual({
      kind: 'workshop',
      workshopId: 'abc123',
      facilitatorToken: secret,
    });
    expect(baselineFromLink(`http://x/f/abc123/setup#${secret}`)?.kind).toBe('workshop');
    expect(baselineFromLink('https://samskap.example/p/abc123#short')).toBeNull();
    expect(baselineFromLink('https://samskap.example/f/abc123')).toBeNull();
  });

  it('takes the evaluation section of an export, and refuses a file without one', () => {
    const section = { statements: null, form: null, baseline: null };
    const file = {
      workshop: { setup: { title: 'Seminar', date: '2024-01-20' } },
      evaluering: section,
    };
    expect(baselineFromExport(JSON.stringify(file))).toEqual({
      kind: 'file',
      title: 'Seminar',
      date: '2024-01-20',
      evaluation: section,
    });
    expect(baselineFromExport(JSON.stringify({ ...file, evaluering: undefined }))).toBeNull();
    expect(baselineFromExport('not json')).toBeNull();
  });
});
