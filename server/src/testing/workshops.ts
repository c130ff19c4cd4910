import { ambitionRootName, PLENARY } from '@samskap/shared/doc-model';
import { contentRoom } from '@samskap/shared/protocol';
import { FJORDVIK_FOCUS_AREAS, planstrategiTemplate } from '@samskap/shared/templates';
import type {
  CreateWorkshopResponse,
  JoinRequest,
  JoinResponse,
  LiveMessage,
  LiveState,
  WorkshopSetupInput,
} from '@samskap/shared/workshop';
import { websocketProtocols } from '@samskap/shared/workshop';
import { WebSocket } from 'ws';
import { waitFor } from './waitFor';

/** A workshop made through the real API, with its three credentials. */
export interface TestWorkshop {
  id: string;
  joinCode: string;
  room: string;
  facilitatorToken: string;
  projectorToken: string;
  response: CreateWorkshopResponse;
}

export async function api<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

export async function createTestWorkshop(
  baseUrl: string,
  change: (setup: WorkshopSetupInput) => WorkshopSetupInput = (s) => s,
): Promise<TestWorkshop> {
  const res = await api<CreateWorkshopResponse>(
    baseUrl,
    'POST',
    '/workshops',
    change(planstrategiTemplate('nb', 2028)),
  );
  if (res.status !== 201)
    throw new Error(`creating a workshop failed: ${res.status} ${JSON.stringify(res.body)}`);
  const r = res.body;
  return {
    id: r.workshop.id,
    joinCode: r.workshop.joinCode,
    room: contentRoom(r.workshop.id),
    facilitatorToken: r.facilitatorToken,
    projectorToken: r.projectorToken,
    response: r,
  };
}

/**
 * Top-level parts that a test workshop's content document defines ([W3]), for tests that need
 * some shared text: the first focus area's plenary (the facilitator's, [W2]) and a table's draft
 * (its participants', [W1]). A part the model does not define is emptied by the server.
 */
export const TEST_PART = ambitionRootName(FJORDVIK_FOCUS_AREAS[0]!.id, PLENARY);
export function testTablePart(tableId: string): string {
  return ambitionRootName(FJORDVIK_FOCUS_AREAS[0]!.id, tableId);
}

export async function joinTestWorkshop(
  baseUrl: string,
  request: JoinRequest,
): Promise<JoinResponse> {
  const res = await api<JoinResponse>(baseUrl, 'POST', '/join', request);
  if (res.status !== 201)
    throw new Error(`joining failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A live-channel listener that keeps the latest state and every message. */
export interface LiveListener {
  messages: LiveMessage[];
  latest(): LiveState | null;
  closeCode: number | null;
  until(predicate: (s: LiveState) => boolean, what: string): Promise<LiveState>;
  close(): void;
}

export function listenLive(baseUrl: string, workshopId: string, token: string): LiveListener {
  const ws = new WebSocket(
    `${baseUrl.replace('http', 'ws')}/live/${workshopId}`,
    websocketProtocols(token),
  );
  const listener: LiveListener = {
    messages: [],
    closeCode: null,
    latest() {
      for (let i = this.messages.length - 1; i >= 0; i--) {
        const m = this.messages[i]!;
        if (m.type === 'state') return m.state;
      }
      return null;
    },
    async until(predicate, what) {
      await waitFor(() => {
        const s = this.latest();
        return s !== null && predicate(s);
      }, what);
      return this.latest()!;
    },
    close() {
      ws.close();
    },
  };
  ws.on('message', (data) => listener.messages.push(JSON.parse(String(data)) as LiveMessage));
  ws.on('close', (code) => {
    listener.closeCode = code;
  });
  ws.on('error', () => {});
  return listener;
}
