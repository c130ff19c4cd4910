import * as Y from 'yjs';
import type { z } from 'zod';
import type { ArgumentsRepository } from '../arguments/repository';
import type { StoredEntry } from '../arguments/state';
import { ApiProblem } from '../errors';
import type { SqliteDatabase } from '../persistence/database';
import type { DocStore } from '../persistence/docStore';
import type { PlanbehovRepository } from '../planbehov/repository';
import type { WorkshopRepository } from '../workshops/repository';
import { contentRoom } from '../workshops/syncAuth';
import { hashToken, newId, newJoinCode, newToken, projectorTokenFor } from '../workshops/tokens';
import type { ArchiveStore } from './archive';
import { exportChecksum } from './exporter';
import { TransferLimits, workshopExportSchema, type WorkshopExport } from './format';

export interface ImportTargets {
  db: SqliteDatabase;
  workshops: WorkshopRepository;
  plans: PlanbehovRepository;
  argumentsRepo: ArgumentsRepository;
  archive: ArchiveStore;
  store: DocStore;
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
    { maxBytes },
  );
}

function refuse(message: string, field?: string): never {
  throw new ApiProblem(400, 'import_invalid', message, field);
}

/** Everything that refers to something else in the file must find it there. */
function crossCheck(x: WorkshopExport): void {
  const tables = new Set(x.workshop.setup.tables.map((t) => t.id));
  x.participants.forEach((p, i) => {
    if (!tables.has(p.tableId))
      refuse(`participants.${i}.tableId: no such table in the setup`, `participants.${i}.tableId`);
  });
  if (x.workshop.run.phaseIndex >= x.workshop.setup.agenda.length)
    refuse('workshop.run.phaseIndex: past the agenda', 'workshop.run.phaseIndex');
  const plans = new Set(x.planbehov.plans.map((p) => p.id));
  if (plans.size !== x.planbehov.plans.length)
    refuse('planbehov.plans: two plans share an id', 'planbehov.plans');
  x.planbehov.rounds.forEach((r, i) => {
    if (r.plans.some((p) => !plans.has(p.planId)))
      refuse(`planbehov.rounds.${i}: a result for a plan not in the list`, `planbehov.rounds.${i}`);
  });
  const a = x.arguments;
  const questions = new Set(a.questions.map((q) => q.id));
  const entries = new Set(a.entries.map((e) => e.id));
  a.entries.forEach((e, i) => {
    const at = `arguments.entries.${i}`;
    if (!questions.has(e.questionId))
      refuse(`${at}.questionId: no such question`, `${at}.questionId`);
    if (e.parentId !== null && !entries.has(e.parentId))
      refuse(`${at}.parentId: no such entry`, `${at}.parentId`);
    if (e.author !== null && e.author >= x.participants.length)
      refuse(`${at}.author: no such participant`, `${at}.author`);
  });
  a.conflicts.forEach((c, i) => {
    if (!c.positionIds.every((p) => entries.has(p)))
      refuse(
        `arguments.conflicts.${i}.positionIds: no such entry`,
        `arguments.conflicts.${i}.positionIds`,
      );
  });
}

/** Reads and checks a whole export; any problem refuses it whole, naming where. */
export function parseExport(
  text: string,
  maxBytes: number = TransferLimits.fileBytesDefault,
): { data: WorkshopExport; content: Uint8Array } {
  if (Buffer.byteLength(text) > maxBytes) throw fileTooLarge(maxBytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    refuse('The file is not complete JSON (cut off, or not an export).');
  }
  const parsed = workshopExportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join('.');
    refuse(`${path || 'file'}: ${issue.message}`, path || undefined);
  }
  // Over the file as written: zod's output orders keys by schema and fills in defaults.
  const { checksum, ...body } = raw as WorkshopExport;
  if (exportChecksum(body) !== checksum)
    refuse(
      'The file has been changed since it was exported (its checksum does not match).',
      'checksum',
    );
  crossCheck(parsed.data);
  const content = new Uint8Array(Buffer.from(parsed.data.content, 'base64'));
  try {
    Y.decodeUpdate(content);
  } catch {
    refuse('content: the shared document cannot be read', 'content');
  }
  return { data: parsed.data, content };
}

/**
 * Restores an export as a new workshop: a read-only archive with new links. Written in one
 * SQLite transaction, so a failure leaves nothing behind. (The SQLite repositories do their
 * work synchronously, before their promises resolve, which is what makes this one transaction.)
 */
export function importWorkshop(
  t: ImportTargets,
  text: string,
  now: number,
  maxBytes?: number,
): Imported {
  const { data, content } = parseExport(text, maxBytes);
  const workshopId = newId();
  const facilitatorToken = newToken();
  let joinCode = newJoinCode();
  const taken = t.db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM workshops WHERE join_code = ?',
  );
  while (taken.get(joinCode)) joinCode = newJoinCode();
  const ids = data.participants.map(() => newId());
  t.db.transaction(() => {
    void t.workshops.insertWorkshop({
      id: workshopId,
      joinCode,
      setup: data.workshop.setup,
      run: data.workshop.run,
      createdAt: data.workshop.createdAt,
      endedAt: data.workshop.endedAt ?? now,
      facilitatorTokenHash: hashToken(facilitatorToken),
      projectorTokenHash: hashToken(projectorTokenFor(facilitatorToken)),
    });
    data.participants.forEach((p, i) => {
      // A random token nobody holds: the participants of an archive cannot sign in.
      void t.workshops.insertParticipant({ ...p, id: ids[i]!, workshopId }, hashToken(newToken()));
    });
    for (const e of data.phaseLog) void t.workshops.logPhase(workshopId, e.phaseIndex, e.at);
    void t.plans.replacePlans(workshopId, data.planbehov.plans);
    void t.plans.saveVoting(workshopId, data.planbehov.voting);
    const entries: StoredEntry[] = data.arguments.entries.map(({ author, supports, ...e }) => ({
      ...e,
      authorId: author === null ? null : ids[author]!,
      supporters: Array.from({ length: supports }, (_, i) => `archived-${i}`),
    }));
    void t.argumentsRepo.save(workshopId, { ...data.arguments, entries });
    void t.archive.put(workshopId, { rounds: data.planbehov.rounds, consent: data.consent });
    if (content.length > 2)
      void t.store.append(contentRoom(workshopId), content, { participantId: null, at: now });
  })();
  return { workshopId, joinCode, facilitatorToken };
}

export type WorkshopExportInput = z.input<typeof workshopExportSchema>;
