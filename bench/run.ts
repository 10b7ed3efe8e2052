/**
 * `npm run bench`: runs every benchmark module and prints ONE table from this one run, so every ratio compares
 * numbers measured on the same machine at the same moment. Modules owned by other parts of the project are
 * loaded dynamically; a missing or failing module becomes a row saying so instead of stopping the bench.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatBenchTable, type BenchRow } from './table';
import { writePerformanceDoc } from './performance-doc';

interface BenchModule {
  group: string;
  file: string;
  exportName: string;
  /** Needs a real Chromium (CHROME_PATH or /usr/bin/chromium). */
  needsChromium?: boolean;
}

const MODULES: BenchModule[] = [
  { group: 'engine', file: './engine.ts', exportName: 'runEngineBench' },
  { group: 'content script', file: './content-script.ts', exportName: 'runContentScriptBench', needsChromium: true },
  { group: 'thread readers', file: './thread-readers.ts', exportName: 'runThreadReaderBench' },
  { group: 'panel', file: './panel.ts', exportName: 'runPanelBench' },
];

function chromiumPath(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((path): path is string => Boolean(path));
  return candidates.find((path) => existsSync(path)) ?? null;
}

function noteRow(group: string, note: string): BenchRow {
  return { group, name: '(not measured)', median: Number.NaN, unit: '', note };
}

function isRowList(value: unknown): value is BenchRow[] {
  return (
    Array.isArray(value) &&
    value.every((row) => typeof row === 'object' && row !== null && 'median' in row && 'name' in row)
  );
}

async function runModule(module: BenchModule): Promise<BenchRow[]> {
  if (!existsSync(fileURLToPath(new URL(module.file, import.meta.url)))) {
    return [noteRow(module.group, `bench/${module.file.slice(2)} does not exist yet`)];
  }
  if (module.needsChromium && !chromiumPath()) {
    return [noteRow(module.group, 'skipped: no Chromium (set CHROME_PATH or install /usr/bin/chromium)')];
  }
  const started = performance.now();
  try {
    const loaded = (await import(module.file)) as Record<string, unknown>;
    const run = loaded[module.exportName];
    if (typeof run !== 'function')
      return [noteRow(module.group, `bench/${module.file.slice(2)} does not export ${module.exportName}()`)];
    const rows: unknown = await run();
    if (!isRowList(rows)) return [noteRow(module.group, `${module.exportName}() did not return BenchRow[]`)];
    console.error(`bench: ${module.group} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return rows;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [noteRow(module.group, `failed: ${message.split('\n')[0]}`)];
  }
}

const rows: BenchRow[] = [];
for (const module of MODULES) {
  console.error(`bench: running ${module.group}…`);
  rows.push(...(await runModule(module)));
}
console.log(
  `Attune benchmarks — Node ${process.version}, ${new Date().toISOString()}; medians; peers measured in this same run\n`,
);
const table = formatBenchTable(rows);
console.log(table);
// docs/performance.md shows the latest run only; BENCH_NO_DOC=1 leaves it alone (a partial or experimental run).
if (process.env.BENCH_NO_DOC !== '1') {
  writePerformanceDoc(table);
  console.error('bench: wrote docs/performance.md');
}
