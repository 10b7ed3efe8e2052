/**
 * Runs the backend: opens the database (SQLite in ./data, or PostgreSQL from DATABASE_URL), migrates, serves on
 * PORT, and on SIGTERM/SIGINT stops accepting, lets in-flight requests finish, then closes the database.
 */
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app';
import { configFromEnv, type ServerConfig } from './config';
import { databaseOptionsFromEnv, openDatabase, type OpenDatabase } from './db/connect';
import { migrateToLatest } from './db/migrations';
import { closeDeps, createDeps, type AppDeps } from './deps';
import { createLogger } from './logger';

export interface RunningServer {
  port: number;
  url: string;
  deps: AppDeps;
  database: OpenDatabase;
  /** Graceful: stop accepting, finish in-flight requests (up to the grace period), close the database. */
  stop(): Promise<void>;
}

export interface StartOptions {
  port: number;
  hostname?: string;
  config: ServerConfig;
  database: OpenDatabase;
  shutdownGraceMs?: number;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config, database } = options;
  await migrateToLatest(database.db);
  const deps = createDeps(database.db, database.kind, config, database.pgPool);
  const app = createApp(deps);
  const server: ServerType = await new Promise((resolveServer) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.hostname ?? '127.0.0.1' }, () =>
      resolveServer(s),
    );
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.hostname === '0.0.0.0' ? '127.0.0.1' : (options.hostname ?? '127.0.0.1')}:${port}`;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      const closed = new Promise<void>((done) => server.close(() => done()));
      // Idle keep-alive sockets would hold close() open; in-flight requests still finish.
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      const grace = new Promise<void>((done) => setTimeout(done, options.shutdownGraceMs ?? 10_000).unref());
      await Promise.race([closed, grace]);
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closeDeps(deps);
      await database.close();
    })();
    return stopping;
  };
  return { port, url, deps, database, stop };
}

/** Stops gracefully on the first SIGTERM/SIGINT and exits; a second signal exits at once. */
export function stopOnSignals(running: RunningServer, logger = running.deps.config.logger): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(1);
    signalled = true;
    logger.info({ signal }, 'shutting down');
    running.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

export async function startFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const logger = createLogger();
  const root = resolve(import.meta.dirname, '..');
  const dataDir = resolve(env.ATTUNE_DATA_DIR ?? resolve(root, 'data'));
  // The demo helpdesk is a development aid without a Content-Security-Policy: production never serves it.
  const production = env.NODE_ENV === 'production';
  if (production && env.ATTUNE_DEMO_DIR)
    logger.warn({ event: 'demo_refused' }, 'ATTUNE_DEMO_DIR is ignored when NODE_ENV=production');
  const config = {
    ...configFromEnv(env, logger),
    dashboardDir: resolve(root, 'dashboard/dist'),
    ...(env.ATTUNE_DEMO_DIR && !production ? { demoDir: resolve(env.ATTUNE_DEMO_DIR) } : {}),
  };
  const database = openDatabase(databaseOptionsFromEnv(env, dataDir));
  const port = env.PORT === undefined ? 8787 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got "${env.PORT}"`);
  const running = await startServer({ port, hostname: env.HOST ?? '127.0.0.1', config, database });
  // Always announced (even at LOG_LEVEL=warn): supervisors and tests read the port from this line.
  logger
    .child({}, { level: 'info' })
    .info({ port: running.port, url: running.url, database: database.kind }, 'listening');
  return running;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startFromEnv().then(stopOnSignals, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
