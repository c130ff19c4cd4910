import type { ArgumentsView } from '@samskap/shared/arguments';
import type { ConsentCheck } from '@samskap/shared/consent';
import type { EvaluationView } from '@samskap/shared/evaluering';
import type { Plan, RoundResults, VotingState } from '@samskap/shared/planbehov';
import type {
  Attendance,
  ParticipantRole,
  RunState,
  WorkshopPublic,
} from '@samskap/shared/workshop';
import type { ArgumentsService } from '../arguments/service';
import type { ConsentService } from '../consent/service';
import type { PlanbehovService } from '../planbehov/service';
import { attendance } from '../workshops/liveView';
import type { PhaseLogEntry } from '../workshops/repository';
import { publicView, type WorkshopService } from '../workshops/service';
import type { AmbitionsOutcome } from '../ambitions';

/**
 * Everything the outcome documents say, read from the stored state: aggregates only (no
 * individual ballot or answer), names only where the workshop shows names.
 */
export interface OutcomeData {
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
  ambitions: AmbitionsOutcome;
  consent: ConsentCheck[];
  planbehov: {
    plans: Plan[];
    voting: VotingState;
    /** Rounds whose results were discussed: earlier rounds, and the current one once revealed. */
    rounds: RoundResults[];
  };
  arguments: ArgumentsView;
  /** The closing evaluation as the room saw it (absent where no evaluation is wired). */
  evaluering?: EvaluationView | null;
}

export interface OutcomeSources {
  workshops: WorkshopService;
  planbehov: PlanbehovService;
  consent: ConsentService;
  args: ArgumentsService;
  /** The evaluation module's `outcome.collect`. */
  evaluering?: (workshopId: string) => Promise<EvaluationView>;
  /** Reads the plenary ambitions from the workshop's shared document. */
  ambitions: (workshopId: string, w: WorkshopPublic) => Promise<AmbitionsOutcome>;
}

export async function collectOutcome(
  sources: OutcomeSources,
  workshopId: string,
): Promise<OutcomeData> {
  const { workshops } = sources;
  const w = await workshops.require(workshopId);
  const pub = publicView(w);
  const [people, phaseLog, consent, voting, argumentsFor, ambitions] = await Promise.all([
    workshops.listParticipants(workshopId),
    workshops.phaseLog(workshopId),
    sources.consent.view(workshopId),
    sources.planbehov.voting(workshopId),
    sources.args.viewer(workshopId),
    sources.ambitions(workshopId, pub),
  ]);
  const active = people.filter((p) => p.removedAt === null);
  const rounds: RoundResults[] = [];
  for (let round = 1; round <= voting.round; round++) {
    if (round < voting.round || voting.revealed)
      rounds.push(await sources.planbehov.results(workshopId, round));
  }
  return {
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
    ambitions,
    consent,
    planbehov: { plans: (await sources.planbehov.view(workshopId)).plans, voting, rounds },
    // As a shared screen sees it: nothing hidden, nothing pending.
    arguments: argumentsFor({ participantId: null, isFacilitator: false }),
    evaluering: sources.evaluering ? await sources.evaluering(workshopId) : null,
  };
}
