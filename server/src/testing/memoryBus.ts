import type { Bus, BusHandler, Unsubscribe } from '../fanout/bus';

/**
 * Buses for tests that need no Redis: every bus made by one hub reaches the others at once
 * (in order, never its sender), and `reconnect()` plays a bus coming back after a loss.
 */
export class MemoryBusHub {
  private readonly buses = new Set<MemoryBus>();

  bus(instanceId: string): MemoryBus {
    const bus = new MemoryBus(instanceId, this);
    this.buses.add(bus);
    return bus;
  }

  deliver(from: MemoryBus, channel: string, message: Uint8Array): void {
    for (const b of this.buses) if (b !== from) b.receive(channel, message);
  }

  remove(bus: MemoryBus): void {
    this.buses.delete(bus);
  }
}

export class MemoryBus implements Bus {
  private readonly handlers = new Map<string, Set<BusHandler>>();
  private readonly reconnectListeners: Array<() => void> = [];
  /** What this bus published, by channel (what the others were told). */
  readonly published: Array<{ channel: string; message: Uint8Array }> = [];

  constructor(
    readonly instanceId: string,
    private readonly hub: MemoryBusHub,
  ) {}

  publish(channel: string, message: Uint8Array): void {
    this.published.push({ channel, message });
    this.hub.deliver(this, channel, message);
  }

  subscribe(channel: string, handler: BusHandler): Promise<Unsubscribe> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
    }
    set.add(handler);
    return Promise.resolve(() => {
      this.handlers.get(channel)?.delete(handler);
      return Promise.resolve();
    });
  }

  receive(channel: string, message: Uint8Array): void {
    for (const h of this.handlers.get(channel) ?? []) h(new Uint8Array(message));
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  /** Plays the bus coming back after it was cut off. */
  reconnect(): void {
    for (const l of this.reconnectListeners) l();
  }

  check(): Promise<string | null> {
    return Promise.resolve(null);
  }

  close(): Promise<void> {
    this.hub.remove(this);
    return Promise.resolve();
  }
}
