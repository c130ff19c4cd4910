import { CloseCode, workshopOfContentRoom } from '@samskap/shared/protocol';
import { mayWriteRoot } from '@samskap/shared/doc-model';
import type { ContentScope, ContentWriter } from '@samskap/shared/doc-model';
import type { WriteRights } from '../sync/writeGuard';
import type { Authenticate } from '../sync/syncServer';
import type { WorkshopService } from './service';
import { tokenFromProtocols } from './subprotocol';

// [RL1] The room name is shared with the client; re-exported for the callers that import it
// from here (server.ts, testing/inProcessApp.ts, transfer/*) until they import it from shared.

/**
 * Keeps what decides write access in memory, so that the check made for every update is a
 * lookup: refreshed whenever the workshop changes (lock, end) or a participant is removed.
 */
export class WriteGate {
  private readonly state = new Map<
    string,
    {
      locked: boolean;
      ended: boolean;
      /** The ids the document's parts may name ([W3]). */
      scope: ContentScope;
      /** Where each participant sits now ([W1]); a move takes effect at the next refresh. */
      tables: Map<string, string>;
    }
  >();
  private readonly removed = new Set<string>();

  constructor(private readonly service: WorkshopService) {
    service.events.on('participantRemoved', (_id, participantId) =>
      this.removed.add(participantId),
    );
  }

  /** Whether a connection of this workshop has been let in, so its state is worth keeping. */
  tracks(workshopId: string): boolean {
    return this.state.has(workshopId);
  }

  async refresh(workshopId: string): Promise<void> {
    const [w, participants] = await Promise.all([
      this.service.get(workshopId),
      this.service.listParticipants(workshopId),
    ]);
    if (!w) return;
    this.state.set(workshopId, {
      locked: w.run.locked,
      ended: w.endedAt !== null,
      scope: {
        focusAreaIds: new Set(w.setup.focusAreas.map((a) => a.id)),
        tableIds: new Set(w.setup.tables.map((t) => t.id)),
      },
      tables: new Map(participants.map((p) => [p.id, p.tableId])),
    });
  }

  /**
   * [W1]–[W3] Which parts of the content document a facilitator (participantId null) or a
   * participant may change, decided on the workshop as it is at each update. [W7] A participant's
   * update may not leave anything waiting on the server; the facilitator's may (it may write
   * every part the model defines, so nothing passes that it could not write itself).
   */
  contentRights(workshopId: string, participantId: string | null): WriteRights {
    return {
      mayWriteRoot: (rootName) => {
        const s = this.state.get(workshopId);
        if (!s) return false;
        const writer: ContentWriter =
          participantId === null
            ? { kind: 'facilitator' }
            : { kind: 'participant', tableId: s.tables.get(participantId) ?? null };
        return mayWriteRoot(writer, rootName, s.scope);
      },
      mayLeavePending: participantId === null,
    };
  }

  facilitatorMayWrite(workshopId: string): boolean {
    return this.state.get(workshopId)?.ended === false;
  }

  participantMayWrite(workshopId: string, participantId: string): boolean {
    const s = this.state.get(workshopId);
    return s !== undefined && !s.ended && !s.locked && !this.removed.has(participantId);
  }
}

/**
 * Who may open a workshop's content room: its facilitator and participants (writing, within
 * the lock) and its projector (reading). The token is the `auth.<token>` subprotocol.
 */
export function workshopSyncAuth(service: WorkshopService, gate: WriteGate): Authenticate {
  return async ({ room, headers }) => {
    const workshopId = workshopOfContentRoom(room);
    if (workshopId === null) return { ok: false, code: CloseCode.notFound, reason: 'no such room' };
    const token = tokenFromProtocols(headers);
    if (!token) return { ok: false, code: CloseCode.unauthenticated, reason: 'no access token' };
    const auth = await service.authenticate(token);
    if (!auth.ok) {
      return auth.refusal === 'participant_removed'
        ? { ok: false, code: CloseCode.forbidden, reason: auth.refusal }
        : { ok: false, code: CloseCode.unauthenticated, reason: 'unknown token' };
    }
    const { principal } = auth;
    if (principal.workshopId !== workshopId) {
      return { ok: false, code: CloseCode.forbidden, reason: 'token of another workshop' };
    }
    await gate.refresh(workshopId);
    switch (principal.capability) {
      case 'facilitator':
        return {
          ok: true,
          identity: {
            participantId: null,
            holder: 'facilitator',
            canWrite: () => gate.facilitatorMayWrite(workshopId),
            writeRights: gate.contentRights(workshopId, null),
            awarenessUser: {
              kind: 'facilitator',
              name: null,
              role: 'facilitator',
              colour: '#1e2b3c',
            },
          },
        };
      case 'projector':
        return {
          ok: true,
          identity: {
            participantId: null,
            holder: 'projector',
            canWrite: () => false,
            awarenessUser: { kind: 'projector' },
          },
        };
      case 'participant': {
        const p = principal.participant;
        const showNames = (await service.get(workshopId))?.setup.showNames ?? false;
        return {
          ok: true,
          identity: {
            participantId: p.id,
            holder: `participant:${p.id}`,
            canWrite: () => gate.participantMayWrite(workshopId, p.id),
            writeRights: gate.contentRights(workshopId, p.id),
            awarenessUser: {
              kind: 'participant',
              participantId: p.id,
              name: showNames ? p.displayName : null,
              role: p.role,
              tableId: p.tableId,
              colour: p.colour,
            },
          },
        };
      }
    }
  };
}
