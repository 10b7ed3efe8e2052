/**
 * The security matrix: every route × caller (nobody, an agent, a lead) × own team / other team. Generated from
 * the route table below, which must list every route the app has — a new route without an entry fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from './support/databases';
import { createHarness, EXTENSION_ORIGIN, progressEvent, type Harness, type SeededTeam } from './support/harness';

/** Fresh resources in one team for one route's checks, so destructive calls never affect the next route. */
interface Resources {
  team: SeededTeam;
  packId: string;
  inviteId: string;
  tipId: string;
  agentToken: string;
  memberId: string;
  deviceId: string;
  packKey: string;
  /** A session of its own, so a sign-out under test does not end the suite's session. */
  leadCookie: string;
  /** Appears in this team's names and rule ids: must never show up in another team's answers. */
  marker: string;
}

type Access = 'public' | 'agent' | 'lead';

interface RouteCase {
  access: Access;
  /** The status the rightful caller gets. */
  ok: number;
  body?: (r: Resources) => unknown;
  /** Query string for GET routes that take one. */
  query?: string;
}

const ROUTES: Record<string, RouteCase> = {
  'GET /healthz': { access: 'public', ok: 200 },
  'GET /readyz': { access: 'public', ok: 200 },
  'POST /api/auth/sign-in': {
    access: 'public',
    ok: 200,
    body: (r) => ({ email: r.team.leadEmail, password: r.team.leadPassword }),
  },
  'POST /api/auth/sign-out': { access: 'lead', ok: 204 },
  'GET /api/auth/session': { access: 'lead', ok: 200 },
  'POST /api/join': { access: 'public', ok: 404, body: () => ({ code: 'AAAA-BBBB-CCCC', displayName: 'Nobody' }) },
  'GET /api/agent/me': { access: 'agent', ok: 200 },
  'GET /api/agent/guidelines': { access: 'agent', ok: 200 },
  'GET /api/agent/tips': { access: 'agent', ok: 200 },
  'POST /api/agent/events': {
    access: 'agent',
    ok: 200,
    body: () => ({ events: [progressEvent(`m-${Math.random().toString(36).slice(2)}`)] }),
  },
  'GET /api/agent/progress': { access: 'agent', ok: 200 },
  'DELETE /api/agent/device': { access: 'agent', ok: 204 },
  'GET /api/teams/:teamId': { access: 'lead', ok: 200 },
  'PATCH /api/teams/:teamId': { access: 'lead', ok: 200, body: () => ({ shareIndividualProgress: true }) },
  'GET /api/teams/:teamId/members': { access: 'lead', ok: 200 },
  'PATCH /api/teams/:teamId/members/:memberId': { access: 'lead', ok: 200, body: () => ({ displayName: 'Renamed' }) },
  'DELETE /api/teams/:teamId/members/:memberId': { access: 'lead', ok: 204 },
  'GET /api/teams/:teamId/members/:memberId/progress': { access: 'lead', ok: 200 },
  'GET /api/teams/:teamId/invites': { access: 'lead', ok: 200 },
  'POST /api/teams/:teamId/invites': { access: 'lead', ok: 201, body: () => ({}) },
  'DELETE /api/teams/:teamId/invites/:inviteId': { access: 'lead', ok: 204 },
  'GET /api/teams/:teamId/devices': { access: 'lead', ok: 200 },
  'DELETE /api/teams/:teamId/devices/:deviceId': { access: 'lead', ok: 204 },
  'GET /api/teams/:teamId/packs': { access: 'lead', ok: 200 },
  'POST /api/teams/:teamId/packs': {
    access: 'lead',
    ok: 201,
    body: () => ({ pack: { id: `n-${Math.random().toString(36).slice(2, 8)}`, name: 'New', version: 1, rules: [] } }),
  },
  'GET /api/teams/:teamId/packs/:packId': { access: 'lead', ok: 200 },
  'GET /api/teams/:teamId/packs/:packId/versions/:version': { access: 'lead', ok: 200 },
  'POST /api/teams/:teamId/packs/:packId/versions': {
    access: 'lead',
    ok: 201,
    body: (r) => ({ pack: { id: r.packKey, name: r.marker, version: 3, rules: [] } }),
  },
  'POST /api/teams/:teamId/packs/:packId/publish': { access: 'lead', ok: 200, body: () => ({ version: 1 }) },
  'POST /api/teams/:teamId/packs/:packId/rollback': { access: 'lead', ok: 200 },
  'DELETE /api/teams/:teamId/packs/:packId': { access: 'lead', ok: 204 },
  'GET /api/teams/:teamId/tips': { access: 'lead', ok: 200 },
  'POST /api/teams/:teamId/tips': { access: 'lead', ok: 201, body: () => ({ title: 'Tip', body: 'Body' }) },
  'PUT /api/teams/:teamId/tips/:tipId': { access: 'lead', ok: 200, body: () => ({ title: 'Tip', body: 'Edited' }) },
  'DELETE /api/teams/:teamId/tips/:tipId': { access: 'lead', ok: 204 },
  'GET /api/teams/:teamId/aggregates': { access: 'lead', ok: 200 },
};

