/** Liveness (the process answers) and readiness (the database answers and is fully migrated). */
import { Hono } from 'hono';
import { sql } from 'kysely';
import { isFullyMigrated } from '../db/migrations';
import type { AppDeps } from '../deps';

export function healthRoutes({ db, dbKind }: AppDeps) {
  return new Hono()
    .get('/healthz', (c) => c.json({ status: 'ok' as const }, 200))
    .get('/readyz', async (c) => {
      try {
        await sql`select 1`.execute(db);
        if (!(await isFullyMigrated(db))) return c.json({ status: 'migrating' as const, database: dbKind }, 503);
        return c.json({ status: 'ready' as const, database: dbKind }, 200);
      } catch {
        return c.json({ status: 'database_unreachable' as const, database: dbKind }, 503);
      }
    });
}
