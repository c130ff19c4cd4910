import type { BenchResults } from './report';
import { isOurs, type TargetName } from './targets';

/**
 * What the smoke run asserts: nothing lost and every figure produced, never how fast. Speed on a
 * shared CI machine says little; a lost edit or a room that stays in memory always means a bug.
 */
export function checkSmoke(results: BenchResults, labels: Record<TargetName, string>): string[] {
  const problems: string[] = [];
  const ran = (Object.keys(results.targets) as TargetName[]).filter(
    (n) => results.targets[n] === 'ran',
  );
  const ours = results.targets.ours;
  if (ours !== undefined && ours !== 'ran' && !ours.startsWith('not built')) {
    problems.push(`our server: ${ours}`);
  }
  if (!ran.some((n) => !isOurs(n))) problems.push('no reference server ran');
  for (const scenario of results.scenarios) {
    for (const name of ran) {
      const figures = scenario.byTarget[name];
      const where = `${scenario.id} on ${labels[name]}`;
      if (!figures) {
        problems.push(`${where}: no figures`);
        continue;
      }
      if ('error' in figures) problems.push(`${where}: ${String(figures.error)}`);
      for (const key of ['deliveries missing', 'connections failed or dropped']) {
        if (key in figures && figures[key] !== 0)
          problems.push(`${where}: ${key} = ${String(figures[key])}`);
      }
      for (const [key, value] of Object.entries(figures)) {
        if (
          (key.includes('received everything') || key === 'every ballot counted') &&
          value !== 'yes'
        )
          problems.push(`${where}: ${key} = ${value}`);
        if (typeof value === 'number' && Number.isNaN(value))
          problems.push(`${where}: ${key} not produced`);
        // Only ours must drop rooms: the reference y-websocket server keeps in-memory docs forever.
        if (isOurs(name) && key.startsWith('documents in memory') && value !== 0) {
          problems.push(`${where}: ${key} = ${String(value)}`);
        }
      }
    }
  }
  return problems;
}
