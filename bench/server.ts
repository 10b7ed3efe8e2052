/**
 * `npm run bench:server`: the backend as a child process on loopback, loaded with autocannon from this process —
 * event ingest (batches of 50 events from many agents) at 50 and 200 concurrent clients, and conditional GETs of
 * the guidelines answered 304 — on SQLite and on PostgreSQL. Prints one table; each scenario runs for a fixed time.
 */
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { createTeamWithLead } from '../server/data/teams';
import { openDatabase, type DatabaseOptions } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrations';
import { createInvite } from '../server/routes/invites';
import { startChildServer, type ChildServer } from '../tests/server/support/child-server';
import { formatBenchTable, type BenchRow } from './table';

const EVENTS_PER_BATCH = 50;
const AGENTS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const TARGETS = { eventsPerSecond: 5000, p99Ms: 50, checksPerSecond: 10_000 };

interface Target {
  label: 'SQLite' | 'PostgreSQL';
  env: Record<string, string>;
  options: DatabaseOptions;
  drop(): Promise<void>;
}

async function postgresTarget(): Promise<Target | null> {
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `attune_test_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    label: 'PostgreSQL',
    env: { DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '10' },
    options: { kind: 'postgres', url: url.toString(), poolSize: 2 },
    drop: async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

async function sqliteTarget(): Promise<Target> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'attune-bench-'));
  return {
    label: 'SQLite',
    env: { ATTUNE_DATA_DIR: dir },
    options: { kind: 'sqlite', path: join(dir, 'attune.sqlite') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A team with a published pack and AGENTS joined devices; returns their tokens and the guidelines ETag. */
async function seed(target: Target, server: ChildServer): Promise<{ tokens: string[]; etag: string }> {
  const database = openDatabase(target.options);
  await migrateToLatest(database.db);
  const password = 'bench lead password';
  const { teamId, leadId } = await createTeamWithLead(database.db, { teamName: 'Bench', leadName: 'Lead', leadEmail: 'bench@example.test', leadPassword: password });
  const invite = await createInvite({ db: database.db }, { teamId, createdBy: leadId, label: 'bench', maxUses: AGENTS, expiresInDays: 1 }, Date.now());
  await database.close();

  const tokens: string[] = [];
  for (let i = 0; i < AGENTS; i += 1) {
    const joined = await fetch(`${server.url}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: invite.code, displayName: `Agent ${i}` }) });
    tokens.push(((await joined.json()) as { token: string }).token);
  }
  const origin = new URL(server.url).origin;
  const signIn = await fetch(`${server.url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ email: 'bench@example.test', password }) });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const lead = { 'content-type': 'application/json', origin, cookie };
  const pack = { id: 'bench', name: 'Bench', version: 1, rules: [{ kind: 'avoid', id: 'no-unfortunately', phrases: ['unfortunately'], message: 'Avoid it.' }] };
  const created = (await (await fetch(`${server.url}/api/teams/${teamId}/packs`, { method: 'POST', headers: lead, body: JSON.stringify({ pack }) })).json()) as { id: string };
  await fetch(`${server.url}/api/teams/${teamId}/packs/${created.id}/publish`, { method: 'POST', headers: lead, body: JSON.stringify({ version: 1 }) });
  const guidelines = await fetch(`${server.url}/api/agent/guidelines`, { headers: { authorization: `Bearer ${tokens[0]}` } });
  return { tokens, etag: guidelines.headers.get('etag') ?? '' };
}

let eventCounter = 0;
function batchBody(): string {
  const now = new Date().toISOString();
  const events = Array.from({ length: EVENTS_PER_BATCH }, () => ({
    id: `bench-${process.pid}-${(eventCounter += 1)}`,
    kind: 'sent',
    occurredAt: now,
    score: 70 + (eventCounter % 30),
    checks: { acknowledgement: eventCounter % 3 ? 'present' : 'missing', questions: 'present', nextSteps: 'missing' },
    questions: { asked: 1, unanswered: eventCounter % 4 === 0 ? 1 : 0 },
    ruleCounts: { 'empathy/acknowledge-feelings': 1, 'guideline/no-unfortunately': 1 },
    suggestionsApplied: eventCounter % 2,
  }));
  return JSON.stringify({ events });
}

async function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function ingestRows(label: string, connections: number, result: autocannon.Result): BenchRow[] {
  const ok = result['2xx'];
  // Median of autocannon's per-second request counts; every acknowledged request carries a whole batch.
  const eventsPerSecond = result.requests.p50 * EVENTS_PER_BATCH;
  const mean = Math.round((ok * EVENTS_PER_BATCH) / (result.duration || SECONDS));
  const note = `${connections} clients × ${EVENTS_PER_BATCH}-event batches (mean ${mean}/s), ${ok} batches ok, ${result.non2xx} non-2xx, ${result.errors} errors`;
  return [
    { group: `server ${label}`, name: `ingest @${connections}: events/s`, median: eventsPerSecond, unit: 'events/s', note: `${note}; target ≥ ${TARGETS.eventsPerSecond}` },
    { group: `server ${label}`, name: `ingest @${connections}: p50 latency`, median: result.latency.p50, unit: 'ms', note: 'per batch request' },
    { group: `server ${label}`, name: `ingest @${connections}: p99 latency`, median: result.latency.p99, unit: 'ms', note: connections === 200 ? `target ≤ ${TARGETS.p99Ms}` : '' },
  ];
}

/** Waits until the server has worked off the previous scenario's backlog, so scenarios do not bleed into each other. */
async function settle(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const started = performance.now();
    await fetch(`${url}/healthz`).catch(() => undefined);
    if (performance.now() - started < 20) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function benchTarget(target: Target): Promise<BenchRow[]> {
  const server = await startChildServer({ ...target.env, LOG_LEVEL: 'warn', ATTUNE_RATE_PER_ADDRESS: '100000000', ATTUNE_RATE_PER_TOKEN: '100000000' });
  try {
    const { tokens, etag } = await seed(target, server);
    let next = 0;
    const token = () => tokens[(next += 1) % tokens.length] ?? '';
    const rows: BenchRow[] = [];
    for (const connections of [50, 200]) {
      await settle(server.url);
      const result = await load({
        url: server.url,
        connections,
        duration: SECONDS,
        requests: [
          {
            method: 'POST',
            path: '/api/agent/events',
            setupRequest: (request) => ({
              ...request,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
              body: batchBody(),
            }),
          },
        ],
      });
      rows.push(...ingestRows(target.label, connections, result));
    }
    // Calibration: the same server answering a route that touches no database — what this machine gives right now.
    await settle(server.url);
    const baseline = await load({ url: `${server.url}/healthz`, connections: 50, duration: SECONDS });
    rows.push({
      group: `server ${target.label}`,
      name: 'baseline GET /healthz (no database): requests/s',
      median: baseline.requests.p50,
      unit: 'req/s',
      note: `calibration for this machine at this moment; p99 ${baseline.latency.p99} ms`,
    });
    await settle(server.url);
    const checks = await load({
      url: `${server.url}/api/agent/guidelines`,
      connections: 50,
      duration: SECONDS,
      headers: { authorization: `Bearer ${tokens[0]}`, 'if-none-match': etag },
    });
    const notModified = checks.statusCodeStats?.['304']?.count ?? 0;
    rows.push({
      group: `server ${target.label}`,
      name: 'guidelines ETag check: requests/s',
      median: checks.requests.p50,
      unit: 'req/s',
      note: `median of per-second samples (mean ${Math.round(checks.requests.average)}), ${notModified} answered 304, p99 ${checks.latency.p99} ms; target ≥ ${TARGETS.checksPerSecond}`,
    });
    return rows;
  } finally {
    server.process.kill('SIGTERM');
    await server.exited;
    await target.drop();
  }
}

export async function runServerBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  rows.push(...(await benchTarget(await sqliteTarget())));
  const postgres = await postgresTarget();
  if (postgres) rows.push(...(await benchTarget(postgres)));
  else rows.push({ group: 'server PostgreSQL', name: '(not measured)', median: Number.NaN, unit: '', note: `no PostgreSQL at ${ADMIN_URL}` });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runServerBench().then(
    (rows) => console.log(formatBenchTable(rows)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
