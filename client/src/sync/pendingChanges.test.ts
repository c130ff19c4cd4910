import { describe, expect, it } from 'vitest';
import { createPendingChanges } from './pendingChanges';

describe('createPendingChanges', () => {
  it('starts with nothing pending and nothing to probe', () => {
    const pending = createPendingChanges();
    expect(pending.count).toBe(0);
    expect(pending.needsProbe).toBe(false);
  });

  it('counts local updates until a probe sent after them is answered', () => {
    const pending = createPendingChanges();
    pending.recordLocalUpdate();
    pending.recordLocalUpdate();
    expect(pending.count).toBe(2);
    expect(pending.needsProbe).toBe(true);
    pending.probeSent();
    expect(pending.needsProbe).toBe(false);
    expect(pending.count).toBe(2);
    expect(pending.answerReceived()).toBe(true);
    expect(pending.count).toBe(0);
  });

  it('keeps updates made after a probe pending when that probe is answered', () => {
    const pending = createPendingChanges();
    pending.recordLocalUpdate();
    pending.probeSent();
    pending.recordLocalUpdate();
    pending.answerReceived();
    expect(pending.count).toBe(1);
    expect(pending.needsProbe).toBe(true);
  });

  it('matches answers to probes in the order they were sent', () => {
    const pending = createPendingChanges();
    pending.recordLocalUpdate();
    pending.probeSent();
    pending.recordLocalUpdate();
    pending.recordLocalUpdate();
    pending.probeSent();
    pending.answerReceived();
    expect(pending.count).toBe(2);
    pending.answerReceived();
    expect(pending.count).toBe(0);
  });

  it('ignores an answer when no probe is in flight', () => {
    const pending = createPendingChanges();
    pending.recordLocalUpdate();
    expect(pending.answerReceived()).toBe(false);
    expect(pending.count).toBe(1);
  });

  it('forgets probes lost with the connection and asks for a new one', () => {
    const pending = createPendingChanges();
    pending.recordLocalUpdate();
    pending.probeSent();
    pending.connectionLost();
    expect(pending.needsProbe).toBe(true);
    expect(pending.answerReceived()).toBe(false);
    expect(pending.count).toBe(1);
    pending.probeSent();
    pending.answerReceived();
    expect(pending.count).toBe(0);
  });
});
