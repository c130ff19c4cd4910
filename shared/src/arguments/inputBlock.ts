import type { ArgumentsView } from './model';

/** Why a participant cannot add entries just now, strongest reason first. */
export const INPUT_BLOCKS = ['ended', 'locked', 'paused', 'floor_elsewhere'] as const;

/** Why a participant cannot add entries just now, or null when they can. */
export type InputBlock = (typeof INPUT_BLOCKS)[number];

/**
 * [RL3] Whether a participant may add an entry to the argument map now, and if not, why: the
 * server refuses the entry by this rule (`server/src/arguments/service.ts`), and the tablet
 * disables its forms by it instead of letting people type into a refusal. The facilitator is
 * never blocked by pause, floor or lock.
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
