/**
 * `npm run bench:server`: the backend as a child process on loopback, loaded with autocannon from this process, on
 * SQLite and on PostgreSQL. Scenarios, each BENCH_SECONDS long, repeated BENCH_RUNS times (interleaved, so a noisy
 * moment on a shared machine hits one run of each rather than every run of one); the table gives the median run.
 *
 * - ingest, saturation (closed loop): 50 and 200 clients each send a 50-event batch as soon as the previous one is
 *   answered. This finds the most events/s the server takes, and at that point latency is set by Little's law —
 *   clients in flight / throughput — not by the server's speed: 200 clients at 200 batches/s wait ≈ 1 s each.
 * - ingest, open loop at the target load: 50 and 200 clients together offer 5,000 events/s in 25-event batches
 *   (autocannon's overallRate, latencies corrected for coordinated omission). The p99 target is judged here: it
 *   asks how fast a batch is answered while the server carries the target load, not when it is overloaded.
 * - ingest, open loop with spread arrivals: the same 5,000 events/s from 200 clients, but each client sends once a
 *   second at its own random phase (as devices flushing on independent timers do). autocannon's overallRate resets
 *   every connection's quota on timers started together, so its 200 clients send in one synchronized burst per
 *   second; both rows are kept. Latency is measured from each batch's scheduled time (no coordinated omission).
 * - baseline GET /healthz (no database, no auth): what this machine gives one server process at this moment.
 * - guidelines ETag check: conditional GETs by a device token, answered 304.
 */
