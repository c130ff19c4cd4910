/**
 * Where a device keeps its capability tokens. Facilitator and projector tokens arrive in the
 * link's fragment (`/f/<id>#<token>`), which browsers never send to a server; we keep them per
 * workshop so that a reload works after the fragment has been dropped from the address bar. A
 * participant's token is kept so that a reload or a lost connection keeps their identity on the
 * tablet. Storage may be refused (private mode, kiosk): then the fragment is all there is.
 */
export type LinkKind = 'facilitator' | 'projector';

export interface ParticipantCredential {
  readonly workshopId: string;
  readonly participantToken: string;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,200}$/;
const PARTICIPANT_KEY = 'samskap.participant';

function linkKey(kind: LinkKind, workshopId: string): string {
  return `samskap.${kind}.${workshopId}`;
}

/** The token in a fragment such as `#abc…`, or null when it does not look like one. */
export function tokenFromHash(hash: string): string | null {
  const token = hash.startsWith('#') ? hash.slice(1) : hash;
  return TOKEN_PATTERN.test(token) ? token : null;
}

function read(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | undefined, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Not remembering is acceptable: the link still works while the page stays open.
  }
}

function defaultStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The token for a console or projector: the fragment's if it has one (and it is remembered), or
 * the one remembered from an earlier visit.
 */
export function resolveLinkToken(
  kind: LinkKind,
  workshopId: string,
  hash: string,
  storage: Storage | undefined = defaultStorage(),
): string | null {
  const fromHash = tokenFromHash(hash);
  if (fromHash) {
    write(storage, linkKey(kind, workshopId), fromHash);
    return fromHash;
  }
  const stored = read(storage, linkKey(kind, workshopId));
  return stored !== null && TOKEN_PATTERN.test(stored) ? stored : null;
}

export function forgetLinkToken(
  kind: LinkKind,
  workshopId: string,
  storage: Storage | undefined = defaultStorage(),
): void {
  write(storage, linkKey(kind, workshopId), null);
}

export function saveParticipant(
  credential: ParticipantCredential,
  storage: Storage | undefined = defaultStorage(),
): void {
  write(storage, PARTICIPANT_KEY, JSON.stringify(credential));
}

/** The participant this tablet joined as, if any (and only for `workshopId` when given). */
export function loadParticipant(
  workshopId?: string,
  storage: Storage | undefined = defaultStorage(),
): ParticipantCredential | null {
  const raw = read(storage, PARTICIPANT_KEY);
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<ParticipantCredential> | null;
    if (
      typeof value?.workshopId !== 'string' ||
      typeof value.participantToken !== 'string' ||
      !TOKEN_PATTERN.test(value.participantToken)
    ) {
      return null;
    }
    if (workshopId !== undefined && value.workshopId !== workshopId) return null;
    return { workshopId: value.workshopId, participantToken: value.participantToken };
  } catch {
    return null;
  }
}

export function forgetParticipant(storage: Storage | undefined = defaultStorage()): void {
  write(storage, PARTICIPANT_KEY, null);
}
