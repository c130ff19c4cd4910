import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Page } from '@playwright/test';
import type { BallotInput, PlanbehovView } from '@samskap/shared/planbehov';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';

const fixtures = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'server',
  'src',
  'planbehov',
  'fixtures',
);

/** A planbehov CSV fixture from the server's tests, by file name. */
export function planbehovFixture(name: string): string {
  return join(fixtures, name);
}

function auth(token: string) {
  return { authorization: `Bearer ${token}` };
}

async function ok(response: { ok(): boolean; status(): number; text(): Promise<string> }) {
  if (!response.ok()) throw new Error(`${response.status()}: ${await response.text()}`);
}

/** Imports a fixture file through the API, as the console does: raw bytes, text/csv. */
export async function importPlansByApi(
  request: APIRequestContext,
  created: CreateWorkshopResponse,
  fixture: string,
): Promise<PlanbehovView> {
  const response = await request.post(`/api/workshops/${created.workshop.id}/planbehov/import`, {
    data: readFileSync(planbehovFixture(fixture)),
    headers: { ...auth(created.facilitatorToken), 'content-type': 'text/csv' },
  });
  await ok(response);
  return ((await response.json()) as { view: PlanbehovView }).view;
}

export async function facilitatorAct(
  request: APIRequestContext,
  created: CreateWorkshopResponse,
  path: 'actions' | 'planbehov/voting',
  data: unknown,
): Promise<void> {
  await ok(
    await request.post(`/api/workshops/${created.workshop.id}/${path}`, {
      data,
      headers: auth(created.facilitatorToken),
    }),
  );
}

/** Casts one participant's ballot through the API (the other voters of a larger council). */
export async function castByApi(
  request: APIRequestContext,
  joined: JoinResponse,
  planId: string,
  ballot: BallotInput,
): Promise<void> {
  await ok(
    await request.put(`/api/workshops/${joined.workshopId}/planbehov/ballots/${planId}`, {
      data: ballot,
      headers: auth(joined.participantToken),
    }),
  );
}

/** Opens the tablet view as a participant joined by the API, the way a joined tablet reloads. */
export async function openTabletAs(page: Page, joined: JoinResponse): Promise<void> {
  await page.goto('/');
  await page.evaluate(
    (credential) => {
      localStorage.setItem('samskap.participant', JSON.stringify(credential));
    },
    { workshopId: joined.workshopId, participantToken: joined.participantToken },
  );
  await page.goto(`/w/${joined.workshopId}`);
}
