import { runStateSchema, type WorkshopSetup } from '@samskap/shared/workshop';
import type { ParticipantRecord, WorkshopRecord } from './repository';

/**
 * A workshop's and a participant's row as either engine gives it: SQLite hands JSON as text and
 * integers as numbers; PostgreSQL JSON parsed and BIGINT as text.
 */
export interface WorkshopRow {
  id: string;
  join_code: string;
  setup: string | WorkshopSetup;
  run: unknown;
  created_at: number | string;
  ended_at: number | string | null;
}

export interface ParticipantRow {
  id: string;
  workshop_id: string;
  display_name: string | null;
  role: ParticipantRecord['role'];
  party: string | null;
  table_id: string;
  colour: string;
  joined_at: number | string;
  removed_at: number | string | null;
}

const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
const orNull = (n: number | string | null) => (n === null ? null : Number(n));

export function toWorkshop(r: WorkshopRow): WorkshopRecord {
  return {
    id: r.id,
    joinCode: r.join_code,
    setup: json(r.setup) as WorkshopSetup,
    // Through the schema, so that a run state stored before a field existed gets its default.
    run: runStateSchema.parse(json(r.run)),
    createdAt: Number(r.created_at),
    endedAt: orNull(r.ended_at),
  };
}

export function toParticipant(r: ParticipantRow): ParticipantRecord {
  return {
    id: r.id,
    workshopId: r.workshop_id,
    displayName: r.display_name,
    role: r.role,
    party: r.party,
    tableId: r.table_id,
    colour: r.colour,
    joinedAt: Number(r.joined_at),
    removedAt: orNull(r.removed_at),
  };
}

/** A participant's columns in insert order: id, workshop, token hash, then the record's. */
export function participantValues(p: ParticipantRecord, tokenHash: string) {
  return [
    p.id,
    p.workshopId,
    tokenHash,
    p.displayName,
    p.role,
    p.party,
    p.tableId,
    p.colour,
    p.joinedAt,
    p.removedAt,
  ] as const;
}
