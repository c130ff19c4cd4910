import { evaluationExportSchema, type ChooseBaseline } from '@samskap/shared/evaluering';

/** A console link `…/f/<id>#<secret>` as a baseline choice, or null when it is not one. */
export function baselineFromLink(link: string): ChooseBaseline | null {
  const match = /\/f\/([A-Za-z0-9_-]{1,80})(?:\/[^#]*)?#([A-Za-z0-9_-]{20,200})\s*$/.exec(
    link.trim(),
  );
  if (!match) return null;
  return { kind: 'workshop', workshopId: match[1]!, facilitatorToken: match[2]! };
}

/**
 * A workshop export's text as a baseline choice: its title, date and `evaluering` section (the
 * server checks that section again). Null when the text is not such an export.
 */
export function baselineFromExport(text: string): ChooseBaseline | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const file = parsed as {
    workshop?: { setup?: { title?: unknown; date?: unknown } };
    evaluering?: unknown;
  };
  const title = file.workshop?.setup?.title;
  const date = file.workshop?.setup?.date;
  const evaluation = evaluationExportSchema.safeParse(file.evaluering);
  if (typeof title !== 'string' || typeof date !== 'string' || !evaluation.success) return null;
  return { kind: 'file', title, date, evaluation: evaluation.data };
}
