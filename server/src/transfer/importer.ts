import type { z } from 'zod';
import type { ActivityTransfer } from '../activities/module';
import { ApiProblem } from '../errors';
import type { DocStore } from '../persistence/docStore';
import type { Storage, StorageHandle } from '../persistence/storage';
import type { WorkshopRepository } from '../workshops/repository';
import { publicView } from '../workshops/service';
import { contentRoom } from '@samskap/shared/protocol';
import { hashToken, newId, newJoinCode, newToken, projectorTokenFor } from '../workshops/tokens';
import { exportChecksum } from './exporter';
import { readAmbitions } from '../ambitions';
import { checkConsistency } from './consistency';
import type { coreExportSchema } from './format';
import { TransferLimits, workshopExportSchema, type WorkshopExport } from './format';
import { ImportRefused, refuse } from './problems';
import { applyInSandbox } from './sandbox';

export interface ImportTargets {
  storage: Storage;
  /** The workshops' and the documents' repositories inside the import's transaction. */
  workshopsIn(tx: StorageHandle): WorkshopRepository;
  storeIn(tx: StorageHandle): DocStore;
  /** The activity modules' export parts, in registry order. */
  parts: ReadonlyArray<{ key: string; transfer: ActivityTransfer<unknown> }>;
}

export interface Imported {
  workshopId: string;
  joinCode: string;
  facilitatorToken: string;
}

/** [L2] The refusal of a file over the import bound, naming the bound. */
export function fileTooLarge(maxBytes: number): ApiProblem {
  const mib = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return new ApiProblem(
    413,
    'file_too_large',
    `The file is larger than ${mib} MiB, the most this server imports.`,
    'file',
    { params: { mib }, details: { maxBytes } },
  );
}

/** What an import is checked against: the file bound [L2] and the document bound [T5]. */
export interface ImportBounds {
  maxBytes: number;
  maxDocumentBytes: number;
}

const defaultBounds: ImportBounds = {
  maxBytes: TransferLimits.fileBytesDefault,
  maxDocumentBytes: 32 * 1024 * 1024,
};

/**
 * Reads and checks a whole export [T1–T5]; any problem refuses it whole, naming what and where.
 * `content` is the shared document as re-encoded from the sandbox, never the file's own bytes.
 */
export function parseExport(
  text: string,
  parts: ImportTargets['parts'],
  bounds: ImportBounds = defaultBounds,
): { data: WorkshopExport; content: Uint8Array } {
  if (Buffer.byteLength(text) > bounds.maxBytes) throw fileTooLarge(bounds.maxBytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    refuse('not_json', '', 'the file is not complete JSON (cut off, or not an export)');
  }
  const schema = workshopExportSchema(
    Object.fromEntries(parts.map(({ key, transfer }) => [key, transfer.schema])),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ImportRefused(
      parsed.error.issues.map((issue) => ({
        problem: 'not_an_export',
        path: issue.path.join('.'),
        params: { issue: issue.code },
        message: issue.message,
      })),
    );
  }
  // [T2] Over the file as written: zod's output orders keys by schema and fills in defaults.
  const { checksum, ...body } = raw as WorkshopExport;
  if (exportChecksum(body) !== checksum)
    refuse(
      'checksum_mismatch',
      'checksum',
      'the file has been changed since it was exported (its checksum does not match)',
    );
  checkConsistency(parsed.data);
  const bytes = new Uint8Array(Buffer.from(parsed.data.content, 'base64'));
  const content = applyInSandbox(bytes, bounds.maxDocumentBytes, (doc) => {
    const { setup, run, createdAt, endedAt } = parsed.data.workshop;
    readAmbitions(doc, publicView({ id: 'import', joinCode: '', setup, run, createdAt, endedAt }));
  });
  return { data: parsed.data, content };
}

/**
 * Restores an export as a new workshop: a read-only archive with new links. Written in one
 * transaction of the storage, so a failure leaves nothing behind.
 */
export async function importWorkshop(
  t: ImportTargets,
  text: string,
  now: number,
  bounds?: ImportBounds,
): Promise<Imported> {
  const { data, content } = parseExport(text, t.parts, bounds);
  const workshopId = newId();
  const facilitatorToken = newToken();
  const ids = data.participants.map(() => newId());
  const joinCode = await t.storage.transaction(async (tx) => {
    const workshops = t.workshopsIn(tx);
    const record = {
      id: workshopId,
      setup: data.workshop.setup,
      run: data.workshop.run,
      createdAt: data.workshop.createdAt,
      endedAt: data.workshop.endedAt ?? now,
      facilitatorTokenHash: hashToken(facilitatorToken),
      projectorTokenHash: hashToken(projectorTokenFor(facilitatorToken)),
    };
    let code = newJoinCode();
    // A taken join code writes nothing: draw another.
    while (!(await workshops.insertWorkshop({ ...record, joinCode: code }))) code = newJoinCode();
    for (const [i, p] of data.participants.entries())
      // A random token nobody holds: the participants of an archive cannot sign in.
      await workshops.insertParticipant({ ...p, id: ids[i]!, workshopId }, hashToken(newToken()));
    for (const e of data.phaseLog) await workshops.logPhase(workshopId, e.phaseIndex, e.at);
    // [AM5] Each module writes its own part, inside this transaction.
    const byKey = data as unknown as Record<string, unknown>;
    for (const { key, transfer } of t.parts)
      await transfer.import(byKey[key], {
        workshopId,
        participantIds: ids,
        setup: data.workshop.setup,
        now,
        tx,
      });
    if (content.length > 2)
      // [T5] The state as the sandbox re-encoded it: only what this server could apply.
      await t
        .storeIn(tx)
        .append(contentRoom(workshopId), content, { participantId: null, at: now });
    return code;
  });
  return { workshopId, joinCode, facilitatorToken };
}

export type WorkshopExportInput = z.input<typeof coreExportSchema>;
