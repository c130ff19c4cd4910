import type { LiveState } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { forgetLiveState, recallLiveState, rememberLiveState } from './lastState';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

function state(workshopId: string, phaseIndex: number): LiveState {
  return {
    capability: 'participant',
    serverTime: 10_000,
    workshop: { id: workshopId, language: 'nb', agenda: [], tables: [] },
    run: {
      phaseIndex,
      timer: { durationMs: 60_000, elapsedMs: 0, runningSince: null },
      locked: false,
      mode: 'tables',
    },
    attendance: { total: 0, connected: 0, byRole: {}, byTable: [] },
    participants: [],
    you: null,
  } as unknown as LiveState;
}

describe('last live state', () => {
  it('gives a reloaded tablet the last state it saw of its workshop', () => {
    const storage = new MemoryStorage();
    rememberLiveState(state('w1', 0), storage);
    rememberLiveState(state('w1', 2), storage);
    expect(recallLiveState('w1', storage)?.run.phaseIndex).toBe(2);
  });

  it('keeps each workshop apart and forgets one on request', () => {
    const storage = new MemoryStorage();
    rememberLiveState(state('w1', 1), storage);
    rememberLiveState(state('w2', 3), storage);
    expect(recallLiveState('w2', storage)?.run.phaseIndex).toBe(3);
    forgetLiveState('w1', storage);
    expect(recallLiveState('w1', storage)).toBeNull();
    expect(recallLiveState('w3', storage)).toBeNull();
  });

  it('ignores a kept value that does not check out as a live state', () => {
    const storage = new MemoryStorage();
    storage.setItem('samskap.live.w1', '{not json');
    expect(recallLiveState('w1', storage)).toBeNull();
    storage.setItem('samskap.live.w1', JSON.stringify({ type: 'state', state: { run: 1 } }));
    expect(recallLiveState('w1', storage)).toBeNull();
    // Stored under one workshop's key but about another: not shown.
    storage.setItem('samskap.live.w1', JSON.stringify({ type: 'state', state: state('w9', 0) }));
    expect(recallLiveState('w1', storage)).toBeNull();
  });

  it('works without storage at all', () => {
    rememberLiveState(state('w1', 0), undefined);
    expect(recallLiveState('w1', undefined)).toBeNull();
  });
});
