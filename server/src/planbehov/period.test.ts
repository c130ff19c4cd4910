import type { PlanbehovView } from '@samskap/shared/planbehov';
import { outOfPeriodProposals } from '@samskap/shared/planbehov';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse, WorkshopPublic } from '@samskap/shared/workshop';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inProcessApp } from '../testing/inProcessApp';

const fjordvik = new Uint8Array(
  readFileSync(new URL('./fixtures/planbehov-fjordvik.csv', import.meta.url)),
);

async function workshopFrom(year: number) {
  const { call } = inProcessApp();
  const w = (
    await call<CreateWorkshopResponse>('POST', '/workshops', planstrategiTemplate('nb', year))
  ).body;
  const id = w.workshop.id;
  const f = w.facilitatorToken;
  const base = `/workshops/${id}/planbehov`;
  expect((await call('POST', `${base}/import`, fjordvik, f)).status).toBe(200);
  const period = async () =>
    (await call<{ workshop: WorkshopPublic }>('GET', `/workshops/${id}`, undefined, f)).body
      .workshop.period;
  return { call, w, f, base, period };
}

describe('years the list proposes outside the period', () => {
  it('[P3] the facilitator widens the period so that the proposed years can be chosen', async () => {
    const { call, w, f, base, period } = await workshopFrom(2027);
    expect(await period()).toEqual({ start: 2027, end: 2030 });
    const plans = (await call<PlanbehovView>('GET', base, undefined, f)).body.plans;
    expect(outOfPeriodProposals(plans, await period()).length).toBeGreaterThan(0);

    expect((await call('POST', `${base}/widen-period`, {}, w.projectorToken)).status).toBe(403);
    const widened = await call<{ period: unknown }>('POST', `${base}/widen-period`, {}, f);
    expect(widened.status).toBe(200);
    expect(widened.body.period).toEqual({ start: 2024, end: 2030 });
    expect(await period()).toEqual({ start: 2024, end: 2030 });
    expect(outOfPeriodProposals(plans, await period())).toEqual([]);
  });

  it('[P3] changes nothing where every proposed year is already in the period', async () => {
    const { call, f, base, period } = await workshopFrom(2024);
    const before = await period();
    const res = await call<{ period: unknown }>('POST', `${base}/widen-period`, {}, f);
    expect(res.body.period).toEqual(before);
    expect(await period()).toEqual(before);
  });
});
