/** Timing helpers shared by the benchmark modules. */

export interface SampleOptions {
  /** Samples wanted. */
  samples: number;
  /** Stop early (after at least `minSamples`) once this much time has been spent, so the whole bench stays short. */
  budgetMs: number;
  /** Runs before measuring, to let the JIT settle; 0 for cold measurements. */
  warmup?: number;
  minSamples?: number;
}

/**
 * Times `run(i)` once per sample, in milliseconds. `prepare(i)`, when given, runs untimed before each sample
 * (clearing caches, producing the next keystroke) so only the work under test is measured.
 */
export function sampleMs(
  run: (iteration: number) => unknown,
  options: SampleOptions,
  prepare?: (iteration: number) => void,
): number[] {
  const { samples, budgetMs, warmup = 2, minSamples = 5 } = options;
  let sink = 0;
  for (let i = 0; i < warmup; i += 1) {
    prepare?.(-1 - i);
    sink += Number(Boolean(run(-1 - i)));
  }
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < samples; i += 1) {
    prepare?.(i);
    const start = performance.now();
    sink += Number(Boolean(run(i)));
    times.push(performance.now() - start);
    if (times.length >= minSamples && performance.now() > deadline) break;
  }
  // Keeps results observable so no engine can skip the work.
  if (sink < 0) console.log(sink);
  return times;
}

export interface Subject {
  run: (iteration: number) => unknown;
  /** Untimed, before each of this subject's samples. */
  prepare?: (iteration: number) => void;
}

/**
 * Times several subjects in alternating rounds (A B C, B C A, C A B, …) rather than all of A, then all of B, so a
 * slow spell on this shared machine lands on every subject alike and their ratio stays honest. Each subject gets
 * the same samples as `sampleMs` would give it alone; the budget covers all of them.
 */
export function sampleInterleavedMs(subjects: readonly Subject[], options: SampleOptions): number[][] {
  const { samples, budgetMs, warmup = 2, minSamples = 5 } = options;
  let sink = 0;
  for (const { run, prepare } of subjects) {
    for (let i = 0; i < warmup; i += 1) {
      prepare?.(-1 - i);
      sink += Number(Boolean(run(-1 - i)));
    }
  }
  const times: number[][] = subjects.map(() => []);
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < samples; i += 1) {
    for (let turn = 0; turn < subjects.length; turn += 1) {
      const index = (i + turn) % subjects.length;
      const { run, prepare } = subjects[index]!;
      prepare?.(i);
      const start = performance.now();
      sink += Number(Boolean(run(i)));
      times[index]!.push(performance.now() - start);
    }
    if (i + 1 >= minSamples && performance.now() > deadline) break;
  }
  if (sink < 0) console.log(sink);
  return times;
}
