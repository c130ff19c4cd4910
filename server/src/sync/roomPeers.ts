import type { ClientIdOwners } from './roomPresence';

/**
 * What a room hears from the same room on other instances ([F2]–[F5]): their stored updates
 * and their connections' presence. Implemented by the room.
 */
export interface RemoteReceiver {
  /** [F2] An update another instance has stored: applied here, sent on, never stored again. */
  applyRemoteUpdate(update: Uint8Array): void;
  /** [F4] Presence another instance accepted from its connections (`holder`: whose it is). */
  applyRemoteAwareness(update: Uint8Array, holder: string | null): void;
  /**
   * [F4] The presence of this instance's own connections, one entry each, for an instance
   * that has just loaded the room (it asks; relayed states are the others' to tell).
   */
  localPresence(): Array<{ update: Uint8Array; holder: string | null }>;
}

/**
 * One room's line to the same room on the other instances. Made before the room loads from
 * storage, so that nothing published after the load began is missed: what arrives before the
 * room is attached is held and handed over by `attach`.
 */
export interface RoomLink {
  /** [F2] An update this instance has stored ([S2]: only after its append resolved). */
  publishUpdate(update: Uint8Array): void;
  /** [F4] Awareness entries accepted from a local connection, or the removal of its state. */
  publishAwareness(update: Uint8Array, holder: string | null): void;
  /** [F5] `holder` claimed `clientId` here: the other instances learn it. */
  claimed(clientId: number, holder: string): void;
  /** Starts delivering to `room`, first what was held. */
  attach(room: RemoteReceiver): void;
  /** Stops listening (the room unloads). */
  leave(): Promise<void>;
}

/** The rooms' side of the fan-out between instances (FANOUT=redis); absent on one instance. */
export interface RoomPeers {
  /**
   * Subscribes to `room`'s channel and brings `owners` up to date with the client ids claimed
   * in it on other instances ([F5]); resolves once messages published from now on will arrive.
   */
  link(room: string, owners: ClientIdOwners): Promise<RoomLink>;
  /** [F8] `listener` runs when messages may have been missed: rooms reload from storage. */
  onResync(listener: () => void): void;
}
