/**
 * Every failed API call becomes one ApiError with a sentence a lead can act on and, for 400s, the backend's
 * per-field issues so forms can show each message beside its field.
 */
import type { PackIssue } from '../guidelines/pack-draft';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly issues: PackIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The backend's message for one form field, when the failed call named that field. */
export function fieldIssue(error: unknown, path: string): string | undefined {
  return error instanceof ApiError ? error.issues.find((issue) => issue.path === path)?.message : undefined;
}

/** Whether the failure is already explained beside its fields, so the form as a whole need not repeat it. */
export function hasFieldIssues(error: unknown): boolean {
  return error instanceof ApiError && error.issues.length > 0;
}

interface ErrorBody {
  error?: unknown;
  message?: unknown;
  issues?: unknown;
}

function issuesFrom(body: ErrorBody): PackIssue[] {
  if (!Array.isArray(body.issues)) return [];
  return body.issues.flatMap((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return [];
    const { path, message } = issue as { path?: unknown; message?: unknown };
    if (typeof message !== 'string') return [];
    return [{ path: typeof path === 'string' ? path : '', message }];
  });
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Your session has ended. Please sign in again.';
  if (status === 403) return 'You do not have permission to do that.';
  if (status === 404) return 'That item no longer exists. It may have been removed by another lead.';
  if (status === 409) return 'That conflicts with a change someone else made. Reload and try again.';
  if (status === 413) return 'That is too large to save.';
  if (status === 429) return 'Too many attempts. Please wait a minute and try again.';
  if (status >= 500) return 'The server had a problem. Your changes are still here; please try again.';
  return 'The request could not be completed.';
}

interface AnyResponse {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}

/** The JSON of the successful (2xx) responses in a typed client's response union; null for a 204. */
export type SuccessBody<R> = R extends { ok: true; status: infer S; json(): Promise<infer J> }
  ? S extends 204
    ? null
    : J
  : never;

/** Awaits a typed-client call, throwing an ApiError for anything but 2xx. */
export async function readJson<R extends AnyResponse>(responsePromise: Promise<R>): Promise<SuccessBody<R>> {
  let response: R;
  try {
    response = await responsePromise;
  } catch {
    throw new ApiError('Cannot reach the Attune server. Check your connection and try again.', 0);
  }
  // The casts restate what `ok` already guarantees: Hono types each status with its own body.
  if (response.ok) return (response.status === 204 ? null : await response.json()) as SuccessBody<R>;
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (a proxy's error page): the status alone explains it.
  }
  const issues = issuesFrom(body);
  const message =
    typeof body.message === 'string'
      ? body.message
      : issues.length > 0
        ? issues.map((i) => (i.path ? `${String(i.path)}: ${i.message}` : i.message)).join('; ')
        : fallbackMessage(response.status);
  throw new ApiError(message, response.status, issues);
}
