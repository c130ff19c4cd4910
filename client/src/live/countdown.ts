import { timerRemainingMs } from '@samskap/shared/workshop';
import type { Timer } from '@samskap/shared/workshop';

export interface CountdownText {
  /** "mm:ss" while time is left, "+m:ss" once it has run out. */
  readonly text: string;
  readonly overtime: boolean;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * What a countdown shows for `remainingMs`. Time left is rounded up (a fresh 5-minute phase shows
 * 05:00, not 04:59); time over is rounded down, so "+0:01" appears one full second after zero.
 */
export function formatCountdown(remainingMs: number): CountdownText {
  if (remainingMs >= 0) {
    const total = Math.ceil(remainingMs / 1000);
    return { text: `${pad(Math.floor(total / 60))}:${pad(total % 60)}`, overtime: false };
  }
  const over = Math.floor(-remainingMs / 1000);
  return { text: `+${Math.floor(over / 60)}:${pad(over % 60)}`, overtime: true };
}

/**
 * The server's clock now, as well as this device can tell: the local clock moved by the offset
 * measured when the last state arrived. Tablets' clocks drift; the countdown must not.
 */
export function serverNow(clockOffsetMs: number, localNow: number = Date.now()): number {
  return localNow + clockOffsetMs;
}

export function remainingAt(timer: Timer, clockOffsetMs: number, localNow?: number): number {
  return timerRemainingMs(timer, serverNow(clockOffsetMs, localNow));
}
