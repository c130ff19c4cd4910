import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { silentLog } from '../testing/roomHarness';
import { MemoryBusHub } from '../testing/memoryBus';
import type { ParticipantRecord } from '../workshops/repository';
import type { WorkshopEvents } from '../workshops/service';
import { EventRelay } from './eventRelay';

/** One instance's workshop service, as far as the relay sees it. */
function instance(hub: MemoryBusHub, id: string, removed: string[] = []) {
  const bus = hub.bus(id);
  const events = new EventEmitter<WorkshopEvents>();
  const heard: string[] = [];
  events.on('runChanged', (w) => heard.push(`runChanged ${w}`));
  events.on('changed', (w) => heard.push(`changed ${w}`));
  events.on('participantRemoved', (w, p) => heard.push(`participantRemoved ${w} ${p}`));
  const listParticipants = (workshopId: string) =>
    Promise.resolve(
      removed.map((pid) => ({ id: pid, workshopId, removedAt: 1 }) as ParticipantRecord),
    );
  return {
    bus,
    events,
    heard,
    target: { workshops: { events, listParticipants }, held: () => ['w1'] },
  };
}

describe('[F7] workshop events on every instance', () => {
  it('[F7] an event emitted on one instance is emitted on the others, once, and not sent back', async () => {
    const hub = new MemoryBusHub();
    const a = instance(hub, 'a');
    const b = instance(hub, 'b');
    (await EventRelay.open(a.bus, silentLog)).attach(a.target);
    (await EventRelay.open(b.bus, silentLog)).attach(b.target);
    a.events.emit('runChanged', 'w1');
    a.events.emit('participantRemoved', 'w1', 'p1');
    b.events.emit('changed', 'w1');
    expect(a.heard).toEqual(['runChanged w1', 'participantRemoved w1 p1', 'changed w1']);
    expect(b.heard).toEqual(['runChanged w1', 'participantRemoved w1 p1', 'changed w1']);
    // Each instance published only what it emitted itself.
    expect(a.bus.published).toHaveLength(2);
    expect(b.bus.published).toHaveLength(1);
  });

  it('[F8] back after a loss: every workshop held here hears its changes again, removals too', async () => {
    const hub = new MemoryBusHub();
    const a = instance(hub, 'a', ['gone']);
    const b = instance(hub, 'b');
    (await EventRelay.open(a.bus, silentLog)).attach(a.target);
    (await EventRelay.open(b.bus, silentLog)).attach(b.target);
    a.bus.reconnect();
    await new Promise((r) => setImmediate(r));
    expect(a.heard).toEqual(['participantRemoved w1 gone', 'runChanged w1', 'changed w1']);
    // Reloading is this instance's own business: nothing is published, nobody else hears it.
    expect(a.bus.published).toHaveLength(0);
    expect(b.heard).toEqual([]);
  });
});
