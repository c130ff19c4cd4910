import type { ParticipantRole, RunState, WorkshopSetup } from '@samskap/shared/workshop';

export interface WorkshopRecord {
  id: string;
  joinCode: string;
  setup: WorkshopSetup;
  run: RunState;
  createdAt: number;
  endedAt: number | null;
}

export interface ParticipantRecord {
  id: string;
  workshopId: string;
  displayName: string | null;
  role: ParticipantRole;
  party: string | null;
  tableId: string;
  colour: string;
  joinedAt: number;
  removedAt: number | null;
}

/** Which credential a token hash is, for which workshop. */
export type TokenOwner =
  | { kind: 'facilitator' | 'projector'; workshopId: string }
  | { kind: 'participant'; workshopId: string; participantId: string };

export interface NewWorkshop extends WorkshopRecord {
  facilitatorTokenHash: string;
  projectorTokenHash: string;
}

/**
 * Where workshops and participants are kept. Asynchronous from the start so that the
 * PostgreSQL implementation of the multi-instance mode is an addition, not a rewrite.
 */
export interface WorkshopRepository {
  /** Inserts; returns false (and writes nothing) when the join code is taken. */
  insertWorkshop(workshop: NewWorkshop): Promise<boolean>;
  getWorkshop(id: string): Promise<WorkshopRecord | null>;
  findByJoinCode(code: string): Promise<WorkshopRecord | null>;
  updateSetup(id: string, setup: WorkshopSetup): Promise<void>;
  updateRun(id: string, run: RunState): Promise<void>;
  end(id: string, at: number): Promise<void>;
  resolveToken(tokenHash: string): Promise<TokenOwner | null>;
  insertParticipant(participant: ParticipantRecord, tokenHash: string): Promise<void>;
  getParticipant(id: string): Promise<ParticipantRecord | null>;
  listParticipants(workshopId: string): Promise<ParticipantRecord[]>;
  moveParticipant(id: string, tableId: string): Promise<void>;
  removeParticipant(id: string, at: number): Promise<void>;
  /** Records that a phase began (the agenda as it ran). */
  logPhase(workshopId: string, phaseIndex: number, at: number): Promise<void>;
  phaseLog(workshopId: string): Promise<PhaseLogEntry[]>;
}

export interface PhaseLogEntry {
  phaseIndex: number;
  at: number;
}
