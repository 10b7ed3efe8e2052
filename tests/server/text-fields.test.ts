/**
 * Every free-text field, on SQLite and PostgreSQL: control characters (U+0000 — which PostgreSQL cannot store —
 * and the other C0 and C1 controls) get a 400 naming the field, nothing is stored, and the same request without
 * them succeeds. Names other members see are normalized: NFKC, no bidi overrides, no zero-width characters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from './support/databases';
import { createHarness, EXTENSION_ORIGIN, type Harness, type SeededTeam } from './support/harness';

const CONTROLS = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085'];

interface TextField {
  name: string;
  /** The issue path the 400 must name. */
  path: string;
  send(h: Harness, team: SeededTeam, value: string): Promise<Response>;
  /** Whether tab and line feed are allowed (multi-line fields). */
  multiLine?: boolean;
}

const avoidPack = (override: Record<string, unknown>, ruleOverride: Record<string, unknown> = {}) => ({
  pack: {
    id: `p-${Math.random().toString(36).slice(2, 10)}`,
    name: 'Pack',
    version: 1,
    rules: [{ kind: 'avoid', id: 'r1', phrases: ['unfortunately'], message: 'Avoid it.', ...ruleOverride }],
    ...override,
  },
});

async function newInvite(h: Harness, team: SeededTeam): Promise<string> {
  const response = await h.request(`/api/teams/${team.teamId}/invites`, {
    method: 'POST',
    cookie: team.leadCookie,
    json: {},
  });
  return ((await response.json()) as { code: string }).code;
}

const FIELDS: TextField[] = [
  {
    name: 'team name',
    path: 'name',
    send: (h, t, v) =>
      h.request(`/api/teams/${t.teamId}`, { method: 'PATCH', cookie: t.leadCookie, json: { name: `Team ${v}` } }),
  },
  {
    name: 'member display name',
    path: 'displayName',
    send: (h, t, v) =>
      h.request(`/api/teams/${t.teamId}/members/${t.agentMemberId}`, {
        method: 'PATCH',
        cookie: t.leadCookie,
        json: { displayName: `Agent ${v}` },
      }),
  },
  {
    name: 'invite label',
    path: 'label',
    send: (h, t, v) =>
      h.request(`/api/teams/${t.teamId}/invites`, {
        method: 'POST',
        cookie: t.leadCookie,
        json: { label: `Label ${v}` },
      }),
  },
  {
    name: 'tip title',
    path: 'title',
    send: (h, t, v) =>
      h.request(`/api/teams/${t.teamId}/tips`, {
        method: 'POST',
        cookie: t.leadCookie,
        json: { title: `Tip ${v}`, body: 'Body' },
      }),
  },
  {
    name: 'tip body',
    path: 'body',
    multiLine: true,
    send: (h, t, v) =>
      h.request(`/api/teams/${t.teamId}/tips`, {
        method: 'POST',
        cookie: t.leadCookie,
        json: { title: 'Tip', body: `Body ${v} end` },
      }),
  },
  {
    name: 'tip tag',
    path: 'tags.0',
    send: (h, t, v) =>
      h.request(`/api/teams/${t.teamId}/tips`, {
        method: 'POST',
        cookie: t.leadCookie,
        json: { title: 'Tip', body: 'Body', tags: [`tag${v}`] },
      }),
  },
  {
    name: 'pack name',
    path: 'pack.name',
    send: (h, t, v) =>
      h.request(`/api/teams/${t.teamId}/packs`, {
        method: 'POST',
        cookie: t.leadCookie,
        json: avoidPack({ name: `Pack ${v}` }),
      }),
  },
  {
    name: 'pack description',
    path: 'pack.description',
    multiLine: true,
    send: (h, t, v) =>
      h.request(`/api/teams/${t.teamId}/packs`, {
        method: 'POST',
        cookie: t.leadCookie,
        json: avoidPack({ description: `About ${v} it` }),
      }),
  },
  {
    name: 'rule message',
    path: 'pack.rules.0.message',
    multiLine: true,
    send: (h, t, v) =>
      h.request(`/api/teams/${t.teamId}/packs`, {
        method: 'POST',
        cookie: t.leadCookie,
        json: avoidPack({}, { message: `Avoid ${v} it` }),
      }),
  },
  {
    name: 'rule phrase',
    path: 'pack.rules.0.phrases.0',
    send: (h, t, v) =>
      h.request(`/api/teams/${t.teamId}/packs`, {
        method: 'POST',
        cookie: t.leadCookie,
        json: avoidPack({}, { phrases: [`sorry ${v}`] }),
      }),
  },
  {
    name: 'rule match phrase',
    path: 'pack.rules.0.phrases.0.match',
    send: (h, t, v) =>
      h.request(`/api/teams/${t.teamId}/packs`, {
        method: 'POST',
        cookie: t.leadCookie,
        json: avoidPack({}, { phrases: [{ match: `sorry ${v}` }] }),
      }),
  },
  {
    name: 'rule why',
    path: 'pack.rules.0.why',
    multiLine: true,
    send: (h, t, v) =>
      h.request(`/api/teams/${t.teamId}/packs`, {
        method: 'POST',
        cookie: t.leadCookie,
        json: avoidPack({}, { why: `Because ${v} so` }),
      }),
  },
  {
    name: 'rule replacement',
    path: 'pack.rules.0.replacements.0',
    send: (h, t, v) =>
      h.request(`/api/teams/${t.teamId}/packs`, {
        method: 'POST',
        cookie: t.leadCookie,
        json: avoidPack({}, { replacements: [`instead ${v}`] }),
      }),
  },
  {
    name: 'join display name',
    path: 'displayName',
    send: async (h, t, v) =>
      h.request('/api/join', {
        method: 'POST',
        origin: EXTENSION_ORIGIN,
        json: { code: await newInvite(h, t), displayName: `New ${v} agent` },
      }),
  },
  {
    name: 'join device label',
    path: 'deviceLabel',
    send: async (h, t, v) =>
      h.request('/api/join', {
        method: 'POST',
        origin: EXTENSION_ORIGIN,
        json: { code: await newInvite(h, t), displayName: 'New agent', deviceLabel: `Laptop ${v}` },
      }),
  },
];