import { Agent, request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { createTeamWithLead } from '../server/data/teams';
import { openDatabase, type DatabaseOptions } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrations';
import { createInvite } from '../server/data/invites';
import { startChildServer, type ChildServer } from '../tests/server/support/child-server';
import { ADMIN_URL, createPostgresDatabase, postgresReachable } from '../tests/server/support/databases';
import { formatBenchTable, median, type BenchRow } from './table';

const SATURATION_BATCH = 50;
const OPEN_LOOP_BATCH = 25;
const AGENTS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PG_POOL = process.env.BENCH_PG_POOL ?? '10';
/** While iterating: BENCH_TARGETS=sqlite|postgres and BENCH_SCENARIOS=spread-200,guidelines,… (scenario keys) narrow the run. */
const ONLY_TARGETS = process.env.BENCH_TARGETS?.split(',').map((t) => t.trim().toLowerCase());
const ONLY_SCENARIOS = process.env.BENCH_SCENARIOS?.split(',').map((t) => t.trim());

const TARGETS = { eventsPerSecond: 5000, p99Ms: 50, checksPerSecond: 10_000 };

interface Target {
  label: 'SQLite' | 'PostgreSQL';
  env: Record<string, string>;
  options: DatabaseOptions;
  drop(): Promise<void>;
}

async function postgresTarget(): Promise<Target | null> {
  if (!(await postgresReachable())) return null;
  const { url, drop } = await createPostgresDatabase('attune_test_bench');
  return {
    label: 'PostgreSQL',
    env: { DATABASE_URL: url, DATABASE_POOL_SIZE: PG_POOL },
    options: { kind: 'postgres', url, poolSize: 2 },
    drop,
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
  const { teamId, leadId } = await createTeamWithLead(database.db, {
    teamName: 'Bench',
    leadName: 'Lead',
    leadEmail: 'bench@example.test',
    leadPassword: password,
  });
  const invite = await createInvite(
    { db: database.db },
    { teamId, createdBy: leadId, label: 'bench', maxUses: AGENTS, expiresInDays: 1 },
    Date.now(),
  );
  await database.close();

  const tokens: string[] = [];
  for (let i = 0; i < AGENTS; i += 1) {
    const joined = await fetch(`${server.url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: invite.code, displayName: `Agent ${i}` }),
    });
    tokens.push(((await joined.json()) as { token: string }).token);
  }
  const origin = new URL(server.url).origin;
  const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email: 'bench@example.test', password }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const lead = { 'content-type': 'application/json', origin, cookie };
  const pack = {
    id: 'bench',
    name: 'Bench',
    version: 1,
    rules: [{ kind: 'avoid', id: 'no-unfortunately', phrases: ['unfortunately'], message: 'Avoid it.' }],
  };
  const created = (await (
    await fetch(`${server.url}/api/teams/${teamId}/packs`, {
      method: 'POST',
      headers: lead,
      body: JSON.stringify({ pack }),
    })
  ).json()) as { id: string };
  await fetch(`${server.url}/api/teams/${teamId}/packs/${created.id}/publish`, {
    method: 'POST',
    headers: lead,
    body: JSON.stringify({ version: 1 }),
  });
  const guidelines = await fetch(`${server.url}/api/agent/guidelines`, {
    headers: { authorization: `Bearer ${tokens[0]}` },
  });
  return { tokens, etag: guidelines.headers.get('etag') ?? '' };
}

let eventCounter = 0;
function batchBody(size: number): string {
  const now = new Date().toISOString();
  const events = Array.from({ length: size }, () => ({
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

/** What the rows read of a load run: autocannon's result, or the spread-arrival generator's. */
interface LoadResult {
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
  latency: { p50: number; p99: number };
  requests: { total: number };
  statusCodeStats?: autocannon.Result['statusCodeStats'];
}

interface Scenario {
  key: string;
  run(url: string): Promise<LoadResult>;
  rows(label: string, results: LoadResult[]): BenchRow[];
}

/**
 * Open-loop load with spread arrivals: `clients` keep-alive connections, each sending one request per `periodMs` at
 * its own random phase. A late answer does not delay the schedule, and latency counts from the scheduled time, so a
 * slow server shows as latency instead of as fewer requests (no coordinated omission).
 */
async function spreadLoad(options: {
  url: string;
  clients: number;
  periodMs: number;
  seconds: number;
  body: () => string;
  headers: () => Record<string, string>;
}): Promise<LoadResult> {
  const target = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.clients });
  const latencies: number[] = [];
  const counts = { ok: 0, other: 0, errors: 0 };
  const started = performance.now();
  const end = started + options.seconds * 1000;
  const send = (body: string) =>
    new Promise<number>((resolve) => {
      const req = httpRequest(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { ...options.headers(), 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', () => resolve(0));
      req.end(body);
    });
  const client = async () => {
    for (let due = started + Math.random() * options.periodMs; due < end; due += options.periodMs) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const status = await send(options.body());
      latencies.push(performance.now() - due);
      if (status >= 200 && status < 300) counts.ok += 1;
      else if (status === 0) counts.errors += 1;
      else counts.other += 1;
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN);
  return {
    '2xx': counts.ok,
    non2xx: counts.other,
    errors: counts.errors,
    timeouts: 0,
    duration: Math.max(options.seconds, (performance.now() - started) / 1000),
    latency: { p50: at(0.5), p99: at(0.99) },
    requests: { total: latencies.length },
  };
}

const perSecond = (r: LoadResult) => r['2xx'] / (r.duration || SECONDS);
const failures = (results: LoadResult[]) => results.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
/** "median (min–max over N runs)" helpers: the table shows the median run, the note its spread. */
const med = (results: LoadResult[], pick: (r: LoadResult) => number) => median(results.map(pick));
const spread = (results: LoadResult[], pick: (r: LoadResult) => number) => {
  const values = results.map(pick);
  return `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))} over ${values.length} runs`;
};

function scenarios(token: () => string, etag: string, guidelineToken: string): Scenario[] {
  const ingest = (size: number) => [
    {
      method: 'POST' as const,
      path: '/api/agent/events',
      setupRequest: (request: autocannon.Request) => ({
        ...request,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
        body: batchBody(size),
      }),
    },
  ];
  const list: Scenario[] = [];
  for (const connections of [50, 200]) {
    list.push({
      key: `saturation-${connections}`,
      run: (url) => load({ url, connections, duration: SECONDS, requests: ingest(SATURATION_BATCH) }),
      rows: (label, results) => {
        const events = (r: LoadResult) => perSecond(r) * SATURATION_BATCH;
        const group = `server ${label}`;
        const name = `ingest saturation @${connections}`;
        return [
          {
            group,
            name: `${name}: events/s`,
            median: med(results, events),
            unit: 'events/s',
            note: `closed loop, ${SATURATION_BATCH}-event batches; ${spread(results, events)}; ${failures(results)} failed; target ≥ ${TARGETS.eventsPerSecond}`,
          },
          {
            group,
            name: `${name}: p50 latency`,
            median: med(results, (r) => r.latency.p50),
            unit: 'ms',
            note: `${spread(results, (r) => r.latency.p50)}`,
          },
          {
            group,
            name: `${name}: p99 latency`,
            median: med(results, (r) => r.latency.p99),
            unit: 'ms',
            note: `${spread(results, (r) => r.latency.p99)}; at saturation ≈ ${connections} in flight / throughput (Little's law) — not the p99 target row`,
          },
        ];
      },
    });
  }
  const rate = TARGETS.eventsPerSecond / OPEN_LOOP_BATCH;
  for (const connections of [50, 200]) {
    list.push({
      key: `open-${connections}`,
      run: (url) => load({ url, connections, duration: SECONDS, overallRate: rate, requests: ingest(OPEN_LOOP_BATCH) }),
      rows: (label, results) => {
        const events = (r: LoadResult) => perSecond(r) * OPEN_LOOP_BATCH;
        const group = `server ${label}`;
        const name = `ingest open loop @${connections}, ${TARGETS.eventsPerSecond} events/s offered`;
        return [
          {
            group,
            name: `${name}: events/s done`,
            median: med(results, events),
            unit: 'events/s',
            note: `${rate} batches/s of ${OPEN_LOOP_BATCH} offered; ${spread(results, events)}; ${failures(results)} failed`,
          },
          {
            group,
            name: `${name}: p50 latency`,
            median: med(results, (r) => r.latency.p50),
            unit: 'ms',
            note: `${spread(results, (r) => r.latency.p50)}`,
          },
          {
            group,
            name: `${name}: p99 latency`,
            median: med(results, (r) => r.latency.p99),
            unit: 'ms',
            note: `${spread(results, (r) => r.latency.p99)}; ${connections === 200 ? 'synchronized bursts (see the spread row)' : 'same load, fewer clients'}`,
          },
        ];
      },
    });
  }
  list.push({
    key: 'spread-200',
    run: (url) =>
      spreadLoad({
        url: `${url}/api/agent/events`,
        clients: 200,
        periodMs: (200 / rate) * 1000,
        seconds: SECONDS,
        body: () => batchBody(OPEN_LOOP_BATCH),
        headers: () => ({ 'content-type': 'application/json', authorization: `Bearer ${token()}` }),
      }),
    rows: (label, results) => {
      const events = (r: LoadResult) => perSecond(r) * OPEN_LOOP_BATCH;
      const group = `server ${label}`;
      const name = `ingest open loop @200 spread, ${TARGETS.eventsPerSecond} events/s offered`;
      return [
        {
          group,
          name: `${name}: events/s done`,
          median: med(results, events),
          unit: 'events/s',
          note: `each client 1 batch of ${OPEN_LOOP_BATCH} per ${(200 / rate).toFixed(1)} s at its own phase; ${spread(results, events)}; ${failures(results)} failed`,
        },
        {
          group,
          name: `${name}: p50 latency`,
          median: med(results, (r) => r.latency.p50),
          unit: 'ms',
          note: `from the scheduled time; ${spread(results, (r) => r.latency.p50)}`,
        },
        {
          group,
          name: `${name}: p99 latency`,
          median: med(results, (r) => r.latency.p99),
          unit: 'ms',
          note: `${spread(results, (r) => r.latency.p99)}; p99 target (≤ ${TARGETS.p99Ms}) judged on this row`,
        },
      ];
    },
  });
  list.push({
    key: 'healthz',
    run: (url) => load({ url: `${url}/healthz`, connections: 50, duration: SECONDS }),
    rows: (label, results) => [
      {
        group: `server ${label}`,
        name: 'baseline GET /healthz (no database): requests/s',
        median: med(results, perSecond),
        unit: 'req/s',
        note: `calibration: this machine, one server process, right now; ${spread(results, perSecond)}; p99 ${med(results, (r) => r.latency.p99)} ms`,
      },
    ],
  });
  list.push({
    key: 'guidelines',
    run: (url) =>
      load({
        url: `${url}/api/agent/guidelines`,
        connections: 50,
        duration: SECONDS,
        headers: { authorization: `Bearer ${guidelineToken}`, 'if-none-match': etag },
      }),
    rows: (label, results) => {
      const notModified = (r: LoadResult) => (r.statusCodeStats?.['304']?.count ?? 0) / (r.duration || SECONDS);
      const all = (r: LoadResult) => r.requests.total / (r.duration || SECONDS);
      return [
        {
          group: `server ${label}`,
          name: 'guidelines ETag check (304): requests/s',
          median: med(results, notModified),
          unit: 'req/s',
          note: `50 clients; ${spread(results, notModified)}; ${Math.round(med(results, all) - med(results, notModified))}/s not 304; p99 ${med(results, (r) => r.latency.p99)} ms; target ≥ ${TARGETS.checksPerSecond}`,
        },
      ];
    },
  });
  return list;
}

