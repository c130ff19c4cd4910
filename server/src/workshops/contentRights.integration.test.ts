import {
  ambitionFragment,
  ambitionText,
  PLENARY,
  promoteToPlenary,
  readAmbitionsDisplay,
  richJsonToYXml,
  writeAmbitionsDisplay,
} from '@samskap/shared/doc-model';
import { MessageType } from '@samskap/shared/protocol';
import { FJORDVIK_FOCUS_AREAS } from '@samskap/shared/templates';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { connectClient, openRawSocket, type TestClient } from '../testing/clients';
import { spawnServer, type SpawnedServer } from '../testing/spawnServer';
import { waitFor } from '../testing/waitFor';
import {
  api,
  createTestWorkshop,
  joinTestWorkshop,
  listenLive,
  type TestWorkshop,
} from '../testing/workshops';

/*
 * [W1]–[W5] on the socket: a participant who writes y-websocket frames by hand can change only
 * its own table's drafts. Each forbidden write is undone for everyone, in memory, in storage and
 * after a restart, and the same socket's next edit to its own table still arrives.
 */

const AREA = FJORDVIK_FOCUS_AREAS[0]!.id;
const PLENARY_TEXT = 'Alle barn skal ha en trygg skolevei innen 2028.';
const TABLE_2_TEXT = 'Bord 2 sitt utkast';
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

let server: SpawnedServer;
const clients: TestClient[] = [];
const sockets: WebSocket[] = [];

beforeAll(async () => {
  server = await spawnServer();
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const ws of sockets) ws.close();
  await server.stop();
  server.cleanup();
});

function client(s: SpawnedServer, room: string, token: string): TestClient {
  const c = connectClient(s.syncUrl, room, token);
  clients.push(c);
  return c;
}

function syncFrame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  write(e);
  return encoding.toUint8Array(e);
}

/**
 * A tablet driven frame by frame, as a script on a raw socket would: it answers the server's
 * sync step 1, applies what it is sent, and sends each change to its document as an update
 * frame of its own making. The document only builds the updates; no provider is involved.
 */
interface RawTablet {
  doc: Y.Doc;
  /** Sends an update frame as it is, whatever the tablet's own document holds. */
  sendUpdate(update: Uint8Array): void;
}

async function rawTablet(s: SpawnedServer, room: string, token: string): Promise<RawTablet> {
  const ws = await openRawSocket(s.syncUrl, room, token);
  sockets.push(ws);
  const doc = new Y.Doc();
  let synced = false;
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MessageType.sync) return;
    const reply = encoding.createEncoder();
    encoding.writeVarUint(reply, MessageType.sync);
    const kind = syncProtocol.readSyncMessage(decoder, reply, doc, 'server');
    if (kind === syncProtocol.messageYjsSyncStep2) synced = true;
    if (encoding.length(reply) > 1) ws.send(encoding.toUint8Array(reply));
  });
  const sendUpdate = (update: Uint8Array) =>
    ws.send(syncFrame((e) => syncProtocol.writeUpdate(e, update)));
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'server') sendUpdate(update);
  });
  ws.send(syncFrame((e) => syncProtocol.writeSyncStep1(e, doc)));
  await waitFor(() => synced, 'raw tablet synced');
  return { doc, sendUpdate };
}

interface Scene {
  w: TestWorkshop;
  attacker: RawTablet;
  /** A participant at table 2 with a stock client: the victim who must see the original. */
  bystander: TestClient;
  facilitator: TestClient;
  attackerId: string;
}

/** A workshop whose plenary, table 2's draft and display choice the facilitator has written. */
async function scene(s: SpawnedServer = server): Promise<Scene> {
  const w = await createTestWorkshop(s.url);
  const facilitator = client(s, w.room, w.facilitatorToken);
  await waitFor(() => facilitator.provider.synced, 'facilitator synced');
  ambitionFragment(facilitator.doc, AREA, PLENARY).insert(
    0,
    richJsonToYXml([paragraph(PLENARY_TEXT)]),
  );
  ambitionFragment(facilitator.doc, AREA, 'table-2').insert(
    0,
    richJsonToYXml([paragraph(TABLE_2_TEXT)]),
  );
  writeAmbitionsDisplay(facilitator.doc, { focusAreaId: AREA, show: 'plenary' });
  const [mine, theirs] = await Promise.all([
    joinTestWorkshop(s.url, { code: w.joinCode, role: 'folkevalgt', tableId: 'table-1' }),
    joinTestWorkshop(s.url, { code: w.joinCode, role: 'administrasjon', tableId: 'table-2' }),
  ]);
  const bystander = client(s, w.room, theirs.participantToken);
  await waitFor(
    () => readAmbitionsDisplay(bystander.doc).show === 'plenary',
    'bystander has the facilitator’s state',
  );
  const attacker = await rawTablet(s, w.room, mine.participantToken);
  expect(ambitionText(attacker.doc, AREA, PLENARY)).toBe(PLENARY_TEXT);
  return { w, attacker, bystander, facilitator, attackerId: mine.participant.id };
}

