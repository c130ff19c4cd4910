import { z } from 'zod';
import type { Logger } from '../log';
import type { WorkshopService } from '../workshops/service';
import { publishJson, subscribeJson, type Bus } from './bus';

/** Where workshop events travel between instances: one channel, every instance listens. */
export const EVENTS_CHANNEL = 'events';

const relayed = z.discriminatedUnion('event', [
  z.object({ event: z.literal('runChanged'), workshopId: z.string() }),
  z.object({ event: z.literal('changed'), workshopId: z.string() }),
  z.object({
    event: z.literal('participantRemoved'),
    workshopId: z.string(),
    participantId: z.string(),
  }),
]);

export interface RelayedWorkshops {
  workshops: Pick<WorkshopService, 'events' | 'listParticipants'>;
  /** The workshops this instance holds something of (live subscribers, loaded rooms) ([F8]). */
  held: () => Iterable<string>;
}

/**
 * [F7] `workshops.events` on every instance: an event emitted here is published, and one
 * published elsewhere is emitted here, so every listener (the live hub's push, the write gate's
 * refresh, closing a removed participant's sockets, the summary cache, sealing at the end)
 * reacts on every instance. A relayed event is emitted while `relaying` is set, and the
 * publishing listener skips it: nothing goes round twice. (Listeners that react synchronously
 * by emitting again are skipped too: the other instances run the same listeners themselves.)
 *
 * [F8] When the bus was cut off, events may have been missed: every workshop this instance
 * holds gets `runChanged` and `changed` again (each listener reads the stored state anew), and
 * `participantRemoved` for each removed participant (their sockets close, if any are left).
 *
 * The channel is subscribed when the fan-out opens, before anything is served; `attach` wires
 * the service once it is built (what arrives before has nobody to tell).
 */
export class EventRelay {
  private relaying = false;
  private target: RelayedWorkshops | null = null;
  private detach: (() => void) | null = null;

  private constructor(
    private readonly bus: Bus,
    private readonly log: Logger,
  ) {
    bus.onReconnect(() => this.resync());
  }

  static async open(bus: Bus, log: Logger): Promise<EventRelay> {
    const relay = new EventRelay(bus, log);
    await subscribeJson(bus, EVENTS_CHANNEL, (value) => relay.received(value));
    return relay;
  }

  attach(target: RelayedWorkshops): void {
    this.detach?.();
    const { events } = target.workshops;
    const publish = (value: z.infer<typeof relayed>) => {
      if (!this.relaying) publishJson(this.bus, EVENTS_CHANNEL, value);
    };
    const onRunChanged = (workshopId: string) => publish({ event: 'runChanged', workshopId });
    const onChanged = (workshopId: string) => publish({ event: 'changed', workshopId });
    const onRemoved = (workshopId: string, participantId: string) =>
      publish({ event: 'participantRemoved', workshopId, participantId });
    events.on('runChanged', onRunChanged);
    events.on('changed', onChanged);
    events.on('participantRemoved', onRemoved);
    this.target = target;
    this.detach = () => {
      events.off('runChanged', onRunChanged);
      events.off('changed', onChanged);
      events.off('participantRemoved', onRemoved);
      this.target = null;
    };
  }

  /** Emits here, marked as relayed: not published again. */
  private emitHere(emit: (events: WorkshopService['events']) => void): void {
    if (!this.target) return;
    this.relaying = true;
    try {
      emit(this.target.workshops.events);
    } finally {
      this.relaying = false;
    }
  }

  private received(value: unknown): void {
    const parsed = relayed.safeParse(value);
    if (!parsed.success) {
      this.log.warn('a workshop event from another instance could not be read');
      return;
    }
    const m = parsed.data;
    this.emitHere((events) => {
      if (m.event === 'participantRemoved')
        events.emit('participantRemoved', m.workshopId, m.participantId);
      else events.emit(m.event, m.workshopId);
    });
  }

  private resync(): void {
    const target = this.target;
    if (!target) return;
    for (const workshopId of new Set(target.held())) {
      target.workshops.listParticipants(workshopId).then(
        (participants) =>
          this.emitHere((events) => {
            for (const p of participants)
              if (p.removedAt !== null) events.emit('participantRemoved', workshopId, p.id);
            events.emit('runChanged', workshopId);
            events.emit('changed', workshopId);
          }),
        (err: unknown) => this.log.error({ err, workshopId }, 'resync of a workshop failed'),
      );
    }
  }

  close(): void {
    this.detach?.();
  }
}
