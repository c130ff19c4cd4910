import { describe, expect, it } from 'vitest';
import { participantInputBlock } from './inputBlock';

const open = { ended: false, locked: false };

describe('participantInputBlock', () => {
  it('[RL3] lets a participant add while nothing holds input back', () => {
    expect(participantInputBlock({ paused: false, floorTableId: null }, open, 't1')).toBeNull();
  });

  it('[RL3] lets only the table with the floor add', () => {
    const view = { paused: false, floorTableId: 't2' };
    expect(participantInputBlock(view, open, 't2')).toBeNull();
    expect(participantInputBlock(view, open, 't1')).toBe('floor_elsewhere');
  });

  it('[RL3] names the strongest reason first: ended, locked, paused', () => {
    const view = { paused: true, floorTableId: 't2' };
    expect(participantInputBlock(view, { ended: true, locked: true }, 't1')).toBe('ended');
    expect(participantInputBlock(view, { ended: false, locked: true }, 't1')).toBe('locked');
    expect(participantInputBlock(view, open, 't1')).toBe('paused');
  });
});
