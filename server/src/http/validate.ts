import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { ApiProblem } from '../errors';

/** The first problem in a zod error, as one sentence that names the field. */
export function problemFromZod(error: z.ZodError): ApiProblem {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  const message = issue ? `${field ?? 'input'}: ${issue.message}` : 'invalid input';
  return new ApiProblem(400, 'invalid_input', message, field);
}

/** zValidator with our error body: 400, code `invalid_input`, and the field at fault. */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw problemFromZod(result.error as unknown as z.ZodError);
  });
}
