/**
 * One line of the CLI's JSON-lines input: `{"id", "customer", "draft"}`. Parsing never throws: a bad line becomes
 * an error that names what is wrong, so the CLI can report it and go on with the next line.
 */
import { z } from 'zod';

export const inputLineSchema = z.object({
  /** Names the report in the output; the line number when absent. */
  id: z.union([z.string(), z.number()]).optional(),
  customer: z.string().nullable().optional(),
  draft: z.string({
    error: (issue) => (issue.input === undefined ? 'missing: every line needs a "draft" string' : 'must be a string'),
  }),
  customerName: z.string().nullable().optional(),
});

export interface CoachInput {
  id: string | number;
  draft: string;
  customer: string | null;
  customerName: string | null;
}

export type ParsedLine = { ok: true; input: CoachInput } | { ok: false; error: string; id?: string | number };

/** Whether a line carries no input at all (blank lines in JSON-lines files are skipped, not errors). */
export function isBlankLine(line: string): boolean {
  return line.trim().length === 0;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length > 0 ? issue.path.join('.') : 'line';
      return `${field}: ${issue.message}`;
    })
    .join('; ');
}

export function parseInputLine(line: string, lineNumber: number): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: 'expected a JSON object {"id", "customer", "draft"}' };
  }
  const parsed = inputLineSchema.safeParse(json);
  if (!parsed.success) {
    const rawId = (json as { id?: unknown }).id;
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : undefined;
    return { ok: false, error: describeIssues(parsed.error), ...(id === undefined ? {} : { id }) };
  }
  const { id, draft, customer, customerName } = parsed.data;
  return {
    ok: true,
    input: { id: id ?? lineNumber, draft, customer: customer ?? null, customerName: customerName ?? null },
  };
}
