import type { SyncLimits } from '../config';
import { AppError } from '../errors';
import type { Logger } from '../log';
import type { DocStore } from '../persistence/docStore';
import { Room } from './room';
import type { RoomLink, RoomPeers } from './roomPeers';
import { ClientIdOwners } from './roomPresence';

export interface RoomRegistryOptions {
  store: DocStore;
  log: Logger;
  compactAfterUpdates: number;
  maxDocumentBytes?: number;
  limits?: Partial<SyncLimits>;
  /** The other instances (FANOUT=redis, [F2]); absent on one instance. */
  peers?: RoomPeers | null;
}

/** A room whose stored state could not be loaded a moment ago: asked again, it is refused. */
export class RoomUnavailableError extends AppError {
  constructor(room: string) {
    super('room_unavailable', `room ${room} cannot be loaded from storage`);
    this.name = 'RoomUnavailableError';
  }
}

/**
 * After a room failed to load, joins are refused this long without trying (and logging) again:
 * its tablets reconnect by themselves every few seconds.
 */
const UNAVAILABLE_FOR_MS = 60_000;

/**
 * The rooms in memory. A room is loaded on its first connection and unloaded (compacted and
 * destroyed) when its last one leaves, so nothing stays behind.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room>>();
  /** Unloads in flight: a new load of the same room waits until the old one has been saved. */
  private readonly closing = new Map<string, Promise<void>>();
  /** Rooms whose stored state could not be loaded, and when ([S13]). */
  private readonly unavailable = new Map<string, number>();
  private readonly clientIdOwners = new ClientIdOwners();

  /** [F2] Each loaded room's line to the other instances, left when the room unloads. */
  private readonly links = new Map<Room, RoomLink>();

  constructor(private readonly options: RoomRegistryOptions) {
    options.peers?.onResync(() => this.resyncAll());
  }

  /** Rooms in memory (loaded or loading). */
  get size(): number {
    return this.rooms.size;
  }

  /** Resolves with the loaded room; rejects when loading failed (the caller closes the socket). */
  get(name: string): Promise<Room> {
    const failedAt = this.unavailable.get(name);
    if (failedAt !== undefined) {
      if (Date.now() - failedAt < UNAVAILABLE_FOR_MS) {
        return Promise.reject(new RoomUnavailableError(name));
      }
      this.unavailable.delete(name);
    }
    let room = this.rooms.get(name);
    if (!room) {
      room = this.load(name);
      this.rooms.set(name, room);
      room.catch(() => {
        if (this.rooms.get(name) === room) this.rooms.delete(name);
      });
    }
    return room;
  }

  /**
   * Waits for the room and calls `attach` with it while it is open; a room that began to close
   * meanwhile is loaded again.
   */
  async join(name: string, attach: (room: Room) => void): Promise<void> {
    for (;;) {
      const room = await this.get(name);
      if (room.isOpen) {
        attach(room);
        return;
      }
    }
  }

  private async load(name: string): Promise<Room> {
    const previous = this.closing.get(name);
    if (previous) await previous;
    // [F2] Listening before loading: nothing stored elsewhere after the load began is missed.
    const link = (await this.options.peers?.link(name, this.clientIdOwners)) ?? null;
    let room: Room;
    try {
      room = await Room.load(name, { ...this.options, clientIdOwners: this.clientIdOwners, link });
    } catch (err) {
      await link?.leave();
      throw err;
    }
    room.onEmpty = () => this.unload(name, room);
    if (link) {
      this.links.set(room, link);
      link.attach(room);
    }
    return room;
  }

  private unload(name: string, room: Room): void {
    this.rooms.delete(name);
    if (room.unavailable) this.unavailable.set(name, Date.now());
    const link = this.links.get(room);
    this.links.delete(room);
    const done = room
      .close()
      .catch((err: unknown) =>
        this.options.log.error({ err, room: name }, 'saving the room failed'),
      )
      .then(() => link?.leave())
      .catch((err: unknown) =>
        this.options.log.warn({ err, room: name }, 'leaving the room channel failed'),
      )
      .finally(() => {
        if (this.closing.get(name) === done) this.closing.delete(name);
      });
    this.closing.set(name, done);
  }

  /** The names of the rooms in memory (loaded or loading). */
  names(): string[] {
    return [...this.rooms.keys()];
  }

  /**
   * [F8] Reloads every loaded room's stored state and applies it: what other instances stored
   * while their news could not reach this one is sent to its connections.
   */
  resyncAll(): void {
    for (const [name, pending] of this.rooms) {
      pending
        .then(async (room) => {
          if (!room.isOpen) return;
          room.resync(await this.options.store.load(name));
        })
        .catch((err: unknown) =>
          this.options.log.error({ err, room: name }, 'reloading the room after a loss failed'),
        );
    }
  }

  /** Saves and releases every room (at shutdown, after the connections are closed). */
  async closeAll(): Promise<void> {
    const rooms = await Promise.allSettled([...this.rooms.values()]);
    this.rooms.clear();
    await Promise.all(rooms.flatMap((r) => (r.status === 'fulfilled' ? [r.value.close()] : [])));
    await Promise.all(this.closing.values());
    const links = [...this.links.values()];
    this.links.clear();
    await Promise.all(links.map((l) => l.leave().catch(() => undefined)));
  }
}
