import { EventEmitter } from 'node:events';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { syncFollowsRunState } from './composeApp';
import { waitFor } from './testing/waitFor';
import type { WorkshopEvents } from './workshops/service';

function wired() {
  const events = new EventEmitter<WorkshopEvents>();
  const refreshed: string[] = [];
  let resyncs = 0;
  const closed: string[] = [];
  syncFollowsRunState(
    events,
    { tracks: () => true, refresh: async (id) => void refreshed.push(id) },
    {
      resyncDroppedWrites: () => void resyncs++,
      closeWhere: (match) => {
        if (match({ participantId: 'p1' } as never, 'w/w1')) closed.push('p1');
      },
    },
    pino({ level: 'silent' }),
  );
  return { events, refreshed, closed, resyncs: () => resyncs };
}

describe('typed workshop events', () => {
  it('[AM3] a run-state change refreshes write rights and resyncs dropped writers', async () => {
    const t = wired();
    t.events.emit('runChanged', 'w1');
    await waitFor(() => t.resyncs() === 1, 'resync after the refresh');
    expect(t.refreshed).toEqual(['w1']);
  });

  it('[AM3] an activity change leaves write rights and the sync sockets alone', async () => {
    const t = wired();
    t.events.emit('changed', 'w1');
    t.events.emit('runChanged', 'w2');
    await waitFor(() => t.resyncs() === 1, 'the run change handled');
    expect(t.refreshed).toEqual(['w2']);
  });

  it('[AM3] a removal closes the participant’s sync connections', () => {
    const t = wired();
    t.events.emit('participantRemoved', 'w1', 'p1');
    expect(t.closed).toEqual(['p1']);
  });
});
