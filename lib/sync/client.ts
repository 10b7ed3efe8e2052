/**
 * A thin fetch client for the device routes of the team backend. Response types come from the server's own
 * modules (type-only imports: no server code is bundled); `fetch` is injected so tests can run the real Hono app
 * in process (`app.request`) and put real faults (down, 500s, slow answers) in front of it.
 *
 * Every request carries only what the table in the README's sync section lists: the bearer token, an
 * If-None-Match ETag, and JSON bodies built by `toProgressEvent` or the join form — never draft or ticket text.
 */
import type { GuidelinePack } from '../coach/types';
import type { ProgressEvent } from './events';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export const REQUEST_TIMEOUT_MS = 15_000;

export interface TeamInfo {
  id: string;
  name: string;
  shareIndividualProgress: boolean;
}

export interface JoinResult {
  token: string;
  deviceId: string;
  member: { id: string; displayName: string; role: 'agent' };
  team: TeamInfo;
}

export interface MeResult {
  member: { id: string; displayName: string; role: 'agent' };
  team: TeamInfo;
  deviceId: string;
}

export interface TeamTip {
  id: string;
  title: string;
  body: string;
  tags: string[];
  updatedAt: number;
}

export type Conditional<T> = { modified: false } | { modified: true; etag: string | null; body: T };

export interface IngestResult {
  accepted: number;
  duplicates: number;
  receivedAt: number;
}

/** The backend answered with a status we did not want. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfter: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

/** No answer: network down, DNS, refused connection, CORS, or no response within the timeout. */
export class SyncNetworkError extends Error {
  constructor(message: string, readonly timedOut: boolean) {
    super(message);
    this.name = 'SyncNetworkError';
  }
}

/** A server on this computer: the only place plain http:// keeps the device token off the network. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Why a team server address cannot be used, or null: it must be https://, except on this computer. Over plain
 * http:// the device token in every request, and the team's guidelines, would cross the network readable and
 * changeable by anyone on the path.
 */
export function backendUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'This is not a web address; it starts with https://';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:') {
    if (isLoopbackHost(url.hostname)) return null;
    return `The team server must use https:// — over http:// your device's sign-in token would travel unencrypted. Ask your team lead for the https:// address of ${url.host} (plain http:// works only for a server on this computer, such as http://localhost).`;
  }
  return 'The team server address must start with https://';
}

/** "https://team.example.com/" and "https://team.example.com/#/join/…" both become "https://team.example.com". */
export function normalizeBackendUrl(raw: string): string {
  const problem = backendUrlProblem(raw);
  if (problem) throw new Error(problem);
  const url = new URL(raw.trim());
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** An invite link from the dashboard (`https://host/#/join/CODE`) gives both the backend URL and the code. */
export function parseInviteLink(raw: string): { backendUrl: string; code: string } | null {
  try {
    const url = new URL(raw.trim());
    const match = /^#\/?join\/([^/?#]+)/.exec(url.hash);
    if (!match?.[1]) return null;
    return { backendUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, code: decodeURIComponent(match[1]) };
  } catch {
    return null;
  }
}

export interface ClientOptions {
  fetch: FetchLike;
  timeoutMs?: number;
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // not JSON: fall through to the status text
  }
  return `HTTP ${response.status}`;
}

export function createClient(options: ClientOptions) {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;

  async function send(url: string, init: RequestInit): Promise<Response> {
    // Also here, for a connection stored before https was required: no request goes out over plain http.
    const insecure = backendUrlProblem(url);
    if (insecure) throw new Error(insecure);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      // Credentials are a bearer token, never cookies: an agent's device has no session with the dashboard.
      return await options.fetch(url, { ...init, signal: controller.signal, credentials: 'omit', cache: 'no-store' });
    } catch (error) {
      const reason = timedOut ? `no answer within ${Math.round(timeoutMs / 1000)} s` : error instanceof Error ? error.message : String(error);
      throw new SyncNetworkError(`Could not reach the team backend: ${reason}`, timedOut);
    } finally {
      clearTimeout(timer);
    }
  }

  async function expectOk(response: Response, ok: number[]): Promise<Response> {
    if (ok.includes(response.status)) return response;
    throw new SyncHttpError(response.status, response.headers.get('retry-after'), await errorMessage(response));
  }

  const bearer = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });

  async function conditional<T>(url: string, token: string, etag: string | null): Promise<Conditional<T>> {
    const headers = bearer(token, etag ? { 'if-none-match': etag } : {});
    const response = await expectOk(await send(url, { method: 'GET', headers }), [200, 304]);
    if (response.status === 304) return { modified: false };
    return { modified: true, etag: response.headers.get('etag'), body: (await response.json()) as T };
  }

  return {
    async join(backendUrl: string, input: { code: string; displayName: string; deviceLabel?: string }): Promise<JoinResult> {
      const response = await send(`${backendUrl}/api/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await (await expectOk(response, [201])).json()) as JoinResult;
    },
    async me(backendUrl: string, token: string): Promise<MeResult> {
      const response = await send(`${backendUrl}/api/agent/me`, { method: 'GET', headers: bearer(token) });
      return (await (await expectOk(response, [200])).json()) as MeResult;
    },
    guidelines(backendUrl: string, token: string, etag: string | null) {
      return conditional<{ etag: string; packs: GuidelinePack[] }>(`${backendUrl}/api/agent/guidelines`, token, etag);
    },
    tips(backendUrl: string, token: string, etag: string | null) {
      return conditional<{ etag: string; tips: TeamTip[] }>(`${backendUrl}/api/agent/tips`, token, etag);
    },
    async postEvents(backendUrl: string, token: string, events: ProgressEvent[]): Promise<IngestResult> {
      const response = await send(`${backendUrl}/api/agent/events`, {
        method: 'POST',
        headers: bearer(token, { 'content-type': 'application/json' }),
        body: JSON.stringify({ events }),
      });
      return (await (await expectOk(response, [200])).json()) as IngestResult;
    },
    async revokeDevice(backendUrl: string, token: string): Promise<void> {
      await expectOk(await send(`${backendUrl}/api/agent/device`, { method: 'DELETE', headers: bearer(token) }), [204, 401]);
    },
  };
}

export type SyncClient = ReturnType<typeof createClient>;
