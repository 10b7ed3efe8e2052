/**
 * A Kysely dialect for PGlite (PostgreSQL compiled to WebAssembly), used only when no PostgreSQL server is
 * reachable, so the PostgreSQL suite still runs on a laptop. It reuses Kysely's own PostgresDialect and hands it
 * a one-connection "pool": PGlite is a single session, so a mutex gives each transaction the connection alone.
 * (kysely-pglite-dialect targets PGlite ≤ 0.4; we have 0.5.)
 */
import { PGlite } from '@electric-sql/pglite';
import {
  PostgresDialect,
  type Dialect,
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresQueryResult,
} from 'kysely';

const PG_INT8 = 20;
const PG_NUMERIC = 1700;
type Command = PostgresQueryResult<unknown>['command'];

export function pgliteDialect(dataDir?: string): { dialect: Dialect; pglite: PGlite } {
  const pglite = new PGlite(dataDir, { parsers: { [PG_INT8]: Number, [PG_NUMERIC]: Number } });
  let queue: Promise<void> = Promise.resolve();
  const pool: PostgresPool = {
    async connect() {
      let release!: () => void;
      const previous = queue;
      queue = new Promise<void>((done) => (release = done));
      await previous;
      const client = {
        async query(sqlText: string, parameters: ReadonlyArray<unknown>) {
          const result = await pglite.query(sqlText, [...parameters]);
          const command = (sqlText.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? 'SELECT') as Command;
          return { command, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
        },
        release: () => release(),
      };
      // Kysely only uses the (sql, parameters) overload; cursors are never requested.
      return client as unknown as PostgresPoolClient;
    },
    async end() {
      await pglite.close();
    },
  };
  return { dialect: new PostgresDialect({ pool }), pglite };
}
