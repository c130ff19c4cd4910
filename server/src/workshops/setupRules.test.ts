import { planstrategiTemplate } from '@samskap/shared/templates';
import type {
  CreateWorkshopResponse,
  JoinResponse,
  RunState,
  WorkshopSetupInput,
} from '@samskap/shared/workshop';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { inProcessApp } from '../testing/inProcessApp';

const csv = readFileSync(new URL('../planbehov/fixtures/planbehov-fjordvik.csv', import.meta.url));
let call: ReturnType<typeof inProcessApp>['call'];

beforeEach(() => {
  call = inProcessApp().call;
});

// The template's agenda: free, ambitions, planbehov, arguments, summary.
const template = () => planstrategiTemplate('nb', 2025);

async function create() {
  const res = await call<CreateWorkshopResponse>('POST', '/workshops', template());
  expect(res.status).toBe(201);
  const id = res.body.workshop.id;
  const f = res.body.facilitatorToken;
  return {
    id,
    code: res.body.workshop.joinCode,
    act: (action: Record<string, unknown>) => call('POST', `/workshops/${id}/actions`, action, f),
    put: (setup: WorkshopSetupInput) =>
      call<{ run: RunState; workshop: WorkshopSetupInput }>(
        'PUT',
        `/workshops/${id}/setup`,
        setup,
        f,
      ),
    base: `/workshops/${id}`,
    f,
  };
}

function withAgenda(
  change: (agenda: WorkshopSetupInput['agenda']) => WorkshopSetupInput['agenda'],
) {
  const setup = template();
  return { ...setup, agenda: change(setup.agenda) };
}

describe('changing the setup of a workshop', () => {
  it('[U1] will not take away a table people sit at, and says which', async () => {
    const w = await create();
    await call<JoinResponse>('POST', '/join', {
      code: w.code,
      role: 'folkevalgt',
      tableId: 'table-2',
    });
    const setup = template();
    const res = await w.put({ ...setup, tables: setup.tables.filter((t) => t.id !== 'table-2') });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'table_in_use', field: 'tables' });
    expect(res.body.error?.message).toContain(setup.tables[1]!.name);
    const empty = await w.put({ ...setup, tables: setup.tables.filter((t) => t.id !== 'table-6') });
    expect(empty.status).toBe(200);
  });

  it('[U2] keeps begun phases in place but lets later ones be reordered and removed', async () => {
    const w = await create();
    await w.act({ type: 'phase.next' }); // phase 2 has begun
    const removeFirst = await w.put(withAgenda((a) => a.slice(1)));
    expect(removeFirst.status).toBe(409);
    expect(removeFirst.body.error).toMatchObject({ code: 'phase_started', field: 'agenda.0' });
    const insertBefore = await w.put(
      withAgenda((a) => [{ id: 'new', title: 'Ny', minutes: 5, activity: 'free' }, ...a]),
    );
    expect(insertBefore.body.error?.code).toBe('phase_started');
    const renamed = await w.put(
      withAgenda((a) => a.map((p, i) => (i === 0 ? { ...p, title: 'Velkommen' } : p))),
    );
    expect(renamed.status).toBe(200);
    // Swap phases 4 and 5: nothing that has run moves.
    const swapped = await w.put(withAgenda((a) => [a[0]!, a[1]!, a[2]!, a[4]!, a[3]!]));
    expect(swapped.status).toBe(200);
    expect(swapped.body.run.phaseIndex).toBe(1);
  });

  it('[U3] will not change the activity of the phase that is running', async () => {
    const w = await create();
    await w.act({ type: 'phase.next' });
    const res = await w.put(
      withAgenda((a) => a.map((p, i) => (i === 1 ? { ...p, activity: 'arguments' } : p))),
    );
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'phase_running', field: 'agenda.1.activity' });
    // A phase that is not running may change its activity.
    const later = await w.put(
      withAgenda((a) => a.map((p, i) => (i === 4 ? { ...p, activity: 'ambitions' } : p))),
    );
    expect(later.status).toBe(200);
  });

  it('[U3] lets every phase change before the workshop has begun', async () => {
    const w = await create();
    const res = await w.put(
      withAgenda((a) => [
        { ...a[2]!, activity: 'planbehov' },
        a[0]!,
        { ...a[1]!, activity: 'free' },
      ]),
    );
    expect(res.status).toBe(200);
    expect(res.body.workshop.agenda.map((p) => p.activity)).toEqual(['planbehov', 'free', 'free']);
  });

  it('[U4] keeps a phase for planbehov once voting has been opened', async () => {
    const w = await create();
    const imported = await call('POST', `${w.base}/planbehov/import`, new Uint8Array(csv), w.f);
    expect(imported.status).toBe(200);
    const toFree = withAgenda((a) =>
      a.map((p) => (p.activity === 'planbehov' ? { ...p, activity: 'free' } : p)),
    );
    // Plans alone are no ballots: the phase may still go.
    expect((await w.put(toFree)).status).toBe(200);
    expect((await w.put(template())).status).toBe(200);
    const opened = await call('POST', `${w.base}/planbehov/voting`, { action: 'open' }, w.f);
    expect(opened.status).toBe(200);
    const res = await w.put(toFree);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'activity_in_use', field: 'planbehov' });
    const removed = await w.put(withAgenda((a) => a.filter((p) => p.activity !== 'planbehov')));
    expect(removed.body.error?.code).toBe('activity_in_use');
  });

  it('[U5] moves the run with its phase and gives an unstarted clock the new minutes', async () => {
    const w = await create();
    const res = await w.put(withAgenda((a) => [{ ...a[0]!, minutes: 7 }, ...a.slice(1)]));
    expect(res.body.run.phaseIndex).toBe(0);
    expect(res.body.run.timer.durationMs).toBe(7 * 60_000);
    await w.act({ type: 'timer.start' });
    const later = await w.put(withAgenda((a) => [{ ...a[0]!, minutes: 9 }, ...a.slice(1)]));
    expect(later.status).toBe(200);
    expect(later.body.run.timer.durationMs).toBe(7 * 60_000);
  });

  it('changes nothing when refused', async () => {
    const w = await create();
    await w.act({ type: 'phase.next' });
    await w.put(withAgenda((a) => a.slice(1).map((p) => ({ ...p, title: 'Endret' }))));
    const read = await call<{ workshop: WorkshopSetupInput }>('GET', w.base, undefined, w.f);
    expect(read.body.workshop.agenda.map((p) => p.title)).toEqual(
      template().agenda.map((p) => p.title),
    );
  });
});
