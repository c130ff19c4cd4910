import { describe, expect, it } from 'vitest';
import { ApiRequestError, apiDownload, apiRequest } from './http';

function answer(status: number, body: unknown): typeof fetch {
  return (async () =>
    new Response(body === undefined ? null : JSON.stringify(body), { status })) as typeof fetch;
}

describe('apiRequest', () => {
  it('returns the JSON body of a successful call', async () => {
    await expect(apiRequest('/x', { fetchImpl: answer(200, { ok: 1 }) })).resolves.toEqual({
      ok: 1,
    });
  });

  it('sends the token as a bearer header and the body as JSON', async () => {
    let seen: RequestInit | undefined;
    let url = '';
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      url = String(input);
      seen = init;
      return new Response('{}', { status: 201 });
    }) as typeof fetch;
    await apiRequest('/join', { body: { a: 1 }, token: 'secret', fetchImpl });
    expect(url).toBe('/api/join');
    expect(seen?.method).toBe('POST');
    expect((seen?.headers as Record<string, string>).authorization).toBe('Bearer secret');
    expect(seen?.body).toBe('{"a":1}');
  });

  it('throws the server’s code and field for an error body', async () => {
    const error = await apiRequest('/join', {
      body: {},
      fetchImpl: answer(400, { error: { code: 'invalid_input', message: 'm', field: 'title' } }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ code: 'invalid_input', status: 400, field: 'title' });
  });

  it('calls an unreadable error answer bad_response and a failed fetch network', async () => {
    await expect(apiRequest('/x', { fetchImpl: answer(502, undefined) })).rejects.toMatchObject({
      code: 'bad_response',
      status: 502,
    });
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(apiRequest('/x', { fetchImpl: failing })).rejects.toMatchObject({
      code: 'network',
    });
  });

  it('sends bytes as they are, with their type, and any method', async () => {
    const seen: RequestInit[] = [];
    const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {});
      return new Response(null, { status: 204 });
    }) as typeof fetch;
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]).buffer;
    await apiRequest('/import', { raw: { data: bytes, contentType: 'text/csv' }, fetchImpl });
    await expect(apiRequest('/plans/1', { method: 'DELETE', token: 't', fetchImpl })).resolves.toBe(
      null,
    );
    expect(seen[0]).toMatchObject({ method: 'POST', body: bytes });
    expect((seen[0]!.headers as Record<string, string>)['content-type']).toBe('text/csv');
    expect(seen[1]).toMatchObject({ method: 'DELETE' });
  });

  it('[X2] keeps the params and details a refusal carries', async () => {
    const error = await apiRequest('/import', {
      fetchImpl: answer(400, {
        error: { code: 'import_refused', message: 'm', params: { mib: 1 }, details: { n: 2 } },
      }),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'import_refused', params: { mib: 1 }, details: { n: 2 } });
  });

  it('downloads a file with the name the server gave it, and refuses like any call', async () => {
    const fetchImpl = (async () =>
      new Response('# Utfall', {
        status: 200,
        headers: { 'content-disposition': 'attachment; filename="utfall-2025.md"' },
      })) as typeof fetch;
    const file = await apiDownload('/w/outcome/md', 'samskap.md', { token: 't', fetchImpl });
    expect(file.fileName).toBe('utfall-2025.md');
    expect(await file.blob.text()).toBe('# Utfall');
    await expect(
      apiDownload('/w/outcome/md', 'samskap.md', {
        fetchImpl: answer(403, { error: { code: 'forbidden', message: 'm' } }),
      }),
    ).rejects.toMatchObject({ code: 'forbidden', status: 403 });
  });
});
