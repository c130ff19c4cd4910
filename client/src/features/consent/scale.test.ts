import { describe, expect, it } from 'vitest';
import { consentBars, hasConsent, isConsentValue } from './scale';

describe('consent scale', () => {
  it('gives one bar per step with its share of the answers', () => {
    const bars = consentBars({ answers: 4, counts: [2, 1, 0, 1, 0] });
    expect(bars.map((b) => [b.step, b.count, b.percent])).toEqual([
      [1, 2, 50],
      [2, 1, 25],
      [3, 0, 0],
      [4, 1, 25],
      [5, 0, 0],
    ]);
  });

  it('shows empty bars, not NaN, when nobody has answered', () => {
    expect(consentBars({ answers: 0, counts: [0, 0, 0, 0, 0] }).every((b) => b.percent === 0)).toBe(
      true,
    );
  });

  it('counts a group as consenting while nobody answers "cannot accept"', () => {
    expect(hasConsent({ answers: 3, counts: [0, 0, 1, 2, 0] })).toBe(true);
    expect(hasConsent({ answers: 3, counts: [2, 0, 0, 0, 1] })).toBe(false);
    expect(hasConsent({ answers: 0, counts: [0, 0, 0, 0, 0] })).toBe(false);
  });

  it('accepts only the five steps as an answer', () => {
    expect([0, 1, 5, 6, 2.5, '3'].map(isConsentValue)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
