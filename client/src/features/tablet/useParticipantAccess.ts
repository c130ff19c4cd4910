import { CloseCode } from '@samskap/shared/protocol';
import { useEffect, useState } from 'react';
import { fetchMe } from '../../api/workshops';
import { ApiRequestError } from '../../api/http';
import type { LiveEndReason } from '../../live/liveConnection';
import { forgetParticipant } from '../../session/credentials';

function reasonForApiError(error: unknown): LiveEndReason | null {
  if (!(error instanceof ApiRequestError)) return null;
  if (error.code === 'participant_removed') return 'removed';
  if (error.code === 'unknown_token' || error.code === 'unauthenticated') return 'unknown_token';
  if (error.code === 'forbidden') return 'forbidden';
  return null;
}

function reasonForClose(code: number | null): LiveEndReason | null {
  if (code === CloseCode.unauthenticated) return 'unknown_token';
  if (code === CloseCode.forbidden) return 'removed';
  if (code === CloseCode.notFound) return 'not_found';
  return null;
}

/**
 * Whether this tablet's participant token still works: asked of `/api/me` on load, and told by
 * the live channel and the content socket when it stops. Once it has ended, the stored
 * credential is forgotten so the next visit starts at the join page.
 */
export function useParticipantAccess(
  token: string | null,
  liveEnded: LiveEndReason | null,
  contentRefused: number | null,
): LiveEndReason | null {
  const [checked, setChecked] = useState<LiveEndReason | null>(null);
  useEffect(() => {
    if (token === null) return;
    let cancelled = false;
    fetchMe(token).catch((error: unknown) => {
      // A network failure is not a verdict: the live channel keeps trying.
      if (!cancelled) setChecked(reasonForApiError(error));
    });
    return () => {
      cancelled = true;
    };
  }, [token]);
  const ended = checked ?? liveEnded ?? reasonForClose(contentRefused);
  useEffect(() => {
    if (ended !== null) forgetParticipant();
  }, [ended]);
  return ended;
}
