import type {
  Attendance,
  LiveSections,
  LiveState,
  ParticipantSummary,
} from '@samskap/shared/workshop';
import type { ParticipantRecord, WorkshopRecord } from './repository';
import type { Principal } from './service';
import { publicView, selfView } from './service';

const noRoles = () => ({ folkevalgt: 0, administrasjon: 0, annen: 0 });

/** Counts by role and table: what shared screens show about who is there. */
export function attendance(
  w: WorkshopRecord,
  participants: ParticipantRecord[],
  connected: (id: string) => boolean,
): Attendance {
  const active = participants.filter((p) => p.removedAt === null);
  const result: Attendance = {
    total: active.length,
    connected: 0,
    byRole: noRoles(),
    byTable: w.setup.tables.map((t) => ({
      tableId: t.id,
      total: 0,
      connected: 0,
      byRole: noRoles(),
    })),
  };
  for (const p of active) {
    const on = connected(p.id);
    result.byRole[p.role]++;
    if (on) result.connected++;
    const table = result.byTable.find((t) => t.tableId === p.tableId);
    if (table) {
      table.total++;
      table.byRole[p.role]++;
      if (on) table.connected++;
    }
  }
  return result;
}

/** What the activities add to the live state: one section per activity module, by its key. */
export type { LiveSections };

/**
 * The live state as one connection may see it: the facilitator sees everyone by name; others
 * see names (and parties) only where the workshop shows names, and otherwise counts alone.
 */
export function liveStateFor(
  principal: Principal,
  w: WorkshopRecord,
  participants: ParticipantRecord[],
  connected: (id: string) => boolean,
  now: number,
  sections: LiveSections,
): LiveState {
  const active = participants.filter((p) => p.removedAt === null);
  const everyone: ParticipantSummary[] = active.map((p) => ({
    ...selfView(p),
    connected: connected(p.id),
  }));
  const visible =
    principal.capability === 'facilitator' ? everyone : w.setup.showNames ? everyone : [];
  return {
    capability: principal.capability,
    serverTime: now,
    workshop: publicView(w),
    run: w.run,
    attendance: attendance(w, participants, connected),
    participants: visible,
    you: principal.capability === 'participant' ? selfView(principal.participant) : null,
    ...sections,
  };
}
