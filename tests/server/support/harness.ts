/**
 * An in-process backend on a fresh database: the real app, real migrations and real queries, called through
 * app.request() (no port). Logs go to memory so tests can check what was written.
 */
import { Writable } from 'node:stream';
import { createApp } from '../../../server/app';
import { defaultConfig, type ServerConfig } from '../../../server/config';
import type { OpenDatabase } from '../../../server/db/connect';
import { migrateToLatest } from '../../../server/db/migrations';
import { createTeamWithLead } from '../../../server/data/teams';
import { closeDeps, createDeps, type AppDeps } from '../../../server/deps';
import { createLogger } from '../../../server/logger';
import { createInvite } from '../../../server/data/invites';
import { createTestDatabase, type TestDatabase } from './databases';
import type { DatabaseKind } from '../../../server/db/connect';

export const ORIGIN = 'http://localhost';
export const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
export const DASHBOARD_ORIGIN = 'https://dashboard.example.test';

export interface SeededTeam {
  teamId: string;
  leadId: string;
  leadEmail: string;
  leadPassword: string;
  leadCookie: string;
  agentToken: string;
  agentMemberId: string;
  agentDeviceId: string;
}

export interface Harness {
  kind: DatabaseKind;
  database: OpenDatabase;
  testDatabase: TestDatabase;
  deps: AppDeps;
  app: ReturnType<typeof createApp>;
  logLines: string[];
  request(
    path: string,
    init?: RequestInit & { json?: unknown; cookie?: string; token?: string; origin?: string | null },
  ): Promise<Response>;
  seedTeam(name: string): Promise<SeededTeam>;
  close(): Promise<void>;
}

export async function createHarness(
  kind: DatabaseKind,
  overrides: Partial<Omit<ServerConfig, 'logger'>> = {},
): Promise<Harness> {
  const logLines: string[] = [];
  const logger = createLogger({
    level: 'info',
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    }),
  });
  const config = defaultConfig(logger, {
    allowedOrigins: [EXTENSION_ORIGIN, DASHBOARD_ORIGIN],
    ...overrides,
  });
  const testDatabase = await createTestDatabase(kind);
  const database = testDatabase.open();
  await migrateToLatest(database.db);
  const deps = createDeps(database.db, database.kind, config, database.pgPool);
  const app = createApp(deps);
  let counter = 0;

  const request: Harness['request'] = (path, init = {}) => {
    const { json, cookie, token, origin, headers: extraHeaders, ...rest } = init;
    const headers = new Headers(extraHeaders);
    if (json !== undefined) headers.set('content-type', 'application/json');
    if (cookie) headers.set('cookie', cookie);
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (origin !== null) headers.set('origin', origin ?? ORIGIN);
    return Promise.resolve(
      app.request(`${ORIGIN}${path}`, {
        ...rest,
        headers,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      }),
    );
  };

  const signIn = async (email: string, password: string): Promise<string> => {
    const response = await request('/api/auth/sign-in', { method: 'POST', json: { email, password } });
    if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    const setCookie = response.headers.get('set-cookie') ?? '';
    return setCookie.split(';')[0] ?? '';
  };

  const seedTeam = async (name: string): Promise<SeededTeam> => {
    counter += 1;
    const leadEmail = `lead${counter}.${name.toLowerCase().replace(/\W/g, '')}@example.test`;
    const leadPassword = `correct horse ${name} ${counter}`;
    const { teamId, leadId } = await createTeamWithLead(database.db, {
      teamName: name,
      leadName: `${name} Lead`,
      leadEmail,
      leadPassword,
    });
    const leadCookie = await signIn(leadEmail, leadPassword);
    const invite = await createInvite(
      deps,
      { teamId, createdBy: leadId, label: 'test', maxUses: 10, expiresInDays: 7 },
      Date.now(),
    );
    const joined = await request('/api/join', {
      method: 'POST',
      json: { code: invite.code, displayName: `${name} Agent` },
      origin: EXTENSION_ORIGIN,
    });
    if (joined.status !== 201) throw new Error(`join failed: ${joined.status} ${await joined.text()}`);
    const body = (await joined.json()) as { token: string; deviceId: string; member: { id: string } };
    return {
      teamId,
      leadId,
      leadEmail,
      leadPassword,
      leadCookie,
      agentToken: body.token,
      agentMemberId: body.member.id,
      agentDeviceId: body.deviceId,
    };
  };

  return {
    kind,
    database,
    testDatabase,
    deps,
    app,
    logLines,
    request,
    seedTeam,
    close: async () => {
      await closeDeps(deps);
      await database.close();
      await testDatabase.drop();
    },
  };
}

export function progressEvent(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'sent',
    occurredAt: new Date().toISOString(),
    score: 80,
    checks: { acknowledgement: 'present', questions: 'missing' },
    questions: { asked: 2, unanswered: 1 },
    ruleCounts: { 'empathy/acknowledge-feelings': 1, 'guideline/no-sorry': 2 },
    suggestionsApplied: 1,
    ...overrides,
  };
}
