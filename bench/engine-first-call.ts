/**
 * The engine's first call as the extension pays it: lib/coach bundled with compromise into one ES module (as
 * Vite bundles it for the extension; esbuild is Vite's bundler), then imported and run by a fresh plain Node
 * process — no TypeScript transpiling on the fly. Prints one JSON line per process:
 * { importMs, firstCallMs, secondCallMs }.
 *
 *   node --import tsx bench/engine-first-call.ts [processes=1]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export interface FirstCall {
  importMs: number;
  firstCallMs: number;
  secondCallMs: number;
}

/** Bundles once, then runs `processes` fresh processes on the bundle (bundling is not timed). */
export async function measureFirstCalls(processes: number): Promise<FirstCall[]> {
  const dir = mkdtempSync(join(tmpdir(), 'attune-first-call-'));
  try {
    await build({
      entryPoints: {
        engine: fileURLToPath(new URL('../lib/coach/index.ts', import.meta.url)),
        child: fileURLToPath(new URL('./engine-first-call-child.ts', import.meta.url)),
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir: dir,
      outExtension: { '.js': '.mjs' },
      logLevel: 'error',
    });
    const runs: FirstCall[] = [];
    for (let i = 0; i < processes; i += 1) {
      const child = spawnSync(process.execPath, [join(dir, 'child.mjs'), pathToFileURL(join(dir, 'engine.mjs')).href], { encoding: 'utf8', timeout: 60_000 });
      if (child.status !== 0) throw new Error(`first-call child failed: ${child.stderr || child.error?.message}`);
      runs.push(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as FirstCall);
    }
    return runs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const run of await measureFirstCalls(Number(process.argv[2] ?? 1))) console.log(JSON.stringify(run));
}
