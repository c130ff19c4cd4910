import type {
  Attendance,
  ParticipantRole,
  RunState,
  WorkshopPublic,
} from '@samskap/shared/workshop';
import type { OutcomeParts } from '../activities/compose';
import { attendance } from '../workshops/liveView';
import type { PhaseLogEntry } from '../workshops/repository';
import { publicView, type WorkshopService } from '../workshops/service';

/**
 * Everything the outcome documents say, read from the stored state: aggregates only (no
 * individual ballot or answer), names only where the workshop shows names. Each activity's part
 * comes from its module, under its key ([AM4]).
 */
export interface OutcomeData extends OutcomeParts {
  workshop: WorkshopPublic;
  run: RunState;
  phaseLog: PhaseLogEntry[];
  attendance: Attendance;
  /** Only where the workshop was set to show names. */
  named: Array<{
    name: string;
    role: ParticipantRole;
    party: string | null;
    tableId: string;
  }> | null;
}

export interface OutcomeSources {
  workshops: WorkshopService;
  /** The activities' parts, from their modules (`outcomePartsOf`). */
  parts: (workshopId: string, w: WorkshopPublic) => Promise<OutcomeParts>;
}

export async function collectOutcome(
  sources: OutcomeSources,
  workshopId: string,
): Promise<OutcomeData> {
  const { workshops } = sources;
  const w = await workshops.require(workshopId);
  const pub = publicView(w);
  const [people, phaseLog, parts] = await Promise.all([
    workshops.listParticipants(workshopId),
    workshops.phaseLog(workshopId),
    sources.parts(workshopId, pub),
  ]);
  const active = people.filter((p) => p.removedAt === null);
  return {
    ...parts,
    workshop: pub,
    run: w.run,
    phaseLog,
    // Everyone who took part counts, connected or not.
    attendance: attendance(w, people, () => true),
    named: w.setup.showNames
      ? active
          .filter((p) => p.displayName !== null)
          .map((p) => ({ name: p.displayName!, role: p.role, party: p.party, tableId: p.tableId }))
      : null,
  };
}
