import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '../../api/http';
import { importOppdrag, OppdragImportRefusedError } from './api';

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(() =>
    Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the oppdrag import on the shared API client', () => {
  it('sends the raw bytes as text/csv with the token, and answers the count', async () => {
    const fetchMock = answer(200, { imported: 16 });
    const bytes = new TextEncoder().encode('type;tittel\n').buffer;
    await expect(importOppdrag('w 1', 'tok', bytes)).resolves.toEqual({ imported: 16 });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/workshops/w%201/oppdrag/import');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(bytes);
    expect(init.headers).toMatchObject({
      authorization: 'Bearer tok',
      'content-type': 'text/csv',
    });
  });

  it('turns a refused file into its problems, keeping only those it understands', async () => {
    const problem = {
      line: 3,
      field: 'mål',
      code: 'unknown_goal',
      params: { value: 'S9-4' },
      message: 'The samfunnsdel has no goal S9-4.',
    };
    answer(400, {
      error: {
        code: 'import_refused',
        message: 'Line 3: The samfunnsdel has no goal S9-4.',
        details: { problems: [problem, { line: 'x', code: 'nonsense' }] },
      },
    });
    const refused = await importOppdrag('w', 't', new ArrayBuffer(1)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OppdragImportRefusedError);
    expect((refused as OppdragImportRefusedError).problems).toEqual([problem]);
  });

  it('passes other refusals on as they are', async () => {
    answer(409, { error: { code: 'workshop_ended', message: 'The workshop has ended.' } });
    const error = await importOppdrag('w', 't', new ArrayBuffer(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).not.toBeInstanceOf(OppdragImportRefusedError);
    expect((error as ApiRequestError).code).toBe('workshop_ended');
  });
});
