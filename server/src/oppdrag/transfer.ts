import {
  fundingSchema,
  judgementSchema,
  OppdragLimits,
  oppdragKindSchema,
} from '@samskap/shared/oppdrag';
import type { WorkshopSetup } from '@samskap/shared/workshop';
import { z } from 'zod';
import type { Problems } from '../transfer/problems';
import type { OppdragState } from './repository';
import type { OppdragService } from './service';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
const text = (max: number) => z.string().max(max);
const year = z.number().int().min(1900).max(2100).nullable();

/**
 * The oppdrag part of a workshop export: the list, what each table did, the proposals and the
 * points as sealed (aggregates only, [OP6]: never a participant's own points). Optional, so that
 * exports from before the activity still import.
 */
export const oppdragExportSchema = z.object({
  oppdrag: z
    .array(
      z.object({
        id,
        kind: oppdragKindSchema,
        title: text(OppdragLimits.titleMax).min(1),
        goalIds: z.array(id).max(OppdragLimits.goalsPerOppdragMax),
        owner: text(OppdragLimits.ownerMax),
        startYear: year,
        endYear: year,
        gain: text(OppdragLimits.gainMax),
        funding: fundingSchema,
      }),
    )
    .max(OppdragLimits.oppdragMax),
  tableFocus: z.record(id, id),
  tables: z.record(
    id,
    z.object({
      links: z.array(z.object({ goalId: id, oppdragId: id })).max(OppdragLimits.linksPerTableMax),
      judgements: z.record(id, judgementSchema),
      questions: z
        .array(z.object({ id, oppdragId: id, text: text(OppdragLimits.questionMax).min(1) }))
        .max(OppdragLimits.questionsPerTableMax),
    }),
  ),
  proposals: z
    .array(
      z.object({
        id,
        goalId: id,
        title: text(OppdragLimits.titleMax).min(1),
        kind: oppdragKindSchema,
        gain: text(OppdragLimits.gainMax),
        tableIds: z.array(id).min(1).max(40),
        passOn: z.boolean(),
      }),
    )
    .max(OppdragLimits.proposalsMax),
  points: z.object({
    status: z.enum(['closed', 'open', 'sealed']),
    budget: z.number().int().min(0).max(OppdragLimits.pointsBudgetMax),
    voters: z.number().int().nonnegative(),
    results: z
      .array(z.object({ proposalId: id, points: z.number().int().nonnegative().nullable() }))
      .nullable(),
  }),
});
export type OppdragExport = z.infer<typeof oppdragExportSchema>;

/** What the export carries: the view every screen had ([OP7]). */
export async function exportOppdrag(service: OppdragService, workshopId: string) {
  const view = await service.view(workshopId);
  return view satisfies OppdragExport;
}

/** [T3] for the oppdrag part: every id it refers to is in the file or the setup. */
export function checkOppdragExport(x: OppdragExport, setup: WorkshopSetup, p: Problems): void {
  const goals = new Set(setup.focusAreas.flatMap((a) => a.goals.map((g) => g.id)));
  const areas = new Set(setup.focusAreas.map((a) => a.id));
  const tables = new Set(setup.tables.map((t) => t.id));
  const oppdrag = new Set(x.oppdrag.map((o) => o.id));
  const proposals = new Set(x.proposals.map((o) => o.id));
  const unknown = (path: string, ref: string) =>
    p.add('unknown_reference', path, `refers to ${ref}, which is not in the file`, { id: ref });
  x.oppdrag.forEach((o, i) =>
    o.goalIds.forEach((g, j) => goals.has(g) || unknown(`oppdrag.oppdrag.${i}.goalIds.${j}`, g)),
  );
  if (oppdrag.size !== x.oppdrag.length)
    p.add('duplicate_id', 'oppdrag.oppdrag', 'two oppdrag share an id');
  for (const [t, f] of Object.entries(x.tableFocus)) {
    if (!tables.has(t)) unknown('oppdrag.tableFocus', t);
    if (f !== 'all' && !areas.has(f)) unknown(`oppdrag.tableFocus.${t}`, f);
  }
  for (const [t, work] of Object.entries(x.tables)) {
    if (!tables.has(t)) unknown('oppdrag.tables', t);
    work.links.forEach((l, i) => {
      if (!goals.has(l.goalId)) unknown(`oppdrag.tables.${t}.links.${i}.goalId`, l.goalId);
      if (!oppdrag.has(l.oppdragId))
        unknown(`oppdrag.tables.${t}.links.${i}.oppdragId`, l.oppdragId);
    });
    for (const g of Object.keys(work.judgements))
      if (!goals.has(g)) unknown(`oppdrag.tables.${t}.judgements`, g);
    work.questions.forEach((q, i) => {
      if (!oppdrag.has(q.oppdragId))
        unknown(`oppdrag.tables.${t}.questions.${i}.oppdragId`, q.oppdragId);
    });
  }
  x.proposals.forEach((pr, i) => {
    if (!goals.has(pr.goalId)) unknown(`oppdrag.proposals.${i}.goalId`, pr.goalId);
    pr.tableIds.forEach((t) => tables.has(t) || unknown(`oppdrag.proposals.${i}.tableIds`, t));
  });
  if (proposals.size !== x.proposals.length)
    p.add('duplicate_id', 'oppdrag.proposals', 'two proposals share an id');
  x.points.results?.forEach((r, i) => {
    if (!proposals.has(r.proposalId)) unknown(`oppdrag.points.results.${i}`, r.proposalId);
    // [OP6] An archive shows no total resting on fewer than 3: a file cannot say it does.
    if (r.points !== null && x.points.voters < OppdragLimits.minGroupSize)
      p.add('withheld_shown', `oppdrag.points.results.${i}`, 'a total of fewer than 3 voters');
  });
}

/** The state an archive keeps: as exported; points never open in an archive. */
export function stateFromExport(x: OppdragExport): OppdragState {
  return {
    ...x,
    points: {
      ...x.points,
      status: x.points.status === 'open' ? 'closed' : x.points.status,
      results: x.points.status === 'sealed' ? x.points.results : null,
    },
  };
}
