import type { Block } from '@samskap/shared/outcome';
import type { Language, WorkshopPublic, WorkshopSetup } from '@samskap/shared/workshop';
import type { Hono } from 'hono';
import type { z } from 'zod';
import type { Logger } from '../log';
import type { OutcomeData } from '../outcome/collect';
import type { DocStore } from '../persistence/docStore';
import type { Storage, StorageHandle } from '../persistence/storage';
import type { Env } from '../workshops/authMiddleware';
import type { WorkshopRecord } from '../workshops/repository';
import type { Principal, WorkshopService } from '../workshops/service';
import type { ActivityWork } from '../workshops/setupRules';
import type { ArchivedPart } from './archive';

/**
 * What `composeApp()` hands every activity module when it builds it: the storage (a module
 * builds its repository on SQLite or PostgreSQL with `repositories()`, and owns its tables),
 * the workshops (rights, run state, events), the store of shared documents, and its part of an
 * imported workshop's archive.
 */
export interface ActivityDeps {
  readonly storage: Storage;
  readonly workshops: WorkshopService;
  readonly store: DocStore;
  readonly log: Logger;
  /**
   * What an imported workshop shows in place of ballots or answers it never had, under the
   * given name (one JSON object per workshop holds every module's part).
   */
  archived<T>(part: string): ArchivedPart<T>;
}

/** Who a live section is shaped for: the facilitator, a participant (with table), a projector. */
export type LiveViewer = Principal;

/** What the exporter tells a module: the workshop and each participant's index in the file. */
export interface ExportContext {
  readonly workshop: WorkshopRecord;
  /** Participant id → index into the export's `participants` (ids never leave the server). */
  readonly participantIndex: ReadonlyMap<string, number>;
}

/** What the importer tells a module: the new workshop and its participants' new ids. */
export interface ImportContext {
  readonly workshopId: string;
  /** Index in the export's `participants` → the new participant id. */
  readonly participantIds: readonly string[];
  /** The imported workshop's setup (goals, tables), for a part that refers to them. */
  readonly setup: WorkshopSetup;
  readonly now: number;
  /** The import's one transaction: a module writes its part through repositories on it. */
  readonly tx: StorageHandle;
}

/** A module's part of the export file, under the module's key ([AM3]). */
export interface ActivityTransfer<Part> {
  /** Checks the part of an import file; a failure refuses the whole file, naming the path. */
  readonly schema: z.ZodType<Part>;
  export(workshopId: string, ctx: ExportContext): Promise<Part>;
  /**
   * Writes the part for a new (imported) workshop, through repositories on `ctx.tx`: the
   * import's one transaction, so a refusal anywhere leaves nothing behind. It waits on nothing
   * but those repositories (see `Storage.transaction`).
   */
  import(part: Part, ctx: ImportContext): Promise<void>;
}

/** A module's part of the outcome documents (`OutcomeData[key]`): aggregates only. */
export interface ActivityOutcome<Part> {
  collect(workshopId: string, workshop: WorkshopPublic): Promise<Part>;
}

/**
 * `brief`: the summary phase's version of a section, for the shared screens: the latest round
 * only and no plan list; syntheses and open conflicts without the positions behind them.
 */
export interface SectionOptions {
  readonly brief?: boolean;
}

/**
 * A module's section of the outcome documents ([AM7]): blocks built from the outcome data alone
 * (a pure function, no storage), in the given language. The documents print every module's
 * section in registry order; the summary phase prints the brief version of those `inSummary`.
 */
export interface OutcomeSection {
  blocks(d: OutcomeData, language: Language, options: SectionOptions): Block[];
  readonly inSummary?: boolean;
}

/** A built activity: every part is optional, and lives in the activity's own folder. */
export interface ActivityInstance<
  Service = unknown,
  Live = unknown,
  Outcome = unknown,
  Part = unknown,
> {
  /** The activity's service, for other code through the module's entry (and for tests). */
  readonly service: Service;
  /** Its HTTP routes, mounted under /api. */
  readonly routes?: Hono<Env>;
  /**
   * Its section of the live state (`LiveState[key]`): read once per push, then shaped for each
   * connection (e.g. a pending argument is its author's and the facilitator's only).
   */
  live?(workshopId: string): Promise<(viewer: LiveViewer) => Live>;
  readonly outcome?: ActivityOutcome<Outcome>;
  readonly transfer?: ActivityTransfer<Part>;
  /**
   * What a workshop has stored for the setup rules ([U4]): an activity with stored work keeps a
   * phase. May name other activities (consent answers keep ambitions and arguments).
   */
  storedWork?(workshopId: string): Promise<ActivityWork>;
}

/**
 * One activity of the server: its key (the name of its section in the live state, the outcome
 * data and the export file) and how to build it. Registered with one line in `registry.ts`.
 */
export interface ActivityModule<
  Key extends string = string,
  Instance extends ActivityInstance = ActivityInstance,
> {
  readonly key: Key;
  create(deps: ActivityDeps): Instance;
  /** Its section of the outcome documents, if it has one. */
  readonly outcomeSection?: OutcomeSection;
}

/** Declares a module with its types inferred (its key as a literal type). */
export function defineActivity<const Key extends string, Instance extends ActivityInstance>(
  module: ActivityModule<Key, Instance>,
): ActivityModule<Key, Instance> {
  return module;
}
