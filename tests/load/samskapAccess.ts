import { request } from 'node:http';
import { ambitionRootName } from '@samskap/shared/doc-model';
import { contentRoom } from '@samskap/shared/protocol';
import { AUTH_SUBPROTOCOL_PREFIX, SUBPROTOCOL, WorkshopLimits } from '@samskap/shared/workshop';

/** A workshop made on our server for the benchmark: its content room and one token per client. */
export interface WorkshopAccess {
  room: string;
  /**
   * The top-level part the clients type into: the draft of the table they sit at. A participant
   * may write only its own table's drafts (server README, [W1]); other parts would be undone.
   */
  part: string;
  /** Websocket subprotocols per client: ours takes the participant token as `auth.<token>`. */
  protocols: string[][];
}

/** One API call from a chosen local address; rejects on a status of 300 or more. */
export function callApi(
  baseUrl: string,
  method: string,
  path: string,
  body: unknown,
  localAddress: string,
  options: { token?: string; contentType?: string } = {},
): Promise<unknown> {
  const url = new URL(path, baseUrl);
  const payload =
    body === undefined
      ? undefined
      : typeof body === 'string' || body instanceof Uint8Array
        ? body
        : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        localAddress,
        headers: {
          ...(payload === undefined
            ? {}
            : {
                'content-type': options.contentType ?? 'application/json',
                'content-length': Buffer.byteLength(payload),
              }),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          if ((res.statusCode ?? 0) >= 300)
            reject(new Error(`${path}: ${res.statusCode} ${text.slice(0, 200)}`));
          else resolve(JSON.parse(text) as unknown);
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function postJson(
  baseUrl: string,
  path: string,
  body: unknown,
  localAddress: string,
): Promise<unknown> {
  return callApi(baseUrl, 'POST', path, body, localAddress);
}

async function getJson(baseUrl: string, path: string): Promise<unknown> {
  const response = await fetch(new URL(path, baseUrl));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

/** Runs `work` over `items` with at most `limit` in flight: joins are HTTP round trips. */
export async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * Creates `count` workshops from the Planstrategi template through the public API and joins
 * `perRoom` participants to each, as tablets do. Each workshop is created from its own loopback
 * address (127.0.x.y): a hundred workshops come from a hundred municipal networks, and the
 * per-network creation limit is not what (b) measures. Joins all come from 127.0.0.1, like a
 * class of tablets behind one school router.
 */
export async function openWorkshops(
  baseUrl: string,
  count: number,
  perRoom: number,
): Promise<WorkshopAccess[]> {
  const template = (await getJson(baseUrl, '/api/templates/planstrategi?language=nb')) as {
    tables: { id: string; name: string; capacity: number }[];
    focusAreas: { id: string }[];
  };
  // Enough seats for every client whatever the template's tables hold; as many as a table may
  // have at the first one, where the clients sit so that they may all write one draft.
  const perTable = Math.ceil(perRoom / template.tables.length) + 1;
  const first = template.tables[0]!;
  const firstSeats = Math.max(first.capacity, Math.min(perRoom, WorkshopLimits.tableCapacityMax));
  const setup = {
    ...template,
    tables: template.tables.map((t) => ({
      ...t,
      capacity: t === first ? firstSeats : Math.max(t.capacity, perTable),
    })),
  };
  const part = ambitionRootName(template.focusAreas[0]!.id, first.id);
  const indexes = Array.from({ length: count }, (_, i) => i);
  const created = await inBatches(indexes, 8, async (i) => {
    const address = `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;
    return (await postJson(baseUrl, '/api/workshops', setup, address)) as {
      workshop: { id: string; joinCode: string };
    };
  });
  return inBatches(created, 2, async ({ workshop }) => {
    const seats = Array.from({ length: perRoom }, (_, i) => i);
    const joined = await inBatches(seats, 10, async (i) => {
      const body = {
        code: workshop.joinCode,
        role: 'annen',
        displayName: `Benk ${i + 1}`,
        ...(i < firstSeats ? { tableId: first.id } : {}),
      };
      return (await postJson(baseUrl, '/api/join', body, '127.0.0.1')) as {
        participantToken: string;
      };
    });
    return {
      room: contentRoom(workshop.id),
      part,
      protocols: joined.map((j) => [
        SUBPROTOCOL,
        `${AUTH_SUBPROTOCOL_PREFIX}${j.participantToken}`,
      ]),
    };
  });
}