/** What everyone must still see after an attack. */
function original(doc: Y.Doc): boolean {
  const display = readAmbitionsDisplay(doc);
  return (
    ambitionText(doc, AREA, PLENARY) === PLENARY_TEXT &&
    ambitionText(doc, AREA, 'table-2') === TABLE_2_TEXT &&
    display.focusAreaId === AREA &&
    display.show === 'plenary'
  );
}

/**
 * [W5] The attacker's next edit to its own table reaches the bystander (it was not left waiting
 * on the server behind the refused one); by then the bystander has the undo too ([S3], [S8]).
 * Then the attacker's own copy, a late joiner and the stored state all show the original.
 */
async function expectUndoneAndNotStranded(s: SpawnedServer, { w, attacker, bystander }: Scene) {
  const marker = `Vårt bord ${Math.random()}`;
  ambitionFragment(attacker.doc, AREA, 'table-1').insert(0, richJsonToYXml([paragraph(marker)]));
  await waitFor(
    () => ambitionText(bystander.doc, AREA, 'table-1').includes(marker),
    'the attacker’s own-table edit arrives',
  );
  expect(original(bystander.doc)).toBe(true);
  await waitFor(() => original(attacker.doc), 'the attacker’s own copy is set back');
  const late = client(s, w.room, w.facilitatorToken);
  await waitFor(() => late.provider.synced, 'late joiner synced');
  expect(original(late.doc)).toBe(true);
  expect(ambitionText(late.doc, AREA, 'table-1')).toContain(marker);
}

