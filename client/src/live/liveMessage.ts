import { liveMessageEnvelopeSchema, liveStateCoreSchema } from '@samskap/shared/workshop';
import type { LiveMessage, LiveState } from '@samskap/shared/workshop';

/**
 * Checks a frame from the live channel before anything uses it: the envelope, the core of the
 * state (capability, clock, run state, workshop id and language) and the arrays the views
 * iterate. A frame that fails is dropped, not half-used.
 */
export function parseLiveMessage(raw: unknown): LiveMessage | null {
  if (typeof raw !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const envelope = liveMessageEnvelopeSchema.safeParse(value);
  if (!envelope.success) return null;
  const message = value as Record<string, unknown>;
  if (envelope.data.type === 'revoked') {
    const reason = message.reason;
    return reason === 'removed' || reason === 'unknown_token' ? { type: 'revoked', reason } : null;
  }
  const state = message.state as Record<string, unknown> | undefined;
  if (!liveStateCoreSchema.safeParse(state).success || !state) return null;
  const workshop = state.workshop as Record<string, unknown>;
  const attendance = state.attendance as Record<string, unknown> | undefined;
  if (
    !Array.isArray(workshop.agenda) ||
    !Array.isArray(workshop.tables) ||
    !Array.isArray(state.participants) ||
    typeof attendance !== 'object' ||
    attendance === null ||
    !Array.isArray(attendance.byTable)
  ) {
    return null;
  }
  // The core schema strips keys it does not name, so the checked original is what we keep.
  return { type: 'state', state: state as unknown as LiveState };
}
