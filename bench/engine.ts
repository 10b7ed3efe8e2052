/**
 * Engine benchmark rows: full analysis and re-analysis after one keystroke on realistic 150- and 1,000-word
 * support replies, beside alex and write-good re-linting the whole text (as they must) in the same run; the first
 * call in a fresh process; a 100 KB draft.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/coach/index';
import type { Report } from '../lib/coach/types';
import { customerRows } from './customer';
import { clearEngineCaches } from '../lib/coach/engine-state';
import { lintWithAlex, lintWithWriteGood } from './peers';
import { sampleInterleavedMs, sampleMs } from './sample';
import { KeystrokeTyper, SUPPORT_CUSTOMER_MESSAGE, countWords, supportDraft } from './support-text';
import { median, type BenchRow, formatMeasure } from './table';

const GROUP = 'engine';
const INCREMENTAL_TARGET_MS = 2;
const FIRST_CALL_TARGET_MS = 300;
const LARGE_DRAFT_TARGET_MS = 1000;

function perThousandWords(ms: number, words: number): number {
  return (ms * 1000) / words;
}

function ratio(value: number, peer: number): string {
  return `${formatMeasure(value / peer)}×`;
}

interface DraftCase {
  label: string;
  draft: string;
  words: number;
}

function draftCase(words: number, seed: number): DraftCase {
  const draft = supportDraft(words, seed);
  return { label: `${words.toLocaleString('en-US')}-word draft`, draft, words: countWords(draft) };
}

/** A draft of at least `bytes` UTF-8 bytes, made of support replies one after another. */
function largeDraft(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let seed = 100; size < bytes; seed += 1) {
    const reply = supportDraft(400, seed);
    parts.push(reply);
    size += Buffer.byteLength(reply) + 2;
  }
  return parts.join('\n\n');
}

function fullAnalysisRows(cases: DraftCase[]): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const { label, draft, words } of cases) {
    const samples = words > 500 ? 25 : 60;
    // Interleaved, so the engine and its peers see the same moments of this noisy machine.
    const [engine, alex, writeGood] = sampleInterleavedMs(
      [
        { run: () => analyze({ draft, customer: SUPPORT_CUSTOMER_MESSAGE }), prepare: clearEngineCaches },
        { run: () => lintWithAlex(draft) },
        { run: () => lintWithWriteGood(draft) },
      ],
      { samples, budgetMs: 20000 },
    ).map(median) as [number, number, number];
    const [enginePer, alexPer, writeGoodPer] = [engine, alex, writeGood].map((ms) => perThousandWords(ms, words)) as [
      number,
      number,
      number,
    ];
    rows.push(
      {
        group: GROUP,
        name: `full analysis, ${label} (cold caches)`,
        median: enginePer,
        unit: 'ms/1k words',
        note: `${ratio(engine, alex)} alex${words > 500 ? `; target ≤ alex: ${engine <= alex ? 'met' : 'MISSED'}` : ''}; ${formatMeasure(engine)} ms per draft`,
      },
      {
        group: 'peer',
        name: `alex, whole ${label}`,
        median: alexPer,
        unit: 'ms/1k words',
        note: `${formatMeasure(alex)} ms per draft`,
      },
      {
        group: 'peer',
        name: `write-good, whole ${label}`,
        median: writeGoodPer,
        unit: 'ms/1k words',
        note: `${ratio(writeGood, alex)} alex; ${formatMeasure(writeGood)} ms per draft`,
      },
    );
  }
  return rows;
}

