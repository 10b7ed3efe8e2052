/**
 * Opens the database: SQLite (better-sqlite3, WAL, one writer) by default, PostgreSQL (a pg pool) when a URL is
 * given. Everything above this file is dialect-agnostic.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type DatabaseKind = 'sqlite' | 'postgres';

export type DatabaseOptions =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** A ready PostgreSQL-compatible dialect (PGlite in tests on machines without a PostgreSQL server). */
  | { kind: 'postgres'; dialect: Dialect };

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The pg pool under Kysely (PostgreSQL by URL only): the ingest sends its group statement on it directly. */
  pgPool?: pg.Pool;
  close(): Promise<void>;
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;

/** pg returns bigint and numeric as strings; our times and sums fit in a double, so parse them as numbers. */
const numericTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_INT8 || oid === PG_NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * The database file holds e-mail addresses and password hashes: only the server's user may read it. It is
 * created 0600 (in a directory created 0700) before SQLite opens it, and SQLite gives its -wal and -shm files the
 * database file's mode. A file that already exists is tightened to 0600 too.
 */
function createPrivateFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (existsSync(path)) chmodSync(path, 0o600);
  else closeSync(openSync(path, 'a', 0o600));
}

function sqliteDialect(path: string): Dialect {
  if (path !== ':memory:') createPrivateFile(path);
  const database = new SQLite(path);
  // WAL: readers never block the one writer. synchronous=NORMAL in WAL mode keeps every committed transaction
  // across a process crash (SIGKILL); only an OS crash or power loss can drop the last commits.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database: withStatementCache(database) });
}

/** Distinct SQL texts kept prepared; multi-row inserts vary with the row count, so the set is bounded. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely's SQLite driver prepares every query afresh, and preparing (parsing and planning in SQLite) was ~4 % of
 * an event batch's CPU under load. A prepared statement is reusable with new parameters, and Kysely runs one
 * query at a time per SQLite connection (its connection mutex, held also while a stream iterates), so one
 * statement per SQL text is never used by two queries at once. SQLite re-prepares a statement itself when the
 * schema changes under it (migrations).
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        // Re-inserted so the map's order is least recently used first.
        statements.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

function postgresPool(url: string, poolSize: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: numericTypes });
  // An idle client losing its connection (database restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return pool;
}

export function openDatabase(options: DatabaseOptions): OpenDatabase {
  let dialect: Dialect;
  let pgPool: pg.Pool | undefined;
  if (options.kind === 'sqlite') dialect = sqliteDialect(options.path);
  else if ('dialect' in options) dialect = options.dialect;
  else {
    pgPool = postgresPool(options.url, options.poolSize ?? 10);
    dialect = new PostgresDialect({ pool: pgPool });
  }
  const db = new Kysely<Database>({ dialect });
  // Kysely's destroy() ends the pool.
  return { db, kind: options.kind, ...(pgPool ? { pgPool } : {}), close: () => db.destroy() };
}

/** `DATABASE_URL` (postgres://…) selects PostgreSQL; otherwise SQLite in `<dataDir>/attune.sqlite`. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv, dataDir: string): DatabaseOptions {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must be a postgres:// URL');
    return { kind: 'postgres', url, poolSize: Number(env.DATABASE_POOL_SIZE ?? 10) };
  }
  return { kind: 'sqlite', path: `${dataDir}/attune.sqlite` };
}
