/**
 * Security and CORS headers are the same over a real Node HTTP server as through app.request(): under Node the
 * static ones are set on Node's response before the app runs (server/app.ts, `staticHeaders`), elsewhere hono's
 * middlewares set them on the fetch Response. Every other server test goes through app.request(), so this one
 * compares both paths response by response.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHarness,
  DASHBOARD_ORIGIN,
  EXTENSION_ORIGIN,
  progressEvent,
  type Harness,
  type SeededTeam,
} from './support/harness';

/** Headers that differ by transport or time, not by policy. */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

const SECURITY = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
];

function policyHeaders(response: Response): Record<string, string> {
  return Object.fromEntries([...response.headers.entries()].filter(([name]) => !TRANSPORT.has(name)));
}

describe('headers over Node HTTP and through app.request()', () => {
  let h: Harness;
  let team: SeededTeam;
  let server: ServerType;
  let url: string;
  let demoDir: string;
  let etag: string;

  beforeAll(async () => {
    demoDir = mkdtempSync(join(tmpdir(), 'attune-demo-'));
    writeFileSync(join(demoDir, 'index.html'), '<!doctype html><title>demo helpdesk</title>');
    h = await createHarness('sqlite', {
      demoDir,
      rateLimits: { perAddress: { limit: 1e6, windowMs: 60_000 }, perDeviceToken: { limit: 1e6, windowMs: 60_000 } },
    });
    team = await h.seedTeam('Headers');
    etag = (await h.request('/api/agent/guidelines', { token: team.agentToken })).headers.get('etag') ?? '';
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    await new Promise<void>((done) => server?.close(() => done()));
    await h?.close();
    rmSync(demoDir, { recursive: true, force: true });
  });

  const cases: Array<{ name: string; path: string; init: () => RequestInit; status: number; allowOrigin?: string }> = [
    { name: 'liveness', path: '/healthz', init: () => ({}), status: 200 },
    {
      name: 'guidelines',
      path: '/api/agent/guidelines',
      init: () => ({ headers: { authorization: `Bearer ${team.agentToken}` } }),
      status: 200,
    },
    {
      name: 'guidelines unchanged',
      path: '/api/agent/guidelines',
      init: () => ({ headers: { authorization: `Bearer ${team.agentToken}`, 'if-none-match': etag } }),
      status: 304,
    },
    {
      name: 'tips unchanged, from the extension',
      path: '/api/agent/tips',
      init: () => ({
        headers: { authorization: `Bearer ${team.agentToken}`, 'if-none-match': '"t-nope"', origin: EXTENSION_ORIGIN },
      }),
      status: 200,
      allowOrigin: EXTENSION_ORIGIN,
    },
    { name: 'no credential', path: '/api/agent/guidelines', init: () => ({}), status: 401 },
    { name: 'unknown API route', path: '/api/no-such-route', init: () => ({}), status: 404 },
    {
      name: 'event batch',
      path: '/api/agent/events',
      init: () => ({
        method: 'POST',
        headers: { authorization: `Bearer ${team.agentToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ events: [progressEvent(`hdr-${Math.random().toString(36).slice(2, 12)}`)] }),
      }),
      status: 200,
    },
    {
      name: 'allowed origin',
      path: '/api/agent/me',
      init: () => ({ headers: { authorization: `Bearer ${team.agentToken}`, origin: DASHBOARD_ORIGIN } }),
      status: 200,
      allowOrigin: DASHBOARD_ORIGIN,
    },
    {
      name: 'foreign origin',
      path: '/api/agent/me',
      init: () => ({ headers: { authorization: `Bearer ${team.agentToken}`, origin: 'https://evil.example' } }),
      status: 200,
    },
    {
      name: 'preflight',
      path: '/api/agent/events',
      init: () => ({
        method: 'OPTIONS',
        headers: {
          origin: EXTENSION_ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      }),
      status: 204,
      allowOrigin: EXTENSION_ORIGIN,
    },
    { name: 'demo helpdesk page', path: '/demo/', init: () => ({}), status: 200 },
  ];

  for (const c of cases) {
    it(`${c.name}: ${c.path}`, async () => {
      const viaNode = await fetch(`${url}${c.path}`, c.init());
      const viaApp = await h.app.request(`http://localhost${c.path}`, c.init());
      expect(viaNode.status).toBe(c.status);
      expect(viaApp.status).toBe(c.status);
      expect(policyHeaders(viaNode)).toEqual(policyHeaders(viaApp));
      const headers = policyHeaders(viaNode);
      if (c.path.startsWith('/demo/')) {
        expect(headers['content-security-policy']).toBeUndefined();
        expect(headers['strict-transport-security']).toContain('max-age=');
      } else {
        for (const name of SECURITY) expect(headers[name], name).toBeTruthy();
        expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      }
      if (c.path.startsWith('/api/')) expect(headers.vary?.split(', ')).toContain('Origin');
      if (c.allowOrigin) {
        expect(headers['access-control-allow-origin']).toBe(c.allowOrigin);
        expect(headers['access-control-allow-credentials']).toBe('true');
      } else {
        expect(headers['access-control-allow-origin']).toBeUndefined();
      }
      if (c.status === 304) expect(headers).toMatchObject({ etag, 'cache-control': 'private, no-cache' });
    });
  }
});