function keystrokeRows(cases: DraftCase[]): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const { label, draft, words } of cases) {
    // Each keystroke re-analyses the whole draft; the engine's sentence caches make that cheap.
    let typer = new KeystrokeTyper(draft);
    let previous: Report = analyze({ draft, customer: SUPPORT_CUSTOMER_MESSAGE });
    let next = draft;
    const engine = median(
      sampleMs(
        () => {
          previous = analyze({ draft: next, customer: SUPPORT_CUSTOMER_MESSAGE });
          return previous;
        },
        { samples: 300, budgetMs: 6000, warmup: 5, minSamples: 30 },
        () => {
          next = typer.next();
        },
      ),
    );
    // The peers see the very same sequence of keystrokes.
    const peerSamples = words > 500 ? 25 : 60;
    typer = new KeystrokeTyper(draft);
    const alex = median(
      sampleMs(
        () => lintWithAlex(next),
        { samples: peerSamples, budgetMs: 6000 },
        () => (next = typer.next()),
      ),
    );
    typer = new KeystrokeTyper(draft);
    const writeGood = median(
      sampleMs(
        () => lintWithWriteGood(next),
        { samples: peerSamples, budgetMs: 3000 },
        () => (next = typer.next()),
      ),
    );
    const target =
      words > 500
        ? `; target ≤ ${INCREMENTAL_TARGET_MS} ms: ${engine <= INCREMENTAL_TARGET_MS ? 'met' : 'MISSED'}`
        : '';
    rows.push(
      {
        group: GROUP,
        name: `re-analysis after one keystroke, ${label}`,
        median: engine,
        unit: 'ms',
        note: `${formatMeasure(perThousandWords(engine, words))} ms/1k words; ${formatMeasure(alex / engine)}× faster than alex${target}`,
      },
      {
        group: 'peer',
        name: `alex re-lint after one keystroke, ${label}`,
        median: alex,
        unit: 'ms',
        note: `${formatMeasure(perThousandWords(alex, words))} ms/1k words`,
      },
      {
        group: 'peer',
        name: `write-good re-lint after one keystroke, ${label}`,
        median: writeGood,
        unit: 'ms',
        note: `${formatMeasure(perThousandWords(writeGood, words))} ms/1k words`,
      },
    );
  }
  return rows;
}

interface FirstCall {
  importMs: number;
  firstCallMs: number;
  secondCallMs: number;
}

/** Runs `engine-first-call.ts` in fresh Node processes: nothing is cached, nothing is compiled by the JIT yet. */
function firstCallRows(processes: number): BenchRow[] {
  const script = fileURLToPath(new URL('./engine-first-call.ts', import.meta.url));
  const runs: FirstCall[] = [];
  for (let i = 0; i < processes; i += 1) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 60_000 });
    if (child.status !== 0) throw new Error(`engine-first-call.ts failed: ${child.stderr || child.error?.message}`);
    runs.push(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as FirstCall);
  }
  const firstCall = median(runs.map((run) => run.firstCallMs));
  return [
    {
      group: GROUP,
      name: 'first analyze() in a fresh process (150 words)',
      median: firstCall,
      unit: 'ms',
      note: `${processes} processes; target ≤ ${FIRST_CALL_TARGET_MS} ms: ${firstCall <= FIRST_CALL_TARGET_MS ? 'met' : 'MISSED'}; second call ${formatMeasure(median(runs.map((run) => run.secondCallMs)))} ms`,
    },
    {
      group: GROUP,
      name: 'import of lib/coach in a fresh process',
      median: median(runs.map((run) => run.importMs)),
      unit: 'ms',
      note: 'includes tsx transpiling the TypeScript on the fly',
    },
  ];
}

function largeDraftRow(): BenchRow {
  const draft = largeDraft(100 * 1024);
  const times = sampleMs(
    () => analyze({ draft, customer: SUPPORT_CUSTOMER_MESSAGE }),
    { samples: 3, budgetMs: 0, warmup: 1, minSamples: 3 },
    clearEngineCaches,
  );
  const ms = median(times);
  return {
    group: GROUP,
    name: `100 KB draft (${countWords(draft).toLocaleString('en-US')} words), full analysis`,
    median: ms,
    unit: 'ms',
    note: `cold caches, ${times.length} runs; target < ${LARGE_DRAFT_TARGET_MS} ms: ${ms < LARGE_DRAFT_TARGET_MS ? 'met' : 'MISSED'}`,
  };
}

export async function runEngineBench(): Promise<BenchRow[]> {
  const cases = [draftCase(150, 1), draftCase(1000, 2)];
  // First-call rows run first, while this process is still idle, so the children get the CPU to themselves.
  const stages: Array<[string, () => BenchRow[]]> = [
    ['first call', () => firstCallRows(3)],
    ['full analysis', () => fullAnalysisRows(cases)],
    ['keystrokes', () => keystrokeRows(cases)],
    ['100 KB draft', () => [largeDraftRow()]],
    ['customer message', () => customerRows()],
  ];
  const rows: BenchRow[] = [];
  for (const [stage, run] of stages) {
    const started = performance.now();
    rows.push(...run());
    console.error(`bench: engine ${stage} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return rows;
}
