/**
 * Where the server's time goes on one route under load:
 * `npx tsx bench/profile-server.ts [guidelines|events|healthz] [sqlite|postgres]`.
 * Runs the server as a child process with V8's --cpu-prof (fresh SQLite data dir, or a fresh database on the
 * PostgreSQL at TEST_DATABASE_URL, pool DATABASE_POOL_SIZE or 10), loads it with autocannon for
 * BENCH_SECONDS, stops it gracefully so the profile is written, and prints the top functions by self time and by
 * file (bench/profile-summary.ts). Not a benchmark (the profiler slows everything); it says which costs to remove
 * before measuring again.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createTeamWithLead } from '../server/data/teams';
import { openDatabase } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrations';
import { createInvite } from '../server/data/invites';
import { startChildServer } from '../tests/server/support/child-server';
import { createPostgresDatabase } from '../tests/server/support/databases';
import { summarise, type CpuProfile } from './profile-summary';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const route = process.argv[2] === 'events' || process.argv[2] === 'healthz' ? process.argv[2] : 'guidelines';
const onPostgres = process.argv[3] === 'postgres';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'attune-profile-'));
  const profileDir = join(dataDir, 'profile');
  const postgres = onPostgres ? await createPostgresDatabase('attune_test_profile') : undefined;
  try {
    const database = openDatabase(
      postgres
        ? { kind: 'postgres', url: postgres.url, poolSize: 2 }
        : { kind: 'sqlite', path: join(dataDir, 'attune.sqlite') },
    );
    await migrateToLatest(database.db);
    const { teamId, leadId } = await createTeamWithLead(database.db, {
      teamName: 'P',
      leadName: 'L',
      leadEmail: 'p@example.test',
      leadPassword: 'profile lead password',
    });
    const invite = await createInvite(
      { db: database.db },
      { teamId, createdBy: leadId, label: 'p', maxUses: 1, expiresInDays: 1 },
      Date.now(),
    );
    await database.close();
    const server = await startChildServer(
      {
        ATTUNE_DATA_DIR: dataDir,
        ...(postgres ? { DATABASE_URL: postgres.url, DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '10' } : {}),
        LOG_LEVEL: 'warn',
        ATTUNE_RATE_PER_ADDRESS: '100000000',
        ATTUNE_RATE_PER_TOKEN: '100000000',
      },
      60_000,
      ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    );
    const joined = await fetch(`${server.url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: invite.code, displayName: 'A' }),
    });
    const { token } = (await joined.json()) as { token: string };
    const etag =
      (
        await fetch(`${server.url}/api/agent/guidelines`, { headers: { authorization: `Bearer ${token}` } })
      ).headers.get('etag') ?? '';
    let n = 0;
    const result = await new Promise<autocannon.Result>((resolve, reject) =>
      autocannon(
        route === 'healthz'
          ? { url: `${server.url}/healthz`, connections: 50, duration: SECONDS }
          : route === 'guidelines'
            ? {
                url: `${server.url}/api/agent/guidelines`,
                connections: 50,
                duration: SECONDS,
                headers: { authorization: `Bearer ${token}`, 'if-none-match': etag },
              }
            : {
                url: `${server.url}/api/agent/events`,
                connections: 50,
                duration: SECONDS,
                requests: [
                  {
                    method: 'POST',
                    setupRequest: (r) => ({
                      ...r,
                      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
                      body: JSON.stringify({
                        events: Array.from({ length: 25 }, () => ({
                          id: `p-${(n += 1)}-xxxx`,
                          kind: 'sent',
                          occurredAt: new Date().toISOString(),
                          score: 80,
                          checks: { acknowledgement: 'present' },
                          ruleCounts: { 'empathy/a': 1 },
                          suggestionsApplied: 0,
                        })),
                      }),
                    }),
                  },
                ],
              },
        (error, r) => (error ? reject(error) : resolve(r)),
      ),
    );
    console.log(
      `${route} on ${onPostgres ? 'PostgreSQL' : 'SQLite'}: ${result.requests.average} req/s mean under the profiler, status ${JSON.stringify(result.statusCodeStats)}`,
    );
    server.process.kill('SIGTERM');
    await server.exited;
    const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('no profile written');
    console.log(summarise(JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile, 30));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    await postgres?.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