async function benchTarget(target: Target): Promise<BenchRow[]> {
  const server = await startChildServer({
    ...target.env,
    LOG_LEVEL: 'warn',
    ATTUNE_RATE_PER_ADDRESS: '100000000',
    ATTUNE_RATE_PER_TOKEN: '100000000',
  });
  try {
    const { tokens, etag } = await seed(target, server);
    let next = 0;
    const token = () => tokens[(next += 1) % tokens.length] ?? '';
    const list = scenarios(token, etag, tokens[0] ?? '').filter(
      (s) => !ONLY_SCENARIOS || ONLY_SCENARIOS.includes(s.key),
    );
    const results = new Map<string, LoadResult[]>(list.map((s) => [s.key, []]));
    for (let run = 0; run < RUNS; run += 1) {
      for (const scenario of list) {
        await settle(server.url);
        results.get(scenario.key)?.push(await scenario.run(server.url));
      }
    }
    return list.flatMap((s) => s.rows(target.label, results.get(s.key) ?? []));
  } finally {
    server.process.kill('SIGTERM');
    await server.exited;
    await target.drop();
  }
}

const loadBefore = loadavg()[0] ?? 0;

export async function runServerBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  if (!ONLY_TARGETS || ONLY_TARGETS.includes('sqlite')) rows.push(...(await benchTarget(await sqliteTarget())));
  if (ONLY_TARGETS && !ONLY_TARGETS.includes('postgres')) return rows;
  const postgres = await postgresTarget();
  if (postgres) rows.push(...(await benchTarget(postgres)));
  else
    rows.push({
      group: 'server PostgreSQL',
      name: '(not measured)',
      median: Number.NaN,
      unit: '',
      note: `no PostgreSQL at ${ADMIN_URL}`,
    });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runServerBench().then(
    (rows) => {
      console.log(formatBenchTable(rows));
      console.log(
        [
          '',
          `Targets: ≥ ${TARGETS.eventsPerSecond} events/s — the "ingest saturation" events/s rows (the most the server takes);`,
          `p99 ≤ ${TARGETS.p99Ms} ms at 200 clients — the "ingest open loop @200 spread" p99 row: 200 clients offering the target load,`,
          "each at its own phase; autocannon's open-loop rows send each second's quota of all clients in one burst.",
          'The saturation p99 rows are kept and are not the target: in a closed loop at full speed every client always',
          "has a batch queued, so latency ≈ clients in flight / throughput (Little's law) however fast the server is.",
          `≥ ${TARGETS.checksPerSecond} guideline checks/s — the "guidelines ETag check (304)" row; the /healthz row above it is`,
          'the ceiling of one server process on this machine at that moment (autocannon shares the two cores).',
          `Medians of ${RUNS} interleaved runs of ${SECONDS} s each; PostgreSQL pool ${PG_POOL} connections;`,
          `1-minute load average ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end (2 cores, shared).`,
        ].join('\n'),
      );
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
