import type { Activity, LiveSections, WorkshopPublic } from '@samskap/shared/workshop';
import type { Principal } from '../workshops/service';
import type { ActivityWork } from '../workshops/setupRules';
import type {
  ActivityDeps,
  ActivityInstance,
  ActivityModule,
  ActivityOutcome,
  ActivityTransfer,
} from './module';
import { activityModules } from './registry';

type Registered = (typeof activityModules)[number];

/** The built activities by key, each with its own types (`activities.planbehov.service`). */
export type Activities = { [M in Registered as M['key']]: ReturnType<M['create']> };

type LiveOf<I> = I extends { live?(workshopId: string): Promise<(viewer: Principal) => infer L> }
  ? L
  : never;
type WithLive<M extends Registered> =
  ReturnType<M['create']> extends { live(workshopId: string): unknown } ? M['key'] : never;
/** The live sections as the registered modules build them. */
export type RegisteredLiveSections = {
  [M in Registered as WithLive<M>]: LiveOf<ReturnType<M['create']>>;
};

type OutcomeOf<I> = I extends { outcome?: ActivityOutcome<infer O> } ? O : never;
type WithOutcome<M extends Registered> =
  ReturnType<M['create']> extends { outcome: unknown } ? M['key'] : never;
/** The modules' parts of the outcome data (`OutcomeData[key]`). */
export type OutcomeParts = {
  [M in Registered as WithOutcome<M>]: OutcomeOf<ReturnType<M['create']>>;
};

type PartOf<I> = I extends { transfer?: ActivityTransfer<infer P> } ? P : never;
type WithTransfer<M extends Registered> =
  ReturnType<M['create']> extends { transfer: unknown } ? M['key'] : never;
/** The modules' parts of the export file (`WorkshopExport[key]`). */
export type TransferParts = {
  [M in Registered as WithTransfer<M>]: PartOf<ReturnType<M['create']>>;
};

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/**
 * [AM2] The sections the modules build are exactly the ones the client reads
 * (`LiveSections` in shared): a module whose section is missing there, or the other way
 * round, fails the typecheck here.
 */
const liveSectionsMatch: Same<RegisteredLiveSections, LiveSections> = true;
void liveSectionsMatch;

export interface BuiltActivities {
  /** By key, typed per module. */
  readonly byKey: Activities;
  /** In registry order, with their keys. */
  readonly list: ReadonlyArray<{ key: string; instance: ActivityInstance }>;
}

/** Builds every registered module once, in registry order. */
export function buildActivities(
  deps: ActivityDeps,
  modules: readonly ActivityModule[] = activityModules,
): BuiltActivities {
  const list: Array<{ key: string; instance: ActivityInstance }> = [];
  const seen = new Set<string>();
  for (const m of modules) {
    if (seen.has(m.key)) throw new Error(`Two activity modules share the key ${m.key}`);
    seen.add(m.key);
    list.push({ key: m.key, instance: m.create(deps) });
  }
  const byKey = Object.fromEntries(list.map((a) => [a.key, a.instance])) as Activities;
  return { byKey, list };
}

/** The modules' live sections: read once per push, then shaped per connection. */
export function liveSectionsOf(
  built: BuiltActivities,
): (workshopId: string) => Promise<(viewer: Principal) => LiveSections> {
  const live = built.list.filter((a) => a.instance.live !== undefined);
  return async (workshopId) => {
    const readers = await Promise.all(live.map((a) => a.instance.live!(workshopId)));
    // Honest by [AM2]: the registered sections are exactly LiveSections.
    return (viewer) =>
      Object.fromEntries(
        live.map((a, i) => [a.key, readers[i]!(viewer)]),
      ) as unknown as LiveSections;
  };
}

/**
 * Stored work per activity for the setup rules ([U4]), from every module. An activity's own
 * work (ballots, entries) names it before answers given on its texts do.
 */
export function storedWorkOf(
  built: BuiltActivities,
): (workshopId: string) => Promise<ActivityWork> {
  const sources = built.list.filter((a) => a.instance.storedWork !== undefined);
  return async (workshopId) => {
    const parts = await Promise.all(sources.map((a) => a.instance.storedWork!(workshopId)));
    const work = new Map<Activity, 'ballots' | 'entries' | 'answers'>();
    for (const part of parts) {
      for (const [activity, what] of part) {
        const had = work.get(activity);
        if (had === undefined || had === 'answers') work.set(activity, what);
      }
    }
    return work;
  };
}

/** Every module's part of the outcome data, read together. */
export function outcomePartsOf(
  built: BuiltActivities,
): (workshopId: string, workshop: WorkshopPublic) => Promise<OutcomeParts> {
  const parts = built.list.filter((a) => a.instance.outcome !== undefined);
  return async (workshopId, workshop) => {
    const read = await Promise.all(
      parts.map((a) => a.instance.outcome!.collect(workshopId, workshop)),
    );
    // Typed by construction: each key's value is its module's own outcome part.
    return Object.fromEntries(parts.map((a, i) => [a.key, read[i]])) as OutcomeParts;
  };
}

/** The modules with an export part, in registry order (the file's order of parts). */
export function transferPartsOf(
  built: BuiltActivities,
): ReadonlyArray<{ key: string; transfer: ActivityTransfer<unknown> }> {
  return built.list.flatMap((a) =>
    a.instance.transfer ? [{ key: a.key, transfer: a.instance.transfer }] : [],
  );
}
