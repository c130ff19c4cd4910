/** The shape a translation must have: the same keys as bokmål, any strings. */
export type LocaleShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]>;
};

/**
 * One feature's strings in every language. Each feature keeps its own `locales.ts` so that
 * engineers working on different features do not edit one shared file; `resources.ts` mounts
 * each under its own key. Bokmål is the source: a key missing in nn or en is a type error.
 */
export interface FeatureLocales<T> {
  readonly nb: T;
  readonly nn: LocaleShape<T>;
  readonly en: LocaleShape<T>;
}
