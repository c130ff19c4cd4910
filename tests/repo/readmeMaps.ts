import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

/**
 * [Q2] README maps stay true. Rule (documented in `tests/README.md`):
 *
 * - Checked files: the source files (`.ts`, `.tsx`) inside a folder of `server/src/`,
 *   `shared/src/`, `client/src/features/` or `tests/` (Playwright specs, their support, the load
 *   tools), unit tests (`*.test.ts`, `*.test.tsx`) and `index.ts`
 *   entries excepted.
 * - Each is named in the README nearest to it (the first `README.md` up from its folder), in a
 *   code span (`` `x` ``) that is its file name, its name without the extension (with a capital
 *   first letter too: `Room` for `room.ts`), or its path
 *   from that README's folder or any tail of that path (`sync/room.ts`, `src/sync/room.ts`).
 * - Or its folder, or a folder above it, is listed as a whole: a code span with the folder's
 *   path from the README's folder (or a tail of it) followed by `/*`
 *   (`` `src/features/arguments/*` `` covers `src/features/arguments/console/Panel.tsx`). Use this for a
 *   folder whose files a row describes together; it then vouches only that the folder exists.
 * - Every code span that names a `.ts` or `.tsx` file, or a folder with `*`, names something
 *   that exists.
 */

export interface MapProblem {
  readme: string;
  problem: string;
}

const SCOPES = ['server/src/', 'shared/src/', 'client/src/features/', 'tests/'];

function isChecked(file: string): boolean {
  if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file) || /\.d\.ts$/.test(file)) return false;
  if (posix.basename(file) === 'index.ts') return false;
  const scope = SCOPES.find((s) => file.startsWith(s));
  // Inside a folder of the scope: `server/src/main.ts` is the root README's and server's business.
  return scope !== undefined && file.slice(scope.length).includes('/');
}

/** Every code span of a Markdown text, trimmed. */
export function codeSpans(markdown: string): string[] {
  return [...markdown.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!.trim());
}

/** `a/b/c.ts` → `c.ts`, `b/c.ts`, `a/b/c.ts`. */
function tails(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, i) => parts.slice(i).join('/'));
}

function nearestReadme(root: string, file: string): string {
  for (let dir = posix.dirname(file); ; dir = posix.dirname(dir)) {
    const candidate = dir === '.' ? 'README.md' : `${dir}/README.md`;
    if (existsSync(join(root, candidate))) return candidate;
    if (dir === '.') return candidate;
  }
}

/** What is wrong with the maps of the repository at `root` (files as git tracks them). */
export function checkReadmeMaps(root: string, files: readonly string[]): MapProblem[] {
  const problems: MapProblem[] = [];
  const spansOf = new Map<string, Set<string>>();
  const spans = (readme: string) => {
    let s = spansOf.get(readme);
    if (!s) {
      s = new Set(codeSpans(readFileSync(join(root, readme), 'utf8')));
      spansOf.set(readme, s);
    }
    return s;
  };

  for (const file of files.filter(isChecked)) {
    const readme = nearestReadme(root, file);
    const fromReadme = posix.relative(posix.dirname(readme), file);
    const name = posix.basename(file);
    const listed = spans(readme);
    const stem = name.replace(/\.tsx?$/, '');
    // A class or component named for its file counts: `Room` for room.ts.
    const stems = [stem, stem[0]!.toUpperCase() + stem.slice(1)];
    const named = stems.some((n) => listed.has(n)) || tails(fromReadme).some((t) => listed.has(t));
    // The folder listed whole, or a folder above it (inside the README's folder).
    const folders = tails(posix.dirname(fromReadme)).flatMap((t) =>
      t.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    );
    const whole = folders.some((f) => listed.has(`${f}/*`));
    if (!named && !whole) {
      problems.push({ readme, problem: `${file} is not in its map (name it, or its folder/*)` });
    }
  }

  const tracked = new Set(files);
  const folders = new Set(files.flatMap((f) => tails(posix.dirname(f)).map((t) => `${t}/`)));
  for (const readme of files.filter((f) => posix.basename(f) === 'README.md')) {
    const base = posix.dirname(readme);
    for (const span of spans(readme)) {
      if (span.includes(' ')) continue;
      if (span.endsWith('/*')) {
        const folder = span.slice(0, -1);
        const full = base === '.' ? folder : `${base}/${folder}`;
        if (!files.some((f) => f.startsWith(full)) && !folders.has(folder)) {
          problems.push({ readme, problem: `\`${span}\` names a folder that does not exist` });
        }
        continue;
      }
      if (!/^[\w./@-]+\.tsx?$/.test(span)) continue;
      const exists =
        tracked.has(base === '.' ? span : `${base}/${span}`) ||
        tracked.has(span) ||
        files.some((f) => f.endsWith(`/${span}`));
      if (!exists)
        problems.push({ readme, problem: `\`${span}\` names a file that does not exist` });
    }
  }
  return problems;
}

/** The repository's files as git tracks them, plus new files not yet added. */
export function repositoryFiles(root: string): string[] {
  const out = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '--deduplicate'],
    { cwd: root, encoding: 'utf8' },
  );
  return out
    .split('\n')
    .filter((f) => f.length > 0 && existsSync(join(root, f)))
    .map((f) => relative(root, join(root, f)).split('\\').join('/'));
}

export const repositoryRoot = join(dirname(new URL(import.meta.url).pathname), '..', '..');