/** Every text value in the team's tables, to prove nothing with a control character was stored. */
async function storedTexts(h: Harness, teamId: string): Promise<string[]> {
  const db = h.database.db;
  const [teams, members, invites, tips, packs, versions, devices] = await Promise.all([
    db.selectFrom('teams').select('name').where('id', '=', teamId).execute(),
    db.selectFrom('members').select('display_name').where('team_id', '=', teamId).execute(),
    db.selectFrom('invites').select('label').where('team_id', '=', teamId).execute(),
    db.selectFrom('tips').select(['title', 'body', 'tags']).where('team_id', '=', teamId).execute(),
    db.selectFrom('guideline_packs').select(['name', 'pack_key']).where('team_id', '=', teamId).execute(),
    db
      .selectFrom('guideline_versions as v')
      .innerJoin('guideline_packs as p', 'p.id', 'v.pack_id')
      .select('v.content')
      .where('p.team_id', '=', teamId)
      .execute(),
    db.selectFrom('device_tokens').select('label').where('team_id', '=', teamId).execute(),
  ]);
  return [
    ...teams.map((r) => r.name),
    ...members.map((r) => r.display_name),
    ...invites.map((r) => r.label),
    ...tips.flatMap((r) => [r.title, r.body, r.tags]),
    ...packs.flatMap((r) => [r.name, r.pack_key]),
    ...versions.map((r) => JSON.stringify(JSON.parse(r.content))),
    ...devices.map((r) => r.label),
  ];
}

describe.each(DATABASE_KINDS)('text fields on %s', (kind) => {
  let h: Harness;
  let team: SeededTeam;

  beforeAll(async () => {
    h = await createHarness(kind);
    team = await h.seedTeam('Texts');
  }, 60_000);
  afterAll(async () => h?.close());

  for (const field of FIELDS) {
    it(`${field.name}: refuses control characters with a 400 naming the field, accepts clean text`, async () => {
      for (const control of CONTROLS) {
        const response = await field.send(h, team, control);
        expect(response.status, `${JSON.stringify(control)} in ${field.name}`).toBe(400);
        const body = (await response.json()) as { error: string; issues: Array<{ path: string; message: string }> };
        expect(body.error).toBe('invalid_request');
        const issue = body.issues.find((i) => i.path === field.path);
        expect(issue?.message, JSON.stringify(body.issues)).toMatch(/control characters: U\+00[0-9A-F]{2}/);
      }
      const clean = await field.send(h, team, field.multiLine ? 'with\ttab and\nline' : 'plain');
      expect(clean.status, await clean.clone().text()).toBeLessThan(300);
      const stored = await storedTexts(h, team.teamId);
      // JSON-encoded pack content shows a control character as \u00XX; raw columns would hold it as is.
      for (const text of stored)
        expect(text).not.toMatch(
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\\u00[01][0-9a-f]|\\u007f|\\u008|\\u009/i,
        );
    });
  }

  it('normalizes display names: NFKC, no bidi overrides, no zero-width characters', async () => {
    const spoof = `\u202EAnna\u200B\u2066 \uFF21dmin\u200D\u2069`; // RLO, ZWSP, isolate, fullwidth A, ZWJ
    const patched = await h.request(`/api/teams/${team.teamId}/members/${team.agentMemberId}`, {
      method: 'PATCH',
      cookie: team.leadCookie,
      json: { displayName: spoof },
    });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { displayName: string }).displayName).toBe('Anna Admin');
    const joined = await h.request('/api/join', {
      method: 'POST',
      origin: EXTENSION_ORIGIN,
      json: { code: await newInvite(h, team), displayName: 'Zoë\u200E  \u00A0Lee', deviceLabel: '\u2067Work laptop' },
    });
    expect(joined.status).toBe(201);
    const body = (await joined.json()) as { member: { displayName: string }; deviceId: string };
    expect(body.member.displayName).toBe('Zoë Lee');
    const device = await h.database.db
      .selectFrom('device_tokens')
      .select('label')
      .where('id', '=', body.deviceId)
      .executeTakeFirstOrThrow();
    expect(device.label).toBe('Work laptop');
    // Nothing visible left: refused, not stored as an empty name.
    const invisible = await h.request(`/api/teams/${team.teamId}/members/${team.agentMemberId}`, {
      method: 'PATCH',
      cookie: team.leadCookie,
      json: { displayName: '\u200B\u202E\u2066' },
    });
    expect(invisible.status).toBe(400);
    expect(JSON.stringify(await invisible.json())).toContain('displayName');
  });
});
