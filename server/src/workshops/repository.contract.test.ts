import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeOnEngines, newWorkshopRecord, workshopsOn } from '../testing/storageEngines';
import type { ParticipantRecord } from './repository';

/** `WorkshopRepository` on SQLite and PostgreSQL: the same cases, the same answers (issue 18). */
describeOnEngines('WorkshopRepository contract', (engine) => {
  const repo = () => workshopsOn(engine().storage).main;
  const participant = (workshopId: string, over: Partial<ParticipantRecord> = {}) => ({
    id: randomBytes(9).toString('base64url'),
    workshopId,
    displayName: 'Kari',
    role: 'folkevalgt' as const,
    party: 'Sp',
    tableId: 'table-1',
    colour: '#123456',
    joinedAt: 1_700_000_000_000,
    removedAt: null,
    ...over,
  });

  it('[M7] a workshop reads back as written, by id and by join code; times as numbers', async () => {
    const w = { ...newWorkshopRecord(), createdAt: 4_102_444_800_000 };
    expect(await repo().insertWorkshop(w)).toBe(true);
    const { facilitatorTokenHash: _f, projectorTokenHash: _p, ...record } = w;
    expect(await repo().getWorkshop(w.id)).toEqual(record);
    expect(await repo().findByJoinCode(w.joinCode)).toEqual(record);
    expect(await repo().getWorkshop('nobody')).toBeNull();
    expect(await repo().findByJoinCode('NOPE00')).toBeNull();
  });

  it('[M7] a taken join code writes nothing and answers false, and a transaction goes on', async () => {
    const first = newWorkshopRecord();
    await repo().insertWorkshop(first);
    const clash = { ...newWorkshopRecord(), joinCode: first.joinCode };
    expect(await repo().insertWorkshop(clash)).toBe(false);
    expect(await repo().getWorkshop(clash.id)).toBeNull();
    // The import's way: a refused code inside its transaction, another code, and a commit.
    const again = { ...newWorkshopRecord(), joinCode: first.joinCode };
    await engine().storage.transaction(async (tx) => {
      const r = workshopsOn(engine().storage).in(tx);
      expect(await r.insertWorkshop(again)).toBe(false);
      expect(await r.insertWorkshop({ ...again, joinCode: newWorkshopRecord().joinCode })).toBe(
        true,
      );
      await r.insertParticipant(participant(again.id), `t-${again.id}`);
    });
    expect(await repo().getWorkshop(again.id)).not.toBeNull();
    expect(await repo().listParticipants(again.id)).toHaveLength(1);
  });

  it('[M7] setup and run are replaced; a workshop ends once', async () => {
    const w = newWorkshopRecord();
    await repo().insertWorkshop(w);
    const setup = { ...w.setup, title: 'Ny tittel' };
    await repo().updateSetup(w.id, setup);
    const run = { ...w.run, phaseIndex: 2, locked: true };
    await repo().updateRun(w.id, run);
    await repo().end(w.id, 1_800_000_000_000);
    await repo().end(w.id, 1_900_000_000_000);
    expect(await repo().getWorkshop(w.id)).toMatchObject({
      setup,
      run,
      endedAt: 1_800_000_000_000,
    });
  });

  it('[M7] a token hash resolves to its holder, or to nothing', async () => {
    const w = newWorkshopRecord();
    await repo().insertWorkshop(w);
    const p = participant(w.id);
    await repo().insertParticipant(p, 'participant-hash');
    expect(await repo().resolveToken(w.facilitatorTokenHash)).toEqual({
      kind: 'facilitator',
      workshopId: w.id,
    });
    expect(await repo().resolveToken(w.projectorTokenHash)).toEqual({
      kind: 'projector',
      workshopId: w.id,
    });
    expect(await repo().resolveToken('participant-hash')).toEqual({
      kind: 'participant',
      workshopId: w.id,
      participantId: p.id,
    });
    expect(await repo().resolveToken('unknown')).toBeNull();
  });

  it('[M7] participants list in the order they joined, equal times in the order inserted', async () => {
    const w = newWorkshopRecord();
    await repo().insertWorkshop(w);
    const late = participant(w.id, { joinedAt: 1_700_000_000_500, displayName: null, party: null });
    const ids = ['zz', 'aa', 'mm'].map((prefix) => `${prefix}-${w.id}`);
    await repo().insertParticipant(late, 'h-late');
    for (const [i, id] of ids.entries())
      await repo().insertParticipant(participant(w.id, { id }), `h-${i}-${w.id}`);
    const listed = await repo().listParticipants(w.id);
    expect(listed.map((p) => p.id)).toEqual([...ids, late.id]);
    expect(listed[3]).toEqual(late);
    expect(await repo().getParticipant(ids[0]!)).toEqual(participant(w.id, { id: ids[0]! }));
    expect(await repo().getParticipant('nobody')).toBeNull();
  });

  it('[M7] a participant moves tables, and is removed once', async () => {
    const w = newWorkshopRecord();
    await repo().insertWorkshop(w);
    const p = participant(w.id);
    await repo().insertParticipant(p, `h-${p.id}`);
    await repo().moveParticipant(p.id, 'table-2');
    await repo().removeParticipant(p.id, 1_700_000_001_000);
    await repo().removeParticipant(p.id, 1_700_000_002_000);
    expect(await repo().getParticipant(p.id)).toMatchObject({
      tableId: 'table-2',
      removedAt: 1_700_000_001_000,
    });
  });

  it('[M7] the phase log reads in time order, equal times in the order logged', async () => {
    const w = newWorkshopRecord();
    await repo().insertWorkshop(w);
    await repo().logPhase(w.id, 1, 2_000);
    await repo().logPhase(w.id, 0, 1_000);
    await repo().logPhase(w.id, 3, 2_000);
    await repo().logPhase(w.id, 2, 2_000);
    expect(await repo().phaseLog(w.id)).toEqual([
      { phaseIndex: 0, at: 1_000 },
      { phaseIndex: 1, at: 2_000 },
      { phaseIndex: 3, at: 2_000 },
      { phaseIndex: 2, at: 2_000 },
    ]);
    expect(await repo().phaseLog('nobody')).toEqual([]);
  });

  it('[M6] writes through the transaction’s repository are rolled back when the work throws', async () => {
    const w = newWorkshopRecord();
    await expect(
      engine().storage.transaction(async (tx) => {
        const r = workshopsOn(engine().storage).in(tx);
        await r.insertWorkshop(w);
        await r.insertParticipant(participant(w.id), `h-${w.id}`);
        await r.logPhase(w.id, 0, 1);
        expect(await r.getWorkshop(w.id)).not.toBeNull();
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await repo().getWorkshop(w.id)).toBeNull();
    expect(await repo().listParticipants(w.id)).toEqual([]);
    expect(await repo().phaseLog(w.id)).toEqual([]);
  });
});
