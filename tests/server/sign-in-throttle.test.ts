/**
 * Sign-in protection that works for teams, on SQLite and PostgreSQL: a per-account backoff no number of addresses
 * gets around, a NAT's many users who sign in correctly never trip the per-address limit, two instances on one
 * database share the counts, failed sign-ins are logged with the client address (never the e-mail or password),
 * and the client address is the hop the trusted proxies saw, never what the client wrote in X-Forwarded-For.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { createDeps } from '../../server/deps';
import { createTeamWithLead } from '../../server/data/teams';
import { pickClient, parseTrustProxy } from '../../server/security/client-address';
import { delayBefore, type ThrottlePolicy } from '../../server/security/credential-throttle';
import { DATABASE_KINDS } from './support/databases';
import { createHarness, ORIGIN, type Harness } from './support/harness';

const MINUTE = 60_000;
const ACCOUNT: ThrottlePolicy = {
  freeAttempts: 5,
  baseDelayMs: MINUTE,
  maxDelayMs: 15 * MINUTE,
  resetAfterMs: 60 * MINUTE,
};
const ADDRESS: ThrottlePolicy = {
  freeAttempts: 10,
  baseDelayMs: MINUTE,
  maxDelayMs: 15 * MINUTE,
  resetAfterMs: 60 * MINUTE,
};

describe('the client address behind trusted proxies', () => {
  it('takes the hop the trusted proxies saw, counted from the right', () => {
    // The client wrote "6.6.6.6" itself; nginx appended the real peer 198.51.100.7; the socket peer is nginx.
    const chain = ['6.6.6.6', '198.51.100.7', '10.0.0.2'];
    expect(pickClient(chain, false)).toBe('10.0.0.2');
    expect(pickClient(chain, { hops: 1 })).toBe('198.51.100.7');
    expect(pickClient(['6.6.6.6', '198.51.100.7', '10.0.0.9', '10.0.0.2'], { hops: 2 })).toBe('198.51.100.7');
    expect(pickClient(chain, { cidrs: ['10.0.0.0/8'] })).toBe('198.51.100.7');
    expect(
      pickClient(['6.6.6.6', '198.51.100.7', '172.16.0.4', '10.0.0.2'], { cidrs: ['10.0.0.0/8', '172.16.0.0/12'] }),
    ).toBe('198.51.100.7');
    expect(pickClient(['2001:db8::5', 'fd00::1'], { cidrs: ['fd00::/8'] })).toBe('2001:db8::5');
    // More hops configured than present: the leftmost there is, not undefined.
    expect(pickClient(['198.51.100.7', '10.0.0.2'], { hops: 5 })).toBe('198.51.100.7');
  });

  it('reads ATTUNE_TRUST_PROXY as a count or a list of ranges, and refuses nonsense', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('1')).toEqual({ hops: 1 });
    expect(parseTrustProxy('10.0.0.0/8, 192.0.2.7')).toEqual({ cidrs: ['10.0.0.0/8', '192.0.2.7'] });
    expect(() => parseTrustProxy('10.0.0.0/8,proxy.internal')).toThrow(/ATTUNE_TRUST_PROXY.*proxy\.internal/);
  });

  it('backs off exponentially after the free attempts, up to the cap', () => {
    expect([1, 5, 6, 7, 8].map((n) => delayBefore(n, ACCOUNT))).toEqual([0, 0, MINUTE, 2 * MINUTE, 4 * MINUTE]);
    expect(delayBefore(40, ACCOUNT)).toBe(15 * MINUTE);
  });
});

describe.each(DATABASE_KINDS)('sign-in throttling on %s', (kind) => {
  let h: Harness;
  let address = 0;
  const from = () => ({ 'x-forwarded-for': `198.51.100.${++address}` });
  const signIn = (email: string, password: string, headers: Record<string, string>, app = h.app) =>
    app.request(`${ORIGIN}/api/auth/sign-in`, {
      method: 'POST',
      headers: { ...headers, origin: ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  beforeAll(async () => {
    h = await createHarness(kind, {
      trustProxy: { hops: 1 },
      credentialThrottle: { account: ACCOUNT, signInAddress: ADDRESS, joinAddress: ADDRESS },
    });
  }, 60_000);
  afterAll(async () => h?.close());

  it('throttles one account however many addresses the attacker uses', async () => {
    const { leadEmail, leadPassword } = await h.seedTeam('Target');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) statuses.push((await signIn(leadEmail, `wrong ${i}`, from())).status);
    // 12 different addresses: the first 5 are checked (401), then the account waits a minute per try (429).
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    const refused = await signIn(leadEmail, leadPassword, from());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });

  it('does not block a NAT whose many users sign in correctly, nor other accounts behind it', async () => {
    const nat = from();
    const teams = await Promise.all(['N1', 'N2', 'N3'].map((name) => h.seedTeam(name)));
    const statuses: number[] = [];
    for (let round = 0; round < 6; round += 1) {
      for (const team of teams) statuses.push((await signIn(team.leadEmail, team.leadPassword, nat)).status);
    }
    expect(statuses.every((s) => s === 200)).toBe(true); // 18 sign-ins from one address, limit 10: successes are refunded
    // One lead mistyping a few times behind the NAT blocks neither the address nor the others.
    for (let i = 0; i < 3; i += 1) expect((await signIn(teams[0]!.leadEmail, 'typo', nat)).status).toBe(401);
    expect((await signIn(teams[1]!.leadEmail, teams[1]!.leadPassword, nat)).status).toBe(200);
    expect((await signIn(teams[0]!.leadEmail, teams[0]!.leadPassword, nat)).status).toBe(200);
  });

  it('throttles one address guessing many accounts', async () => {
    const attacker = from();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) statuses.push((await signIn(`nobody${i}@example.test`, 'guess', attacker)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('ignores an X-Forwarded-For the client wrote itself', async () => {
    const attacker = from()['x-forwarded-for'];
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      // A fresh forged address on the left each time; the proxy appends the real one on the right.
      statuses.push(
        (await signIn(`spoof${i}@example.test`, 'guess', { 'x-forwarded-for': `203.0.113.${i}, ${attacker}` })).status,
      );
    }
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('shares the counts between two instances on one database', async () => {
    const second = createApp(createDeps(h.database.db, h.database.kind, h.deps.config, h.database.pgPool));
    const { leadEmail } = await h.seedTeam('Shared');
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1)
      statuses.push((await signIn(leadEmail, `wrong ${i}`, from(), i % 2 === 0 ? h.app : second)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it('logs failed sign-ins with the client address, never the e-mail or the password', async () => {
    const { teamId, leadId } = await createTeamWithLead(h.database.db, {
      teamName: 'Logged',
      leadName: 'L',
      leadEmail: 'logged.lead@example.test',
      leadPassword: 'the right password',
    });
    void teamId;
    const headers = { 'x-forwarded-for': '192.0.2.77' };
    expect((await signIn('logged.lead@example.test', 'hunter2 secret', headers)).status).toBe(401);
    const line = h.logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.event === 'sign_in_failed' && l.address === '192.0.2.77');
    expect(line).toMatchObject({ address: '192.0.2.77', memberId: leadId });
    const all = h.logLines.join('\n');
    expect(all).not.toContain('logged.lead@example.test');
    expect(all).not.toContain('hunter2');
  });
});