describe('write rights on raw y-websocket frames', () => {
  it("[W1] a participant's overwrite of another table's draft is undone for everyone", async () => {
    const sc = await scene();
    const other = ambitionFragment(sc.attacker.doc, AREA, 'table-2');
    sc.attacker.doc.transact(() => {
      other.delete(0, other.length);
      other.insert(0, richJsonToYXml([paragraph('Overskrevet av bord 1')]));
    });
    await expectUndoneAndNotStranded(server, sc);
  });

  it("[W2] a participant's deletion of the facilitator's plenary text is undone for everyone", async () => {
    const sc = await scene();
    const plenary = ambitionFragment(sc.attacker.doc, AREA, PLENARY);
    plenary.delete(0, plenary.length);
    await expectUndoneAndNotStranded(server, sc);
  });

  it('[W2] a block forged as promoted "(fra Bord 3)" never reaches the outcome', async () => {
    const sc = await scene();
    promoteToPlenary(sc.attacker.doc, {
      focusAreaId: AREA,
      tableId: 'table-3',
      tableName: 'Bord 3',
      blocks: [paragraph('Falsk ambisjon')],
      at: Date.now(),
    });
    await expectUndoneAndNotStranded(server, sc);
    const outcome = await fetch(`${server.url}/api/workshops/${sc.w.id}/outcome/md`, {
      headers: { authorization: `Bearer ${sc.w.facilitatorToken}` },
    });
    const md = await outcome.text();
    expect(outcome.status).toBe(200);
    expect(md).toContain(PLENARY_TEXT);
    expect(md).not.toContain('(fra Bord 3)');
    expect(md).not.toContain('Falsk ambisjon');
  });

  it('[W2] a participant cannot switch what the projector shows', async () => {
    const sc = await scene();
    writeAmbitionsDisplay(sc.attacker.doc, { focusAreaId: null, show: 'tables' });
    await expectUndoneAndNotStranded(server, sc);
  });

  it('[W3] top-level content the model does not define is emptied for everyone', async () => {
    const sc = await scene();
    // A part of its own, named by hand as an attacker would.
    sc.attacker.doc.getText('egen-del').insert(0, 'Mitt eget innhold');
    await expectUndoneAndNotStranded(server, sc);
    expect(sc.bystander.doc.getText('egen-del').toString()).toBe('');
  });

  it('[W1] a participant moved to another table writes there from then on, and no longer at its old one', async () => {
    const sc = await scene();
    const live = listenLive(server.url, sc.w.id, sc.w.facilitatorToken);
    try {
      const moved = await api(
        server.url,
        'POST',
        `/workshops/${sc.w.id}/actions`,
        { type: 'participant.move', participantId: sc.attackerId, tableId: 'table-2' },
        sc.w.facilitatorToken,
      );
      expect(moved.status).toBe(200);
      // The tablet offers the new table's draft once its state says so; the write gate is
      // refreshed on the same event.
      await live.until(
        (state) =>
          state.participants.some((p) => p.id === sc.attackerId && p.tableId === 'table-2'),
        'the move is published',
      );
    } finally {
      live.close();
    }
    sc.attacker.doc.transact(() => {
      ambitionFragment(sc.attacker.doc, AREA, 'table-1').insert(0, [new Y.XmlText('Gammelt')]);
      ambitionFragment(sc.attacker.doc, AREA, 'table-2').insert(0, [new Y.XmlText('Nytt bord ')]);
    });
    await waitFor(
      () => ambitionText(sc.bystander.doc, AREA, 'table-2').startsWith('Nytt bord'),
      'the write at the new table arrives',
    );
    expect(ambitionText(sc.bystander.doc, AREA, 'table-1')).toBe('');
    await waitFor(
      () => ambitionText(sc.attacker.doc, AREA, 'table-1') === '',
      'the write at the old table is set back',
    );
  });

  it("[W7] deletions of the facilitator's next edits, sent ahead by a participant, never apply", async () => {
    const sc = await scene();
    // Posing as the facilitator's client (its id is in every update it sent), the attacker
    // types ahead of it and deletes that, and sends only the deletions in one frame.
    const forger = new Y.Doc();
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(sc.attacker.doc));
    // Set after loading: Yjs gives a doc a new id when a remote update carries its own.
    forger.clientID = sc.facilitator.doc.clientID;
    const ahead = ambitionFragment(forger, AREA, PLENARY);
    ahead.insert(ahead.length, [new Y.XmlText('x'.repeat(200))]);
    ahead.delete(ahead.length - 1, 1);
    const deletionsOnly = Y.encodeStateAsUpdate(forger, Y.encodeStateVector(forger));
    sc.attacker.sendUpdate(deletionsOnly);
    await expectUndoneAndNotStranded(server, sc);
    // The facilitator's next paragraph arrives whole.
    const plenary = ambitionFragment(sc.facilitator.doc, AREA, PLENARY);
    plenary.insert(plenary.length, richJsonToYXml([paragraph('Neste avsnitt i plenum')]));
    await waitFor(
      () => ambitionText(sc.bystander.doc, AREA, PLENARY).endsWith('Neste avsnitt i plenum'),
      'the facilitator’s next paragraph arrives',
    );
    const late = client(server, sc.w.room, sc.w.facilitatorToken);
    await waitFor(() => late.provider.synced, 'late joiner synced');
    expect(ambitionText(late.doc, AREA, PLENARY)).toBe(`${PLENARY_TEXT}\nNeste avsnitt i plenum`);
  });

  it('[W4] after a restart the stored state shows the original, and the attacker still writes its own table', async () => {
    const s = await spawnServer();
    try {
      const sc = await scene(s);
      const plenary = ambitionFragment(sc.attacker.doc, AREA, PLENARY);
      sc.attacker.doc.transact(() => {
        plenary.delete(0, plenary.length);
        sc.attacker.doc.getText('egen-del').insert(0, 'Mitt eget innhold');
        writeAmbitionsDisplay(sc.attacker.doc, { focusAreaId: null, show: 'tables' });
      });
      await expectUndoneAndNotStranded(s, sc);
      await s.stop();
      const again = await spawnServer({ dataDir: s.dataDir });
      try {
        const fresh = client(again, sc.w.room, sc.w.facilitatorToken);
        await waitFor(() => fresh.provider.synced, 'synced after restart');
        expect(original(fresh.doc)).toBe(true);
        expect(fresh.doc.getText('egen-del').toString()).toBe('');
      } finally {
        await again.stop();
      }
    } finally {
      s.cleanup();
    }
  });

  it('[W2] the facilitator writes the plenary and, for the gap template, any table', async () => {
    const { w, bystander } = await scene();
    const facilitator = await rawTablet(server, w.room, w.facilitatorToken);
    ambitionFragment(facilitator.doc, AREA, 'table-2').insert(0, [new Y.XmlText('Innspill')]);
    ambitionFragment(facilitator.doc, AREA, PLENARY).insert(0, [new Y.XmlText('Felles')]);
    await waitFor(
      () =>
        ambitionText(bystander.doc, AREA, 'table-2').startsWith('Innspill') &&
        ambitionText(bystander.doc, AREA, PLENARY).startsWith('Felles'),
      'facilitator edits arrive',
    );
  });
});
