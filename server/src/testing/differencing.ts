/**
 * An attacker's search for single answers in published aggregates, for the disclosure property
 * test ([D1]–[D6] in the server README). It knows only what was shown and the public fact that
 * roles are disjoint groups whose union is "all". Every shown tally is a vector of counts over a
 * set of answers (component 0 is the number of answers); subtracting a tally of a subset from a
 * tally of its superset gives the tally of the answers in between. Where that difference counts
 * 1 or 2 answers, those answers are isolated: a leak.
 */

export const ROLE_MASK = { folkevalgt: 1, administrasjon: 2, annen: 4 } as const;
export const ALL_MASK = 7;

/** One published aggregate: the answers of the roles in `mask` to `question`, at step `t`. */
export interface Seen {
  question: string;
  mask: number;
  vec: number[];
  t: number;
  where: string;
  /** Counts of people, not answers (turnout): differences over time are not answers. */
  peopleOnly?: boolean;
}

export interface Leak {
  question: string;
  how: string;
  answers: number;
}

const minus = (a: number[], b: number[]) => a.map((x, i) => x - (b[i] ?? 0));
const nonNegative = (v: number[]) => v.every((x) => x >= 0);
const isolates = (n: number) => n > 0 && n < 3;

/** Everything derivable at one step by subtracting a shown group from a shown group containing it. */
function closure(items: Seen[]): Seen[] {
  const out = new Map<string, Seen>();
  const key = (s: Seen) => `${s.mask}:${s.vec.join(',')}`;
  for (const s of items) out.set(key(s), s);
  let grew = true;
  while (grew) {
    grew = false;
    const list = [...out.values()];
    for (const a of list)
      for (const b of list) {
        if (a === b || (a.mask & b.mask) !== b.mask || a.mask === b.mask) continue;
        const d: Seen = {
          ...a,
          mask: a.mask & ~b.mask,
          vec: minus(a.vec, b.vec),
          where: `${a.where} − ${b.where}`,
        };
        if (!out.has(key(d))) {
          out.set(key(d), d);
          grew = true;
        }
      }
  }
  return [...out.values()];
}

/** Every way the published numbers single out one or two answers. */
export function findLeaks(seen: Seen[]): Leak[] {
  const leaks: Leak[] = [];
  const byQuestion = new Map<string, Seen[]>();
  for (const s of seen) byQuestion.set(s.question, [...(byQuestion.get(s.question) ?? []), s]);
  for (const [question, items] of byQuestion) {
    const steps = new Map<number, Seen[]>();
    for (const s of items) steps.set(s.t, [...(steps.get(s.t) ?? []), s]);
    const derived: Seen[] = [];
    for (const group of steps.values()) derived.push(...closure(group));
    for (const d of derived) {
      // A total of people who voted is no one's answer; its splits by role are held to [D4].
      if (d.peopleOnly && d.mask === ALL_MASK) continue;
      if (isolates(d.vec[0]!)) leaks.push({ question, how: d.where, answers: d.vec[0]! });
    }
    if (items.some((s) => s.peopleOnly)) continue;
    // Across time: the same or a smaller group shown at another step.
    const distinct = new Map<string, Seen>();
    for (const d of derived) distinct.set(`${d.mask}:${d.vec.join(',')}`, d);
    const pool = [...distinct.values()];
    for (const a of pool)
      for (const b of pool) {
        if (a === b || a.t === b.t || (a.mask & b.mask) !== b.mask) continue;
        const d = minus(a.vec, b.vec);
        if (nonNegative(d) && isolates(d[0]!)) {
          leaks.push({
            question,
            how: `${a.where} @${a.t} − ${b.where} @${b.t}`,
            answers: d[0]!,
          });
        }
      }
  }
  return leaks;
}

/** A shown list of comments must never change (a change attributes) and needs ≥ 3 answers. */
export function findCommentLeaks(
  lists: Array<{ question: string; t: number; comments: string[] }>,
  seen: Seen[],
): Leak[] {
  const leaks: Leak[] = [];
  const first = new Map<string, string>();
  for (const l of lists) {
    const text = JSON.stringify([...l.comments].sort());
    const before = first.get(l.question);
    if (before === undefined) first.set(l.question, text);
    else if (before !== text)
      leaks.push({ question: l.question, how: 'comment list changed', answers: 1 });
    const all = seen.find((s) => s.question === l.question && s.t === l.t && s.mask === ALL_MASK);
    if (l.comments.length > 0 && (!all || all.vec[0]! < 3)) {
      leaks.push({ question: l.question, how: 'comments without 3 answers', answers: 1 });
    }
  }
  return leaks;
}
