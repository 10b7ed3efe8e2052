/**
 * PostgreSQL ingest without HTTP, A/B in the same minutes: `npx tsx bench/server-ingest.ts`. Compares the batch
 * as one statement (arrays unnested in data-modifying CTEs: the statement the server's group commit sends, here
 * with one batch per statement and no grouping) with the portable
 * plan it replaced (BEGIN, multi-row INSERT … RETURNING, INSERT of the rule counts, COMMIT — what SQLite runs),
 * at pool sizes 4 and 10, with as many concurrent writers as connections. Variants are interleaved over
 * BENCH_RUNS rounds, so a noisy machine slows each variant alike; the table gives medians.
 */
import { loadavg } from 'node:os';
import { createTeamWithLead } from '../server/data/teams';
import { ingestEvents } from '../server/data/events';
import { openDatabase, type DatabaseKind, type OpenDatabase } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrations';
import type { ProgressEvent } from '../server/validation/events';
import { createPostgresDatabase } from '../tests/server/support/databases';
import { formatBenchTable, median, type BenchRow } from './table';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BATCH = 50;

let counter = 0;
function batch(): ProgressEvent[] {
  const now = new Date().toISOString();
  return Array.from({ length: BATCH }, () => ({
    id: `ab-${(counter += 1)}-${process.pid}`,
    kind: 'sent' as const,
    occurredAt: now,
    score: 70 + (counter % 30),
    checks: {
      acknowledgement: counter % 3 ? ('present' as const) : ('missing' as const),
      questions: 'present' as const,
    },
    questions: { asked: 1, unanswered: counter % 4 === 0 ? 1 : 0 },
    ruleCounts: { 'empathy/acknowledge-feelings': 1, 'guideline/no-unfortunately': 1 },
    suggestionsApplied: counter % 2,
  }));
}

interface Variant {
  name: string;
  /** The statement plan: 'postgres' is the one-statement path; 'sqlite' is the portable transaction. */
  plan: DatabaseKind;
  pool: number;
}

async function measure(
  database: OpenDatabase,
  teamId: string,
  memberId: string,
  variant: Variant,
): Promise<{ eventsPerSecond: number; p50: number }> {
  const deadline = performance.now() + SECONDS * 1000;
  const latencies: number[] = [];
  let events = 0;
  const writer = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      const result = await ingestEvents(database.db, teamId, memberId, batch(), Date.now(), variant.plan);
      latencies.push(performance.now() - started);
      events += result.accepted;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: variant.pool }, writer));
  return { eventsPerSecond: events / ((performance.now() - started) / 1000), p50: median(latencies) };
}

async function main(): Promise<void> {
  const { url, drop } = await createPostgresDatabase('attune_test_ingest');
  const load = loadavg()[0] ?? 0;
  try {
    const setup = openDatabase({ kind: 'postgres', url, poolSize: 2 });
    await migrateToLatest(setup.db);
    const { teamId, leadId } = await createTeamWithLead(setup.db, {
      teamName: 'AB',
      leadName: 'L',
      leadEmail: 'ab@example.test',
      leadPassword: 'ab lead password',
    });
    await setup.close();
    const variants: Variant[] = [
      { name: 'one statement (unnest + CTEs)', plan: 'postgres', pool: 10 },
      { name: 'portable transaction (4 round trips)', plan: 'sqlite', pool: 10 },
      { name: 'one statement (unnest + CTEs)', plan: 'postgres', pool: 4 },
      { name: 'portable transaction (4 round trips)', plan: 'sqlite', pool: 4 },
    ];
    const results = variants.map(() => ({ eventsPerSecond: [] as number[], p50: [] as number[] }));
    const pools = new Map<number, OpenDatabase>();
    for (const v of variants)
      if (!pools.has(v.pool)) pools.set(v.pool, openDatabase({ kind: 'postgres', url, poolSize: v.pool }));
    for (let run = 0; run < RUNS; run += 1) {
      for (const [i, variant] of variants.entries()) {
        const r = await measure(pools.get(variant.pool)!, teamId, leadId, variant);
        results[i]!.eventsPerSecond.push(r.eventsPerSecond);
        results[i]!.p50.push(r.p50);
      }
    }
    for (const database of pools.values()) await database.close();
    const rows: BenchRow[] = variants.flatMap((v, i) => [
      {
        group: 'PostgreSQL ingest (no HTTP)',
        name: `${v.name}, pool ${v.pool}: events/s`,
        median: median(results[i]!.eventsPerSecond),
        unit: 'events/s',
        note: `${v.pool} writers × ${BATCH}-event batches; ${results[i]!.eventsPerSecond.map(Math.round).join(', ')} over ${RUNS} runs`,
      },
      {
        group: 'PostgreSQL ingest (no HTTP)',
        name: `${v.name}, pool ${v.pool}: p50 per batch`,
        median: median(results[i]!.p50),
        unit: 'ms',
      },
    ]);
    console.log(formatBenchTable(rows));
    console.log(
      `\n${RUNS} interleaved runs of ${SECONDS} s; 1-minute load average ${load.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end (2 cores, shared).`,
    );
  } finally {
    await drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
