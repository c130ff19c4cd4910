import { describe, expect, it } from 'vitest';
import { formatCountdown, remainingAt } from './countdown';

describe('formatCountdown', () => {
  it('shows a fresh phase as whole minutes', () => {
    expect(formatCountdown(5 * 60_000)).toEqual({ text: '05:00', overtime: false });
  });

  it('rounds time left up, so the last second shows 00:01', () => {
    expect(formatCountdown(299_001).text).toBe('05:00');
    expect(formatCountdown(1).text).toBe('00:01');
    expect(formatCountdown(0)).toEqual({ text: '00:00', overtime: false });
  });

  it('marks overtime with a plus and counts up', () => {
    expect(formatCountdown(-500)).toEqual({ text: '+0:00', overtime: true });
    expect(formatCountdown(-61_000)).toEqual({ text: '+1:01', overtime: true });
  });

  it('keeps minutes past an hour rather than wrapping', () => {
    expect(formatCountdown(120 * 60_000).text).toBe('120:00');
  });
});

describe('remainingAt', () => {
  const timer = { durationMs: 600_000, elapsedMs: 60_000, runningSince: 1_000_000 };

  it('counts from the server’s clock, corrected by the measured offset', () => {
    // The device's clock is 5 s behind the server's: offset +5000.
    expect(remainingAt(timer, 5_000, 1_000_000 - 5_000 + 30_000)).toBe(600_000 - 60_000 - 30_000);
  });

  it('stands still while paused', () => {
    const paused = { ...timer, runningSince: null };
    expect(remainingAt(paused, 0, 5)).toBe(540_000);
    expect(remainingAt(paused, 0, 9_999_999)).toBe(540_000);
  });
});
