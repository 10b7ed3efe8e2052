/**
 * The device routes of the team backend through Hono's typed client (`hc<AppType>`): paths, bodies and answer
 * types come from the server's route definitions, so a renamed field fails this file's type-check instead of an
 * agent's sync. `AppType` is a type-only import — no server code is bundled, only hono/client's small runtime.
 * `fetch` is injected so tests can run the real Hono app in process (`app.request`) and put real faults (down,
 * 500s, slow answers) in front of it.
 *
 * Every request carries only what the table in the README's sync section lists: the bearer token, an
 * If-None-Match ETag, and JSON bodies built by `toProgressEvent` or the join form — never draft or ticket text.
 */
import { hc, type InferResponseType } from 'hono/client';
import type { AppType } from '../../server/app';
import type { ProgressEvent } from './events';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export const REQUEST_TIMEOUT_MS = 15_000;

type Api = ReturnType<typeof hc<AppType>>['api'];

export type JoinResult = InferResponseType<Api['join']['$post'], 201>;
export type MeResult = InferResponseType<Api['agent']['me']['$get'], 200>;
export type TeamInfo = MeResult['team'];
type GuidelinesAnswer = InferResponseType<Api['agent']['guidelines']['$get'], 200>;
type TipsAnswer = InferResponseType<Api['agent']['tips']['$get'], 200>;
/** What a device keeps of a team tip (and has kept since before tips carried `createdAt`). */
export type TeamTip = Pick<TipsAnswer['tips'][number], 'id' | 'title' | 'body' | 'tags' | 'updatedAt'>;
export type IngestResult = InferResponseType<Api['agent']['events']['$post'], 200>;

export type Conditional<T> = { modified: false } | { modified: true; etag: string | null; body: T };

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
  constructor(
    message: string,
    readonly timedOut: boolean,
  ) {
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

/** What an answer offers whatever the route: hc's typed responses and fetch's Response alike. */
interface Answer {
  status: number;
  headers: Headers;
  json(): Promise<unknown>;
}

async function errorMessage(response: Answer): Promise<string> {
  try {
    const body = await response.json();
    if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string')
      return body.message;
  } catch {
    // not JSON: fall through to the status text
  }
  return `HTTP ${response.status}`;
}

function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

export function createClient(options: ClientOptions) {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;

  async function send(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const url = urlOf(input);
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
      const reason = timedOut
        ? `no answer within ${Math.round(timeoutMs / 1000)} s`
        : error instanceof Error
          ? error.message
          : String(error);
      throw new SyncNetworkError(`Could not reach the team backend: ${reason}`, timedOut);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The API of the server at `backendUrl`, every request through `send`. */
  const api = (backendUrl: string): Api => hc<AppType>(backendUrl, { fetch: send }).api;

  /** The answer when its status is one of `ok` — typed as the route's answer for that status — else a SyncHttpError. */
  async function expectStatus<R extends Answer, S extends number>(
    response: R,
    ok: readonly S[],
  ): Promise<Extract<R, { status: S }>> {
    // The cast is the narrowing `includes` cannot express: the status was just checked to be one of `ok`.
    if ((ok as readonly number[]).includes(response.status)) return response as Extract<R, { status: S }>;
    throw new SyncHttpError(response.status, response.headers.get('retry-after'), await errorMessage(response));
  }

  const bearer = (token: string, extra: Record<string, string> = {}) => ({
    headers: { authorization: `Bearer ${token}`, ...extra },
  });
  const ifNoneMatch = (etag: string | null): Record<string, string> => (etag ? { 'if-none-match': etag } : {});

  return {
    async join(
      backendUrl: string,
      input: { code: string; displayName: string; deviceLabel?: string },
    ): Promise<JoinResult> {
      const response = await expectStatus(await api(backendUrl).join.$post({ json: input }), [201]);
      return response.json();
    },
    async me(backendUrl: string, token: string): Promise<MeResult> {
      const response = await expectStatus(await api(backendUrl).agent.me.$get({}, bearer(token)), [200]);
      return response.json();
    },
    async guidelines(backendUrl: string, token: string, etag: string | null): Promise<Conditional<GuidelinesAnswer>> {
      const response = await expectStatus(
        await api(backendUrl).agent.guidelines.$get({}, bearer(token, ifNoneMatch(etag))),
        [200, 304],
      );
      if (response.status === 304) return { modified: false };
      return { modified: true, etag: response.headers.get('etag'), body: await response.json() };
    },
    async tips(backendUrl: string, token: string, etag: string | null): Promise<Conditional<TipsAnswer>> {
      const response = await expectStatus(
        await api(backendUrl).agent.tips.$get({}, bearer(token, ifNoneMatch(etag))),
        [200, 304],
      );
      if (response.status === 304) return { modified: false };
      return { modified: true, etag: response.headers.get('etag'), body: await response.json() };
    },
    async postEvents(backendUrl: string, token: string, events: ProgressEvent[]): Promise<IngestResult> {
      const response = await expectStatus(
        await api(backendUrl).agent.events.$post({ json: { events } }, bearer(token)),
        [200],
      );
      return response.json();
    },
    async revokeDevice(backendUrl: string, token: string): Promise<void> {
      await expectStatus(await api(backendUrl).agent.device.$delete({}, bearer(token)), [204, 401]);
    },
  };
}

export type SyncClient = ReturnType<typeof createClient>;
