/**
 * Request protection, on SQLite and PostgreSQL: field-level 400s, strict event shape (no text can be sent),
 * body limit 413, rate limits 429, CORS, CSRF, cookie flags, security headers, and credentials kept out of logs.
 */
import { hc } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppType } from '../../server/app';
import { DATABASE_KINDS } from './support/databases';
import {
  createHarness,
  DASHBOARD_ORIGIN,
  EXTENSION_ORIGIN,
  ORIGIN,
  progressEvent,
  type Harness,
  type SeededTeam,
} from './support/harness';

describe.each(DATABASE_KINDS)('request protection on %s', (kind) => {
  let h: Harness;
  let team: SeededTeam;

  beforeAll(async () => {
    h = await createHarness(kind, {
      trustProxy: { hops: 1 },
      bodyLimitBytes: 64 * 1024,
      rateLimits: {
        perAddress: { limit: 40, windowMs: 60_000 },
        perDeviceToken: { limit: 15, windowMs: 60_000 },
      },
      credentialThrottle: {
        account: { freeAttempts: 5, baseDelayMs: 60_000, maxDelayMs: 600_000, resetAfterMs: 3_600_000 },
        signInAddress: { freeAttempts: 8, baseDelayMs: 60_000, maxDelayMs: 600_000, resetAfterMs: 3_600_000 },
        joinAddress: { freeAttempts: 8, baseDelayMs: 60_000, maxDelayMs: 600_000, resetAfterMs: 3_600_000 },
      },
    });
    team = await h.seedTeam('Shield');
  }, 60_000);
  afterAll(async () => h?.close());

  // Each test speaks from its own address so the per-address limit of one does not spill into another.
  let addressCounter = 0;
  const fromNewAddress = () => ({ 'x-forwarded-for': `203.0.113.${++addressCounter}` });

  it('answers invalid input with one 400 issue per field', async () => {
    const response = await h.request('/api/agent/events', {
      method: 'POST',
      token: team.agentToken,
      headers: fromNewAddress(),
      json: {
        events: [{ ...progressEvent('ok-id-0001'), score: 101, kind: 'typed', checks: { acknowledgement: 'maybe' } }],
      },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: Array<{ path: string; message: string }> };
    expect(body.error).toBe('invalid_request');
    expect(body.issues.map((i) => i.path).sort()).toEqual([
      'events.0.checks.acknowledgement',
      'events.0.kind',
      'events.0.score',
    ]);
  });

  it('refuses any text riding along in an event: unknown fields and free-text rule ids', async () => {
    const withDraft = await h.request('/api/agent/events', {
      method: 'POST',
      token: team.agentToken,
      headers: fromNewAddress(),
      json: { events: [{ ...progressEvent('text-id-0001'), draft: 'Dear customer, sorry' }] },
    });
    expect(withDraft.status).toBe(400);
    expect(JSON.stringify(await withDraft.json())).toContain('draft');
    const inKey = await h.request('/api/agent/events', {
      method: 'POST',
      token: team.agentToken,
      headers: fromNewAddress(),
      json: { events: [progressEvent('text-id-0002', { ruleCounts: { 'Dear customer, your order is late': 1 } })] },
    });
    expect(inKey.status).toBe(400);
    const nestedExtra = await h.request('/api/agent/events', {
      method: 'POST',
      token: team.agentToken,
      headers: fromNewAddress(),
      json: {
        events: [progressEvent('text-id-0003', { checks: { acknowledgement: 'present', note: 'customer said hi' } })],
      },
    });
    expect(nestedExtra.status).toBe(400);
    const count = await h.database.db
      .selectFrom('events')
      .select('client_event_id')
      .where('client_event_id', 'like', 'text-id-%')
      .execute();
    expect(count).toEqual([]);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await h.request('/api/agent/events', {
      method: 'POST',
      token: team.agentToken,
      headers: { ...fromNewAddress(), 'content-type': 'application/json' },
      body: '{"events": [',
    });
    expect(response.status).toBe(400);
  });

  it('refuses bodies over the limit with 413', async () => {
    const response = await h.request('/api/agent/events', {
      method: 'POST',
      token: team.agentToken,
      headers: fromNewAddress(),
      json: { events: [progressEvent('big-id-0001', { engineVersion: '1'.repeat(70 * 1024) })] },
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'payload_too_large' });
  });

  it('refuses a declared Content-Length over the limit with 413, and takes one under it', async () => {
    const send = (body: string) =>
      h.request('/api/agent/events', {
        method: 'POST',
        token: team.agentToken,
        headers: {
          ...fromNewAddress(),
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
        },
        body,
      });
    const big = await send(
      JSON.stringify({ events: [progressEvent('big-id-0002', { engineVersion: '1'.repeat(70 * 1024) })] }),
    );
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: 'payload_too_large' });
    const small = await send(JSON.stringify({ events: [progressEvent('small-id-0002')] }));
    expect(small.status).toBe(200);
  });

  it('rate-limits per device token, and per address', async () => {
    const other = await h.seedTeam('Limits');
    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      // A new address each time: only the token's limit can apply.
      statuses.push((await h.request('/api/agent/me', { token: other.agentToken, headers: fromNewAddress() })).status);
    }
    expect(statuses.slice(0, 15).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(15)).toEqual([429, 429, 429, 429, 429]);
    const limited = await h.request('/api/agent/me', { token: other.agentToken, headers: fromNewAddress() });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    const address = fromNewAddress();
    const fromOneAddress: number[] = [];
    for (let i = 0; i < 45; i += 1)
      fromOneAddress.push((await h.request('/healthz-is-not-api', { headers: address })).status);
    expect(fromOneAddress.includes(429)).toBe(false); // only /api is limited
    const apiStatuses: number[] = [];
    for (let i = 0; i < 45; i += 1)
      apiStatuses.push((await h.request('/api/auth/session', { headers: address })).status);
    expect(apiStatuses.slice(0, 40).every((s) => s === 401)).toBe(true);
    expect(apiStatuses.slice(40).every((s) => s === 429)).toBe(true);
  });

  it('slows down guessing of passwords and invite codes', async () => {
    const address = fromNewAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      statuses.push(
        (
          await h.request('/api/join', {
            method: 'POST',
            headers: address,
            json: { code: `GUESS-${i}000-0000`, displayName: 'x' },
          })
        ).status,
      );
    }
    expect(statuses.slice(0, 8).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
  });

  it('allows CORS only for the configured extension and dashboard origins', async () => {
    const preflight = (origin: string) =>
      h.request('/api/agent/events', {
        method: 'OPTIONS',
        origin,
        headers: {
          ...fromNewAddress(),
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    const extension = await preflight(EXTENSION_ORIGIN);
    expect(extension.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
    expect(extension.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect((await preflight(DASHBOARD_ORIGIN)).headers.get('access-control-allow-origin')).toBe(DASHBOARD_ORIGIN);
    const evil = await preflight('https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const otherExtension = await preflight('chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz');
    expect(otherExtension.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await h.request('/api/agent/me', {
      token: team.agentToken,
      origin: EXTENSION_ORIGIN,
      headers: fromNewAddress(),
    });
    expect(simple.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('etag');
  });

  it('refuses cookie-authenticated writes from foreign or missing origins (CSRF)', async () => {
    const patch = (origin: string | null) =>
      h.request(`/api/teams/${team.teamId}`, {
        method: 'PATCH',
        cookie: team.leadCookie,
        origin,
        headers: fromNewAddress(),
        json: { name: 'Pwned' },
      });
    expect((await patch('https://evil.example')).status).toBe(403);
    expect((await patch(null)).status).toBe(403);
    expect((await patch(ORIGIN)).status).toBe(200);
    expect((await patch(DASHBOARD_ORIGIN)).status).toBe(200);
    // Reads need no Origin (navigations and same-origin fetches may omit it).
    expect(
      (
        await h.request(`/api/teams/${team.teamId}`, {
          cookie: team.leadCookie,
          origin: null,
          headers: fromNewAddress(),
        })
      ).status,
    ).toBe(200);
    const signIn = await h.request('/api/auth/sign-in', {
      method: 'POST',
      origin: 'https://evil.example',
      headers: fromNewAddress(),
      json: { email: team.leadEmail, password: team.leadPassword },
    });
    expect(signIn.status).toBe(403);
  });

  it('sets the session cookie HttpOnly, Secure and SameSite=Strict', async () => {
    const response = await h.request('/api/auth/sign-in', {
      method: 'POST',
      headers: fromNewAddress(),
      json: { email: team.leadEmail, password: team.leadPassword },
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^attune_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Strict');
    const wrong = await h.request('/api/auth/sign-in', {
      method: 'POST',
      headers: fromNewAddress(),
      json: { email: team.leadEmail, password: 'not the password' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('sends security headers', async () => {
    const response = await h.request('/healthz', { headers: fromNewAddress() });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('keeps tokens, passwords, invite codes and cookies out of the logs', async () => {
    const invite = await h.request(`/api/teams/${team.teamId}/invites`, {
      method: 'POST',
      cookie: team.leadCookie,
      headers: fromNewAddress(),
      json: {},
    });
    const { code } = (await invite.json()) as { code: string };
    const joined = await h.request('/api/join', {
      method: 'POST',
      headers: fromNewAddress(),
      json: { code, displayName: 'Logged agent' },
    });
    const { token } = (await joined.json()) as { token: string };
    await h.request('/api/agent/me', { token, headers: fromNewAddress() });
    await h.request('/api/auth/sign-in', {
      method: 'POST',
      headers: fromNewAddress(),
      json: { email: team.leadEmail, password: team.leadPassword },
    });
    await h.request('/api/auth/sign-in', {
      method: 'POST',
      headers: fromNewAddress(),
      json: { email: team.leadEmail, password: 'wrong password typed' },
    });
    // Logging a request object on purpose shows the redaction paths work even when someone logs headers.
    h.deps.config.logger.info(
      { req: { headers: { authorization: `Bearer ${token}`, cookie: team.leadCookie } }, password: team.leadPassword },
      'debug dump',
    );
    const log = h.logLines.join('\n');
    expect(log).toContain('"path":"/api/join"');
    expect(log).toContain('[redacted]');
    for (const secret of [
      token,
      code,
      code.replace(/-/g, ''),
      team.leadPassword,
      'wrong password typed',
      team.leadCookie.split('=')[1] ?? 'unset',
      team.agentToken,
    ]) {
      expect(log).not.toContain(secret);
    }
  });

  it('is reachable through the typed client (hc<AppType>)', async () => {
    const client = hc<AppType>(ORIGIN, {
      fetch: (input: RequestInfo | URL, init?: RequestInit) => h.app.request(input, init),
      headers: { authorization: `Bearer ${team.agentToken}`, ...fromNewAddress() },
    });
    const response = await client.api.agent.guidelines.$get();
    expect(response.status).toBe(200);
    if (response.status === 200) {
      const body = await response.json();
      expect(Array.isArray(body.packs)).toBe(true);
    }
    const posted = await client.api.agent.events.$post({
      json: { events: [{ ...progressEvent('typed-0001'), kind: 'reviewed', checks: {} }] },
    });
    expect(posted.status).toBe(200);
  });
});
