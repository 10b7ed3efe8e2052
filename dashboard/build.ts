/**
 * Builds the dashboard into dashboard/dist with Vite, unless the build is already newer than every source it
 * depends on (the dashboard's own files, the coaching engine it runs in the browser, and the chart it shares with
 * the extension). `npm start` and the browser tests call this, so a fresh checkout gets a dashboard without a
 * separate step.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DASHBOARD_DIR = resolve(import.meta.dirname);
const REPO_ROOT = resolve(DASHBOARD_DIR, '..');
export const DASHBOARD_DIST = join(DASHBOARD_DIR, 'dist');

/** Files and folders whose changes make the built dashboard stale. */
const SOURCES = [
  join(DASHBOARD_DIR, 'index.html'),
  join(DASHBOARD_DIR, 'vite.config.ts'),
  join(DASHBOARD_DIR, 'src'),
  join(REPO_ROOT, 'lib', 'coach'),
  join(REPO_ROOT, 'components', 'ProgressChart.tsx'),
  join(REPO_ROOT, 'package-lock.json'),
];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestModification(join(path, entry)));
  }
  return newest;
}

export function isDashboardBuildFresh(): boolean {
  const builtIndex = join(DASHBOARD_DIST, 'index.html');
  if (!existsSync(builtIndex)) return false;
  const builtAt = statSync(builtIndex).mtimeMs;
  return SOURCES.every((source) => newestModification(source) <= builtAt);
}

/** Builds when stale and returns the absolute path of dashboard/dist. */
export async function buildDashboard(options: { force?: boolean } = {}): Promise<string> {
  if (!options.force && isDashboardBuildFresh()) return DASHBOARD_DIST;
  // Imported lazily: the backend imports this module at start, and Vite is only needed when a build is due.
  const { build } = await import('vite');
  await build({ configFile: join(DASHBOARD_DIR, 'vite.config.ts'), logLevel: 'warn' });
  return DASHBOARD_DIST;
}

// `tsx dashboard/build.ts` builds from the command line.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  buildDashboard({ force: process.argv.includes('--force') })
    .then((dist) => console.log(`Dashboard built in ${dist}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