function appRoutes(h: Harness): string[] {
  const keys = h.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)].sort();
}

function fillPath(template: string, r: Resources): string {
  return template
    .replace(':teamId', r.team.teamId)
    .replace(':memberId', r.memberId)
    .replace(':inviteId', r.inviteId)
    .replace(':deviceId', r.deviceId)
    .replace(':packId', r.packId)
    .replace(':tipId', r.tipId)
    .replace(':version', '1');
}

describe.each(DATABASE_KINDS)('security matrix on %s', (kind) => {
  let h: Harness;
  let teamA: SeededTeam;
  let teamB: SeededTeam;

  async function freshResources(team: SeededTeam, marker: string, freshSession: boolean): Promise<Resources> {
    const lead = (path: string, init: Parameters<Harness['request']>[1] = {}) =>
      h.request(`/api/teams/${team.teamId}${path}`, { cookie: team.leadCookie, ...init });
    // A team keeps at most 20 packs: archive the previous test's before making fresh ones.
    const listed = await lead('/packs');
    const { packs } = listed.ok ? ((await listed.json()) as { packs: Array<{ id: string }> }) : { packs: [] };
    for (const old of packs) await lead(`/packs/${old.id}`, { method: 'DELETE' });
    const pack = (await (
      await lead('/packs', {
        method: 'POST',
        json: {
          pack: { id: `p1`.concat(Math.random().toString(36).slice(2, 8)), name: marker, version: 1, rules: [] },
        },
      })
    ).json()) as { id: string };
    const packKey = ((await (await lead(`/packs/${pack.id}`)).json()) as { key: string }).key;
    await lead(`/packs/${pack.id}/publish`, { method: 'POST', json: { version: 1 } });
    await lead(`/packs/${pack.id}/versions`, {
      method: 'POST',
      json: { pack: { id: packKey, name: marker, version: 2, rules: [] } },
    });
    await lead(`/packs/${pack.id}/publish`, { method: 'POST', json: { version: 2 } });
    const invite = (await (await lead('/invites', { method: 'POST', json: { maxUses: 5 } })).json()) as {
      id: string;
      code: string;
    };
    const tip = (await (await lead('/tips', { method: 'POST', json: { title: marker, body: marker } })).json()) as {
      id: string;
    };
    const joined = (await (
      await h.request('/api/join', {
        method: 'POST',
        json: { code: invite.code, displayName: marker },
        origin: EXTENSION_ORIGIN,
      })
    ).json()) as {
      token: string;
      deviceId: string;
      member: { id: string };
    };
    await h.request('/api/agent/events', {
      method: 'POST',
      token: joined.token,
      json: { events: [progressEvent(`seed-${joined.deviceId}`, { ruleCounts: { [`guideline/${marker}`]: 1 } })] },
    });
    let leadCookie = team.leadCookie;
    if (freshSession) {
      const signIn = await h.request('/api/auth/sign-in', {
        method: 'POST',
        json: { email: team.leadEmail, password: team.leadPassword },
      });
      leadCookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    }
    return {
      team,
      marker,
      packKey,
      leadCookie,
      packId: pack.id,
      inviteId: invite.id,
      tipId: tip.id,
      agentToken: joined.token,
      memberId: joined.member.id,
      deviceId: joined.deviceId,
    };
  }

  beforeAll(async () => {
    h = await createHarness(kind, {
      rateLimits: {
        perAddress: { limit: 100_000, windowMs: 60_000 },
        perDeviceToken: { limit: 100_000, windowMs: 60_000 },
      },
      credentialThrottle: {
        account: { freeAttempts: 100_000, baseDelayMs: 1000, maxDelayMs: 60_000, resetAfterMs: 60_000 },
        signInAddress: { freeAttempts: 100_000, baseDelayMs: 1000, maxDelayMs: 60_000, resetAfterMs: 60_000 },
        joinAddress: { freeAttempts: 100_000, baseDelayMs: 1000, maxDelayMs: 60_000, resetAfterMs: 60_000 },
      },
    });
    teamA = await h.seedTeam('Alpha');
    teamB = await h.seedTeam('Beta');
    for (const team of [teamA, teamB]) {
      await h.request(`/api/teams/${team.teamId}`, {
        method: 'PATCH',
        cookie: team.leadCookie,
        json: { shareIndividualProgress: true },
      });
    }
  }, 60_000);
  afterAll(async () => h?.close());

  it('has an entry for every route the app serves, and no stale entries', () => {
    expect(appRoutes(h)).toEqual(Object.keys(ROUTES).sort());
  });

  it.each(Object.entries(ROUTES))('%s', async (key, route) => {
    const [method, template] = key.split(' ') as [string, string];
    const endsSession = key === 'POST /api/auth/sign-out';
    const a = await freshResources(teamA, 'marker-alpha', endsSession);
    const b = await freshResources(teamB, 'marker-beta', false);
    const call = (r: Resources, auth: { cookie?: string; token?: string }, override?: Resources) =>
      h.request(`${fillPath(template, r)}${route.query ?? ''}`, {
        method,
        ...auth,
        ...(route.body ? { json: route.body(override ?? r) } : {}),
      });

    if (route.access === 'lead') {
      // Nobody, an agent of the team, and an agent of another team: no session, 401.
      expect((await call(a, {})).status).toBe(401);
      expect((await call(a, { token: a.agentToken })).status).toBe(401);
      expect((await call(a, { token: b.agentToken })).status).toBe(401);
      if (template.includes(':teamId')) {
        // A lead of another team, on this team's URL: 403, and nothing of this team in the answer.
        const crossTeam = await call(a, { cookie: teamB.leadCookie });
        expect(crossTeam.status).toBe(403);
        expect(await crossTeam.text()).not.toContain(a.marker);
        // A lead of another team, on their own team's URL but this team's resource ids: 404.
        if (/:(memberId|inviteId|deviceId|packId|tipId)/.test(template)) {
          const mixed = {
            ...b,
            memberId: a.memberId,
            inviteId: a.inviteId,
            deviceId: a.deviceId,
            packId: a.packId,
            tipId: a.tipId,
          };
          expect((await call(mixed, { cookie: teamB.leadCookie })).status).toBe(404);
        }
      }
      // The rightful lead, last: proves nothing above changed or removed this team's resources.
      const own = await call(a, { cookie: a.leadCookie });
      expect(own.status, await own.clone().text()).toBe(route.ok);
    } else if (route.access === 'agent') {
      expect((await call(a, {})).status).toBe(401);
      expect((await call(a, { cookie: teamA.leadCookie })).status).toBe(401);
      expect((await call(a, { token: 'att_not-a-real-token-at-all-0000000000000000' })).status).toBe(401);
      // An agent of another team reaches only their own team's data.
      const other = await call(b, { token: b.agentToken });
      expect(other.status).toBe(route.ok);
      const otherText = await other.text();
      expect(otherText).not.toContain(teamA.teamId);
      expect(otherText).not.toContain(a.memberId);
      expect(otherText).not.toContain(a.marker);
      const own = await call(a, { token: a.agentToken });
      expect(own.status).toBe(route.ok);
    } else {
      const anonymous = await call(a, {});
      expect(anonymous.status).toBe(route.ok);
      if (key === 'POST /api/auth/sign-in') {
        // Signing in as team A's lead gives team A only.
        expect(((await anonymous.json()) as { teamId: string }).teamId).toBe(teamA.teamId);
      }
    }
  });
});
