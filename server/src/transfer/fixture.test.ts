import { readFileSync } from 'node:fs';
import type { CreateWorkshopResponse } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { inProcessApp } from '../testing/inProcessApp';
import type { WorkshopExport } from './format';

/** An export written before the activity modules (commit 4451352), of the demo workshop. */
const fixture = readFileSync(new URL('./fixtures/export-v1.json', import.meta.url), 'utf8');

function comparable(x: WorkshopExport) {
  const { exportedAt: _at, checksum: _sum, ...rest } = x;
  return rest;
}

describe('exports written by earlier versions', () => {
  it('[AM5] an export from before the activity modules imports, and exports the same again', async () => {
    const t = inProcessApp();
    const imported = await t.app.request('/api/workshops/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: fixture,
    });
    expect(imported.status).toBe(201);
    const { workshop, facilitatorToken } = (await imported.json()) as CreateWorkshopResponse;
    const again = await t.app.request(`/api/workshops/${workshop.id}/export`, {
      headers: { authorization: `Bearer ${facilitatorToken}` },
    });
    expect(again.status).toBe(200);
    const before = JSON.parse(fixture) as WorkshopExport;
    const after = JSON.parse(await again.text()) as WorkshopExport;
    expect(comparable(after)).toEqual(comparable(before));
    // Key order too: the checksum is over the file as written.
    expect(Object.keys(after)).toEqual(Object.keys(before));
  });
});
