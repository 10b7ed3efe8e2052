/**
 * The backend, through Hono's typed client: every path, input and response shape comes from the server's own
 * route definitions (AppType), so a renamed field breaks the dashboard's type-check, not the lead's screen.
 * The session is an HttpOnly cookie the browser sends (credentials: 'include'); the dashboard never sees it.
 */
import { hc } from 'hono/client';
import type { AppType } from '../../../server/app';

export function createApiClient(baseUrl: string) {
  return hc<AppType>(baseUrl, { init: { credentials: 'include' } });
}

export type ApiClient = ReturnType<typeof createApiClient>;
