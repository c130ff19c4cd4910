import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkReadmeMaps, repositoryFiles, repositoryRoot } from './readmeMaps';

let scratch: string | null = null;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
});

/** A repository of the given files (path → content) in a fresh folder; returns its problems. */
function problemsOf(tree: Record<string, string>): string[] {
  scratch = mkdtempSync(join(tmpdir(), 'maps-'));
  for (const [path, content] of Object.entries(tree)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), content);
  }
  return checkReadmeMaps(scratch, Object.keys(tree)).map((p) => `${p.readme}: ${p.problem}`);
}

describe('[Q2] README maps', () => {
  it('[Q2] every source file of a server, shared or client-feature folder is in its nearest README, and every file a map names exists', () => {
    const problems = checkReadmeMaps(repositoryRoot, repositoryFiles(repositoryRoot));
    expect(problems.map((p) => `${p.readme}: ${p.problem}`)).toEqual([]);
  });

  it('[Q2] a file counts by name, class name or path tail; a folder with a star covers what is below it', () => {
    expect(
      problemsOf({
        'server/README.md': '`Room`, `fanOut.ts`, `sync/frames.ts` and `src/other/*`',
        'server/src/sync/room.ts': '',
        'server/src/sync/fanOut.ts': '',
        'server/src/sync/frames.ts': '',
        'server/src/sync/index.ts': '',
        'server/src/sync/room.test.ts': '',
        'server/src/other/deep/thing.ts': '',
        'server/src/main.ts': '',
      }),
    ).toEqual([]);
  });

  it('[Q2] a file missing from the nearest README, or a named file that does not exist, fails', () => {
    expect(
      problemsOf({
        'server/README.md': '`room.ts`, `gone.ts`, `src/nothing/*`',
        'server/src/sync/room.ts': '',
        'server/src/sync/new.ts': '',
        // The nearest README decides: the folder's own map must name it.
        'client/src/features/x/README.md': '`Other`',
        'client/src/features/x/View.tsx': '',
      }),
    ).toEqual([
      'server/README.md: server/src/sync/new.ts is not in its map (name it, or its folder/*)',
      'client/src/features/x/README.md: client/src/features/x/View.tsx is not in its map (name it, or its folder/*)',
      'server/README.md: `gone.ts` names a file that does not exist',
      'server/README.md: `src/nothing/*` names a folder that does not exist',
    ]);
  });
});
