import { describe, expect, it } from 'vitest';
import { ApiRequestError, apiRequest } from './http';

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
});
