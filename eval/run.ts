/**
 * `npm run eval`: precision, recall and F1 of the engine's checks against ESConv's human strategy labels, beside a
 * naive word-list baseline, in one run. `--errors N` also prints N misclassified lines per task (to study the
 * method's failure modes — not to tune patterns to single lines; the figures are re-measured on unseen replies).
 */
import { runChecks } from '../lib/coach/checks/index';
import { analyzeCustomer } from '../lib/coach/customer/index';
import { analyzeText } from '../lib/coach/text';
import { baselineRestatement, baselineSupport } from './baseline';
import { runCustomerEval } from './customers-main';
import { EvalDataError, loadLines, type EvalLine } from './dataset';
import { inHashSplit } from './esconv-split';
import { emptyConfusion, record, scores, type Confusion, type Scores } from './metrics';
import { labelFor, TASKS, type EvalTask } from './tasks';

export interface Prediction {
  support: boolean;
  restatement: boolean;
}

const predictions = new WeakMap<object, Prediction>();

/** What the engine says about one reply (cached per line object: the split tables reuse it). */
function predictLine(line: EvalLine): Prediction {
  let prediction = predictions.get(line);
  if (!prediction) {
    prediction = predict(line);
    predictions.set(line, prediction);
  }
  return prediction;
}

/** What the engine says about one reply: the same checks analyze() runs. */
export function predict(line: Pick<EvalLine, 'customer' | 'draft'>): Prediction {
  const customer = analyzeCustomer(line.customer);
  const checks = runChecks(analyzeText(line.draft), customer, line.customer);
  return {
    support: checks.acknowledgement.status === 'present' || checks.reassurance.status === 'present',
    restatement: checks.restatement.status === 'present',
  };
}

export interface TaskResult {
  task: EvalTask;
  engine: Scores;
  baseline: Scores;
  errors: Array<{ line: EvalLine; predicted: boolean; actual: boolean }>;
}

export function evaluate(lines: readonly EvalLine[]): TaskResult[] {
  const confusions = new Map<string, { engine: Confusion; baseline: Confusion; errors: TaskResult['errors'] }>();
  for (const task of TASKS)
    confusions.set(task.id, { engine: emptyConfusion(), baseline: emptyConfusion(), errors: [] });
  for (const line of lines) {
    const prediction = predictLine(line);
    for (const task of TASKS) {
      const actual = labelFor(task, line.strategy);
      if (actual === null) continue;
      const entry = confusions.get(task.id)!;
      const predicted = task.id === 'support' ? prediction.support : prediction.restatement;
      const naive = task.id === 'support' ? baselineSupport(line.draft) : baselineRestatement(line.draft);
      record(entry.engine, predicted, actual);
      record(entry.baseline, naive, actual);
      if (predicted !== actual) entry.errors.push({ line, predicted, actual });
    }
  }
  return TASKS.map((task) => {
    const entry = confusions.get(task.id)!;
    return { task, engine: scores(entry.engine), baseline: scores(entry.baseline), errors: entry.errors };
  });
}

const pct = (value: number): string => value.toFixed(3);

function table(results: readonly TaskResult[]): string {
  const rows = [['task', 'method', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN', 'TN']];
  for (const result of results) {
    for (const [method, score] of [
      ['engine', result.engine],
      ['word list', result.baseline],
    ] as const) {
      rows.push([
        result.task.title,
        method,
        pct(score.precision),
        pct(score.recall),
        pct(score.f1),
        String(score.truePositive),
        String(score.falsePositive),
        String(score.falseNegative),
        String(score.trueNegative),
      ]);
    }
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  '),
    )
    .join('\n');
}

export type Split = 'even' | 'odd' | 'all' | 'develop' | 'held-out';

/**
 * One half of the lines by index. Study errors on the even half only and accept a change only when the odd half
 * improves too: the odd half stands in for the unseen replies the figures are re-measured on.
 */
export function splitLines<T extends Pick<EvalLine, 'customer' | 'draft'>>(lines: readonly T[], split: Split): T[] {
  if (split === 'all') return [...lines];
  if (split === 'develop' || split === 'held-out') return inHashSplit(lines, split);
  const parity = split === 'even' ? 0 : 1;
  return lines.filter((_, index) => index % 2 === parity);
}

function main(argv: readonly string[]): number {
  const errorsFlag = argv.indexOf('--errors');
  const showErrors = errorsFlag >= 0 ? Number(argv[errorsFlag + 1] ?? 20) : 0;
  const splitFlag = argv.indexOf('--split');
  const split = splitFlag >= 0 ? argv[splitFlag + 1] : 'all';
  if (split !== 'even' && split !== 'odd' && split !== 'all' && split !== 'develop' && split !== 'held-out') {
    console.error(`--split takes all, develop, held-out, even or odd (got ${split ?? 'nothing'})`);
    return 2;
  }
  if (split === 'held-out' && showErrors > 0) {
    console.error('--errors is for the develop part only: the held-out part stands in for replies nobody has read.');
    return 2;
  }
  let lines: EvalLine[];
  try {
    lines = splitLines(loadLines(), split);
  } catch (error) {
    if (error instanceof EvalDataError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const started = performance.now();
  const results = evaluate(lines);
  const seconds = (performance.now() - started) / 1000;
  const part =
    split === 'all'
      ? ''
      : split === 'even' || split === 'odd'
        ? ` (${split} half)`
        : ` (${split} part of the 70/30 hash split)`;
  console.log(`ESConv dev${part}: ${lines.length} supporter replies, ${seconds.toFixed(1)} s\n`);
  console.log(table(results));
  if (split === 'all') {
    // The same predictions (cached by line) scored on the 70/30 hash split: develop is studied, held-out is not.
    for (const hashPart of ['develop', 'held-out'] as const) {
      const subset = inHashSplit(lines, hashPart);
      console.log(`\n${hashPart} part of the 70/30 hash split: ${subset.length} replies\n`);
      console.log(table(evaluate(subset)));
    }
  }
  for (const result of results) {
    console.log(
      `\n${result.task.title}: positives ${result.task.positives.join(' ∪ ')}; negatives ${result.task.negatives.join(', ')}`,
    );
  }
  if (showErrors > 0) {
    for (const result of results) {
      for (const kind of [true, false]) {
        const sample = result.errors.filter((error) => error.predicted === kind).slice(0, showErrors);
        console.log(
          `\n--- ${result.task.title}: ${kind ? 'false positives' : 'false negatives'} (${sample.length} shown)`,
        );
        for (const { line } of sample)
          console.log(`[${line.strategy}] ${line.draft}\n    customer: ${line.customer.slice(0, 160)}`);
      }
    }
  }
  return 0;
}

// The golden customer set runs even when the ESConv file is absent: its fixtures are in the repository.
const args = process.argv.slice(2);
process.exitCode = Math.max(args.includes('--customers-only') ? 0 : main(args), runCustomerEval(args));
