import type { ArgumentsView } from '@samskap/shared/arguments';

/** Why a participant cannot add entries just now, or null when they can. */
export type InputBlock = 'ended' | 'locked' | 'paused' | 'floor_elsewhere';

/**
 * The same rules the server applies to a participant's new entry (server/src/arguments/service.ts),
 * so that the tablet disables its forms instead of letting people type into a refusal.
 */
export function participantInputBlock(
  view: Pick<ArgumentsView, 'paused' | 'floorTableId'>,
  workshop: { readonly ended: boolean; readonly locked: boolean },
  tableId: string | null,
): InputBlock | null {
  if (workshop.ended) return 'ended';
  if (workshop.locked) return 'locked';
  if (view.paused) return 'paused';
  if (view.floorTableId !== null && view.floorTableId !== tableId) return 'floor_elsewhere';
  return null;
}
