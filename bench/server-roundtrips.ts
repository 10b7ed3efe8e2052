/**
 * `npx tsx bench/server-roundtrips.ts`: how many transactions PostgreSQL runs while the real app (in process, no
 * HTTP) answers N guideline ETag checks with 304 — the check should cost none per request (token and ETag caches,
 * rate limits counted in memory and synced about once a second). Read from pg_stat_database around the loop, after
 * waiting out PostgreSQL's stats flush interval (10 s for idle backends) on both sides.
 */
import pg from 'pg';
import { ADMIN_URL } from '../tests/server/support/databases';
import { createHarness } from '../tests/server/support/harness';

const N = Number(process.env.CHECKS ?? 2000);
const STATS_SETTLE_MS = 11_000;

const settle = () => new Promise((done) => setTimeout(done, STATS_SETTLE_MS));
const h = await createHarness('postgres', {
  rateLimits: { perAddress: { limit: 1e9, windowMs: 60_000 }, perDeviceToken: { limit: 1e9, windowMs: 60_000 } },
});
const admin = new pg.Client({ connectionString: ADMIN_URL });
try {
  const team = await h.seedTeam('Round trips');
  const etag = (await h.request('/api/agent/guidelines', { token: team.agentToken })).headers.get('etag') ?? '';
  const name = (
    await h.database.db.selectNoFrom((eb) => eb.fn<string>('current_database', []).as('name')).executeTakeFirstOrThrow()
  ).name;
  await admin.connect();
  const transactions = async () => {
    await admin.query('select pg_stat_clear_snapshot()');
    const { rows } = await admin.query<{ n: string }>(
      'select (xact_commit + xact_rollback)::text as n from pg_stat_database where datname = $1',
      [name],
    );
    return Number(rows[0]?.n);
  };
  await settle();
  const before = await transactions();
  const started = performance.now();
  let notModified = 0;
  for (let i = 0; i < N; i += 1) {
    const response = await h.request('/api/agent/guidelines', {
      token: team.agentToken,
      headers: { 'if-none-match': etag },
    });
    if (response.status === 304) notModified += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  await settle();
  console.log(
    `${notModified} of ${N} checks answered 304 in ${seconds.toFixed(1)} s; PostgreSQL transactions meanwhile: ${(await transactions()) - before}`,
  );
} finally {
  await admin.end();
  await h.close();
}
