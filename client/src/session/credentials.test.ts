import { describe, expect, it } from 'vitest';
import {
  forgetParticipant,
  loadParticipant,
  resolveLinkToken,
  saveParticipant,
  tokenFromHash,
} from './credentials';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';

describe('link tokens', () => {
  it('reads a token from the fragment and ignores anything that is not one', () => {
    expect(tokenFromHash(`#${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#short')).toBeNull();
    expect(tokenFromHash('#has space and more than twenty')).toBeNull();
  });

  it('remembers the fragment’s token per workshop so a reload without it still works', () => {
    const storage = new MemoryStorage();
    expect(resolveLinkToken('facilitator', 'w1', `#${TOKEN}`, storage)).toBe(TOKEN);
    expect(resolveLinkToken('facilitator', 'w1', '', storage)).toBe(TOKEN);
    expect(resolveLinkToken('facilitator', 'w2', '', storage)).toBeNull();
    expect(resolveLinkToken('projector', 'w1', '', storage)).toBeNull();
  });

  it('still answers from the fragment when storage is refused', () => {
    expect(resolveLinkToken('projector', 'w1', `#${TOKEN}`, undefined)).toBe(TOKEN);
  });
});

describe('participant credential', () => {
  it('survives a reload and is scoped to its workshop', () => {
    const storage = new MemoryStorage();
    saveParticipant({ workshopId: 'w1', participantToken: TOKEN }, storage);
    expect(loadParticipant('w1', storage)).toEqual({ workshopId: 'w1', participantToken: TOKEN });
    expect(loadParticipant(undefined, storage)?.workshopId).toBe('w1');
    expect(loadParticipant('w2', storage)).toBeNull();
    forgetParticipant(storage);
    expect(loadParticipant('w1', storage)).toBeNull();
  });

  it('ignores a damaged entry', () => {
    const storage = new MemoryStorage();
    storage.setItem('samskap.participant', '{not json');
    expect(loadParticipant('w1', storage)).toBeNull();
    storage.setItem('samskap.participant', JSON.stringify({ workshopId: 'w1' }));
    expect(loadParticipant('w1', storage)).toBeNull();
  });
});
