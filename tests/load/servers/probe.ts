import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Preloaded into every server under test (ours through NODE_OPTIONS, the references by import),
 * so that event-loop delay is measured the same way everywhere: a 10 ms timer inside the process.
 * SIGUSR2 prints the figures since the previous SIGUSR2 as one JSON line on stdout and starts over;
 * the harness only sends it after the ready line, since SIGUSR2 would otherwise end the process.
 */
const RESOLUTION_MS = 10;
const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
histogram.enable();

// The histogram holds the time between ticks of its timer; the delay is what exceeds the period.
function lateness(nanoseconds: number): number {
  return Math.max(0, nanoseconds / 1e6 - RESOLUTION_MS);
}

process.on('SIGUSR2', () => {
  const line = {
    msg: 'bench-probe',
    eldP50: lateness(histogram.percentile(50)),
    eldP99: lateness(histogram.percentile(99)),
    eldMax: lateness(histogram.max),
    heapUsed: process.memoryUsage().heapUsed,
  };
  histogram.reset();
  process.stdout.write(JSON.stringify(line) + '\n');
});
process.stdout.write(JSON.stringify({ msg: 'bench-probe-ready', pid: process.pid }) + '\n');
