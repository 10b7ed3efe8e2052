/**
 * zod validation on every input, answering 400 with one entry per invalid field — the dashboard shows each
 * message beside its field, the extension logs them.
 */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import { z } from 'zod';

export interface FieldIssue {
  /** Dotted path to the field ("events.3.score"); empty for the body as a whole. */
  path: string;
  message: string;
}

export function fieldIssues(error: { issues: z.core.$ZodIssue[] }): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function valid<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) {
      return c.json({ error: 'invalid_request' as const, issues: fieldIssues(result.error) }, 400);
    }
  });
}

export const uuid = z.uuid();
export const teamParam = z.strictObject({ teamId: uuid });
