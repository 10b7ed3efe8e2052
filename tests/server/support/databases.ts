/**
 * Fresh databases for server tests: a temporary SQLite file, and a PostgreSQL database named attune_test_… on
 * the server at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards.
 * Without a reachable server the PostgreSQL suite runs on PGlite.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseKind, type OpenDatabase } from '../../../server/db/connect';
import { pgliteDialect } from './pglite-dialect';

export const DATABASE_KINDS: DatabaseKind[] = ['sqlite', 'postgres'];

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let reachable: Promise<boolean> | undefined;

export function postgresReachable(): Promise<boolean> {
  reachable ??= (async () => {
    // ATTUNE_TEST_PGLITE=1 runs the PostgreSQL suite on PGlite even where a server is reachable (checks that path).
    if (process.env.ATTUNE_TEST_PGLITE === '1') return false;
    const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      if (process.env.TEST_DATABASE_URL) throw new Error(`TEST_DATABASE_URL is set but unreachable: ${ADMIN_URL}`);
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

export interface TestDatabase {
  kind: DatabaseKind;
  /** What a child process needs to open the same database: a SQLite path or a postgres:// URL. */
  location: { sqlitePath: string } | { postgresUrl: string } | { pglite: true };
  open(): OpenDatabase;
  drop(): Promise<void>;
}

/** One statement on the admin database (create or drop a test database). */
export async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database on the server at ADMIN_URL (tests and benchmarks), and how to drop it. */
export async function createPostgresDatabase(prefix = 'attune_test'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'attune-test-'));
    const path = join(dir, 'attune.sqlite');
    return {
      kind,
      location: { sqlitePath: path },
      open: () => openDatabase({ kind: 'sqlite', path }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (await postgresReachable()) {
    const { url, drop } = await createPostgresDatabase();
    return {
      kind,
      location: { postgresUrl: url },
      open: () => openDatabase({ kind: 'postgres', url, poolSize: 5 }),
      drop,
    };
  }
  // One in-memory PGlite per test database; open() may be called again after close, so each call starts afresh
  // only if the previous instance was closed — tests that reopen a database need a real server or SQLite.
  return {
    kind,
    location: { pglite: true },
    open: () => openDatabase({ kind: 'postgres', dialect: pgliteDialect().dialect }),
    drop: async () => undefined,
  };
}
