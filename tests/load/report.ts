import { cpus, totalmem } from 'node:os';
import type { Figure, Figures } from './scenarios/common';
import { isOurs, TARGET_LABELS, type TargetName } from './targets';

export interface ScenarioResult {
  id: string;
  title: string;
  /** Figures per server; a server missing here did not run this scenario. */
  byTarget: Partial<Record<TargetName, Figures>>;
  notes: string[];
}

export interface BenchResults {
  date: string;
  mode: 'full' | 'smoke';
  machine: { cores: number; memoryGiB: number; node: string; platform: string };
  targets: Partial<Record<TargetName, string>>;
  scenarios: ScenarioResult[];
  seconds: number;
}

export function describeMachine(): BenchResults['machine'] {
  return {
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

function format(value: Figure | undefined): string {
  if (value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return 'n/a';
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  if (Math.abs(value) < 10) return value.toFixed(2);
  if (Math.abs(value) < 1000) return value.toFixed(1);
  return Math.round(value).toLocaleString('en-US');
}

// Figures where a smaller number is better and a quotient means something.
const COMPARABLE = /\((ms|MB|KB|%)|latency|load \(|delay|sync|per idle|messages\/s|KB\/s/;

function ratio(name: string, ours: Figure | undefined, references: (Figure | undefined)[]): string {
  if (typeof ours !== 'number' || !COMPARABLE.test(name) || name.startsWith('generator')) return '';
  const theirs = references.filter(
    (v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0,
  );
  if (theirs.length === 0 || !Number.isFinite(ours)) return '';
  return `${(ours / Math.min(...theirs)).toFixed(2)}×`;
}

/** One table per scenario: a row per figure, a column per server, then ours ÷ the best reference. */
export function toMarkdown(results: BenchResults): string {
  const names = Object.keys(results.targets) as TargetName[];
  const m = results.machine;
  const out: string[] = [
    `# Sync server benchmark (${results.mode}) — ${results.date}`,
    '',
    `Machine: ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}. Took ${Math.round(results.seconds)} s.`,
    '',
    '| server | status |',
    '| --- | --- |',
    ...names.map((n) => `| ${TARGET_LABELS[n]} | ${results.targets[n]} |`),
    '',
  ];
  for (const scenario of results.scenarios) {
    const ran = names.filter((n) => scenario.byTarget[n]);
    out.push(`## ${scenario.id}. ${scenario.title}`, '');
    if (ran.length === 0) {
      out.push('Not run.', '');
      continue;
    }
    const rows = [...new Set(ran.flatMap((n) => Object.keys(scenario.byTarget[n] ?? {})))];
    const hasOurs = ran.includes('ours');
    const refs = ran.filter((n) => !isOurs(n));
    out.push(
      `| figure | ${ran.join(' | ')}${hasOurs ? ' | ours ÷ best ref |' : ' |'}`,
      `| --- |${ran.map(() => ' ---: |').join('')}${hasOurs ? ' ---: |' : ''}`,
    );
    for (const row of rows) {
      const cells = ran.map((n) => format(scenario.byTarget[n]?.[row]));
      const quotient = hasOurs
        ? ` ${ratio(
            row,
            scenario.byTarget.ours?.[row],
            refs.map((n) => scenario.byTarget[n]?.[row]),
          )} |`
        : '';
      out.push(`| ${row} | ${cells.join(' | ')} |${quotient}`);
    }
    out.push('', ...scenario.notes.map((note) => `- ${note}`), '');
  }
  return out.join('\n');
}
