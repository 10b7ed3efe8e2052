/**
 * Builds the demo helpdesk page on demand (for `npm start` and the end-to-end tests) and returns its folder.
 * The build is skipped when demo/dist is newer than every source, so repeated calls are cheap.
 */
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DEMO_DIR = import.meta.dirname;
export const DEMO_DIST = resolve(DEMO_DIR, 'dist');
const SOURCES = [resolve(DEMO_DIR, 'helpdesk'), resolve(DEMO_DIR, 'vite.config.ts'), resolve(DEMO_DIR, 'build.ts')];

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), stats.mtimeMs);
}

export function demoIsFresh(): boolean {
  const index = join(DEMO_DIST, 'index.html');
  if (!existsSync(index)) return false;
  const builtAt = statSync(index).mtimeMs;
  return SOURCES.every((source) => newestMtime(source) <= builtAt);
}

/** Returns the folder holding index.html and its assets, building it first when sources changed. */
export async function buildDemoHelpdesk(): Promise<string> {
  if (demoIsFresh()) return DEMO_DIST;
  const { build } = await import('vite');
  // Build beside the old output and swap, so a concurrent reader never sees a half-written folder for long.
  const staging = mkdtempSync(join(DEMO_DIR, '.dist-'));
  try {
    await build({ configFile: resolve(DEMO_DIR, 'vite.config.ts'), build: { outDir: staging, emptyOutDir: true } });
    rmSync(DEMO_DIST, { recursive: true, force: true });
    renameSync(staging, DEMO_DIST);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return DEMO_DIST;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(DEMO_DIR, 'build.ts')) {
  console.log(await buildDemoHelpdesk());
}
