import type { LiveState } from '@samskap/shared/workshop';
import type { SyncConnection } from '../../sync/syncConnection';

/** Where an activity is shown. */
export type Surface = 'tablet' | 'console' | 'projector';

/** What every activity view is given: the live state, the caller's token, the content document. */
export interface ActivityProps {
  readonly state: LiveState;
  /** The caller's capability token (participant, facilitator or projector). */
  readonly token: string;
  /** The workshop's shared Yjs document connection (null on a surface that does not open one). */
  readonly content: SyncConnection | null;
  /** The heading level the view's own top heading takes. */
  readonly headingLevel: 2 | 3;
}
