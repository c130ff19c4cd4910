import { ApiProblem } from '../errors';

/**
 * What is wrong with a refused import, in a form the client can word in nb/nn/en: a stable
 * `problem` code, the path in the file, and the numbers or ids the sentence needs.
 */
export interface ImportProblem {
  problem: string;
  path: string;
  params: Record<string, string | number>;
  /** The same in English, for logs and tools. */
  message: string;
}

const PROBLEMS_LISTED_MAX = 20;

/** A refused import: 400 `import_invalid`, naming the first problem; details list up to 20. */
export class ImportRefused extends ApiProblem {
  constructor(readonly problems: ImportProblem[]) {
    const first = problems[0]!;
    super(
      400,
      'import_invalid',
      `${first.path || 'file'}: ${first.message}`,
      first.path || undefined,
      {
        details: {
          problem: first.problem,
          params: first.params,
          problems: problems.slice(0, PROBLEMS_LISTED_MAX).map(({ problem, path, params }) => ({
            problem,
            path,
            params,
          })),
        },
      },
    );
    this.name = 'ImportRefused';
  }
}

/** Refuses at once with one problem. */
export function refuse(
  problem: string,
  path: string,
  message: string,
  params: Record<string, string | number> = {},
): never {
  throw new ImportRefused([{ problem, path, message, params }]);
}

/** Gathers problems, so that one refusal can name them all. */
export class Problems {
  readonly list: ImportProblem[] = [];

  add(
    problem: string,
    path: string,
    message: string,
    params: Record<string, string | number> = {},
  ) {
    this.list.push({ problem, path, message, params });
  }

  /** Throws if anything was found. */
  check(): void {
    if (this.list.length > 0) throw new ImportRefused(this.list);
  }
}
