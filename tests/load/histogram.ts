/**
 * A fixed-bucket latency histogram: 10 µs buckets below 100 ms, 1 ms buckets up to 60 s. Workers
 * fill one each and the main thread adds them up, so millions of samples cost a few hundred KB
 * instead of an array that has to be copied and sorted.
 */
const FINE_BUCKETS = 10_000; // 0–100 ms at 0.01 ms
const COARSE_BUCKETS = 60_000; // 100 ms–60 s at 1 ms
export const HISTOGRAM_SIZE = FINE_BUCKETS + COARSE_BUCKETS + 1;

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export function createHistogram(): Float64Array {
  // slot HISTOGRAM_SIZE holds the exact maximum, which buckets would round.
  return new Float64Array(HISTOGRAM_SIZE + 1);
}

export function record(histogram: Float64Array, ms: number): void {
  const value = Math.max(0, ms);
  let index: number;
  if (value < 100) index = Math.floor(value * 100);
  else index = Math.min(FINE_BUCKETS + Math.floor(value - 100), HISTOGRAM_SIZE - 1);
  histogram[index] = (histogram[index] ?? 0) + 1;
  if (value > (histogram[HISTOGRAM_SIZE] ?? 0)) histogram[HISTOGRAM_SIZE] = value;
}

export function mergeInto(target: Float64Array, source: Float64Array): void {
  for (let i = 0; i < HISTOGRAM_SIZE; i++) target[i] = (target[i] ?? 0) + (source[i] ?? 0);
  target[HISTOGRAM_SIZE] = Math.max(target[HISTOGRAM_SIZE] ?? 0, source[HISTOGRAM_SIZE] ?? 0);
}

function bucketUpperMs(index: number): number {
  return index < FINE_BUCKETS ? (index + 1) / 100 : 100 + (index - FINE_BUCKETS + 1);
}

export function summarize(histogram: Float64Array): LatencySummary {
  let count = 0;
  for (let i = 0; i < HISTOGRAM_SIZE; i++) count += histogram[i] ?? 0;
  const max = histogram[HISTOGRAM_SIZE] ?? 0;
  if (count === 0) return { count: 0, p50: Number.NaN, p99: Number.NaN, max: Number.NaN };
  const at = (q: number): number => {
    const rank = Math.ceil(q * count);
    let seen = 0;
    for (let i = 0; i < HISTOGRAM_SIZE; i++) {
      seen += histogram[i] ?? 0;
      if (seen >= rank) return Math.min(bucketUpperMs(i), max);
    }
    return max;
  };
  return { count, p50: at(0.5), p99: at(0.99), max };
}

/** Percentiles of a small list of samples (sync times of a few thousand clients). */
export function summarizeList(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) return { count: 0, p50: Number.NaN, p99: Number.NaN, max: Number.NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return {
    count: sorted.length,
    p50: at(0.5),
    p99: at(0.99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}
