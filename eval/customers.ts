/**
 * The golden customer set (tests/fixtures/customers/golden.jsonl): 168 real customer messages labelled by hand, and
 * how the engine's customer analysis scores on them — upset, problem kind, problem topic, the questions and
 * requests the reply must answer, and how many generated suggestions pass the sentence checks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { PROBLEM_KINDS } from '../lib/coach/customer/kind-features';
import { analyze } from '../lib/coach/index';
import type { CustomerAnalysis, ProblemKind, Report, Span, Suggestion, Tone } from '../lib/coach/types';
import { baselinePrediction } from './customers-baseline';
import { EvalDataError, REPO_ROOT } from './dataset';
import { emptyConfusion, record, scores, type Scores } from './metrics';
import { copiedFromTweet, endsMidPhrase, type SuggestionChecker } from './sentence-check';

export const GOLDEN_PATH = resolve(REPO_ROOT, 'tests/fixtures/customers/golden.jsonl');
const CUSTOMER_FIXTURES = resolve(REPO_ROOT, 'tests/fixtures/customers');

/**
 * Sets the engine is developed and fitted on: the golden set and held-out sets A and B. A and B were figures-only
 * until 2 December 2026; from then the learned models (upset, topic, kind) train on all three, because 168
 * messages are too few for a model with a weight per signal, and set C alone stays held out.
 */
export const DEVELOPMENT_SETS: readonly string[] = ['golden.jsonl', 'holdout-a.jsonl', 'holdout-b.jsonl'];
/** Sets that are never studied line by line and never fitted on: `npm run eval` prints their figures only. */
export const HELD_OUT_SETS: readonly string[] = ['holdout-c.jsonl'];

function loadSets(names: readonly string[], folder: string): GoldenCustomer[] {
  const items = names.flatMap((name) => loadGolden(resolve(folder, name)));
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new EvalDataError(`customer id ${item.id} appears in two of ${names.join(', ')}`);
    seen.add(item.id);
  }
  return items;
}

/** The development pool: every labelled message the engine may be studied and fitted on (see DEVELOPMENT_SETS). */
export function loadDevelopment(folder: string = CUSTOMER_FIXTURES): GoldenCustomer[] {
  return loadSets(DEVELOPMENT_SETS, folder);
}

/** The held-out messages (HELD_OUT_SETS), read together: labelled like the golden set, never studied line by line. */
export function loadHoldout(
  folder: string = CUSTOMER_FIXTURES,
  names: readonly string[] = HELD_OUT_SETS,
): GoldenCustomer[] {
  return loadSets(names, folder);
}

const labelsSchema = z.object({
  upset: z.boolean(),
  topic: z.object({ topic: z.string().min(1), keys: z.array(z.string().min(1)).min(1) }).nullable(),
  kind: z.enum(PROBLEM_KINDS).nullable(),
  questions: z.array(z.string().min(1)),
  requests: z.array(z.string().min(1)),
});

const goldenSchema = z.object({
  id: z.string().min(1),
  company: z.string().min(1),
  text: z.string().min(1),
  labels: labelsSchema,
});

export type GoldenLabels = z.infer<typeof labelsSchema>;
export type GoldenCustomer = z.infer<typeof goldenSchema>;

/** One line of a labels file, parsed and validated; the error names the file and line. */
function parseLine<T>(line: string, where: string, schema: z.ZodType<T>): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new EvalDataError(`${where}: not JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success)
    throw new EvalDataError(
      `${where}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  return result.data;
}

/** Reads and validates the golden set: every line must parse, every question and request must be a substring of its text. */
export function loadGolden(path: string = GOLDEN_PATH): GoldenCustomer[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new EvalDataError(`Golden customer set not readable at ${path}: ${(error as Error).message}`);
  }
  const seen = new Set<string>();
  const golden: GoldenCustomer[] = [];
  raw.split('\n').forEach((line, index) => {
    if (line.trim().length === 0) return;
    const where = `${path}:${index + 1}`;
    const item = parseLine(line, where, goldenSchema);
    if (seen.has(item.id)) throw new EvalDataError(`${where}: id ${item.id} appears twice`);
    seen.add(item.id);
    for (const ask of [...item.labels.questions, ...item.labels.requests]) {
      if (!item.text.includes(ask))
        throw new EvalDataError(`${where}: ${JSON.stringify(ask)} is not a substring of the message`);
    }
    golden.push(item);
  });
  return golden;
}

// ---------------------------------------------------------------------------------------------------------------
// Second labels: the development pool's upset and kind labelled again, blind, by another annotator.

export const SECOND_LABELS_PATH = resolve(CUSTOMER_FIXTURES, 'second-labels.jsonl');

const secondSchema = z.object({
  id: z.string().min(1),
  upset: z.boolean(),
  kind: z.enum(PROBLEM_KINDS).nullable(),
});

export type SecondLabels = Omit<z.infer<typeof secondSchema>, 'id'>;

/**
 * The second annotator's upset and kind for every development message, by id. Each development message must have
 * exactly one, and no other message may: a missing or stray line is a data error, not a silent gap.
 */
export function loadSecondLabels(
  development: readonly GoldenCustomer[],
  path: string = SECOND_LABELS_PATH,
): Map<string, SecondLabels> {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new EvalDataError(`Second labels not readable at ${path}: ${(error as Error).message}`);
  }
  const wanted = new Set(development.map((item) => item.id));
  const labels = new Map<string, SecondLabels>();
  raw.split('\n').forEach((line, index) => {
    if (line.trim().length === 0) return;
    const where = `${path}:${index + 1}`;
    const { id, ...rest } = parseLine(line, where, secondSchema);
    if (!wanted.has(id)) throw new EvalDataError(`${where}: id ${id} is not a development message`);
    if (labels.has(id)) throw new EvalDataError(`${where}: id ${id} appears twice`);
    labels.set(id, rest);
  });
  const missing = [...wanted].filter((id) => !labels.has(id));
  if (missing.length > 0)
    throw new EvalDataError(`${path}: no second label for ${missing.length} development messages (${missing[0]}, …)`);
  return labels;
}

/** Cohen's kappa: agreement between two labellings beyond what their label shares alone would give. */
export function cohensKappa<T>(pairs: ReadonlyArray<readonly [T, T]>): { agreement: number; kappa: number } {
  const n = pairs.length;
  const agreement = pairs.filter(([a, b]) => a === b).length / n;
  const values = new Set(pairs.flatMap(([a, b]) => [a, b]));
  let chance = 0;
  for (const value of values) {
    const first = pairs.filter(([a]) => a === value).length / n;
    const second = pairs.filter(([, b]) => b === value).length / n;
    chance += first * second;
  }
  return { agreement, kappa: chance >= 1 ? 1 : (agreement - chance) / (1 - chance) };
}

// ---------------------------------------------------------------------------------------------------------------
// Topic: right when the engine's phrase holds every key, partly right when it holds some (or all, but is unsayable).

export type TopicVerdict = 'right' | 'partly' | 'wrong' | 'missing';

/** Lower case, curly quotes straightened, hyphens and runs of space as one space: "Wi-Fi’s" → "wi fi's". */
export function normalizePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[-_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A key is `word` or `word|other`; each alternative must start a word of the phrase ("suppl" matches "supplies"). */
export function keyMatches(phrase: string, key: string): boolean {
  const normal = normalizePhrase(phrase);
  return key
    .split('|')
    .some((alternative) =>
      new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(normalizePhrase(alternative))}`, 'u').test(normal),
    );
}

/**
 * A phrase that names the topic but drags raw tweet text along ("@Google you are locked out of your Gmail") or
 * stops mid-phrase can't be said to the customer as it is: it is marked down one step (right → partly → wrong).
 */
export function scoreTopic(predicted: string | null | undefined, keys: readonly string[]): TopicVerdict {
  if (!predicted || predicted.trim().length === 0) return 'missing';
  const held = keys.filter((key) => keyMatches(predicted, key)).length;
  const verdict: TopicVerdict = held === keys.length ? 'right' : held > 0 ? 'partly' : 'wrong';
  if (verdict === 'wrong' || (copiedFromTweet(predicted).length === 0 && !endsMidPhrase(predicted))) return verdict;
  return verdict === 'right' ? 'partly' : 'wrong';
}

// ---------------------------------------------------------------------------------------------------------------
// Questions and requests: one-to-one matching of the engine's spans to the labelled ones by overlap.

export interface LabelledSpan extends Span {
  kind: 'question' | 'request';
}

/** Where each labelled question and request lies in the message (its first occurrence). */
export function labelledSpans(item: GoldenCustomer): LabelledSpan[] {
  const locate = (text: string, kind: LabelledSpan['kind']): LabelledSpan => {
    const start = item.text.indexOf(text);
    return { start, end: start + text.length, kind };
  };
  return [
    ...item.labels.questions.map((text) => locate(text, 'question')),
    ...item.labels.requests.map((text) => locate(text, 'request')),
  ];
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const intersectionOverUnion = (a: Span, b: Span) =>
  overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));

export interface SpanMatch {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

/**
 * Greedy one-to-one matching, largest overlap first: a span listing the whole message meets at most one labelled
 * ask, so it can't pass for all of them. `minimumIoU` 0 accepts any overlap; 0.5 wants the spans to agree in extent.
 */
export function matchSpans(predicted: readonly Span[], labelled: readonly Span[], minimumIoU = 0): SpanMatch {
  const pairs: Array<{ p: number; l: number; size: number }> = [];
  predicted.forEach((span, p) =>
    labelled.forEach((gold, l) => {
      const size = overlap(span, gold);
      if (size > 0 && intersectionOverUnion(span, gold) >= minimumIoU) pairs.push({ p, l, size });
    }),
  );
  pairs.sort((a, b) => b.size - a.size);
  const usedPredicted = new Set<number>();
  const usedLabelled = new Set<number>();
  for (const pair of pairs) {
    if (usedPredicted.has(pair.p) || usedLabelled.has(pair.l)) continue;
    usedPredicted.add(pair.p);
    usedLabelled.add(pair.l);
  }
  return {
    truePositive: usedLabelled.size,
    falsePositive: predicted.length - usedPredicted.size,
    falseNegative: labelled.length - usedLabelled.size,
  };
}

export interface SpanScores extends SpanMatch {
  precision: number;
  recall: number;
  f1: number;
}

function spanScores(match: SpanMatch): SpanScores {
  const { truePositive: tp, falsePositive: fp, falseNegative: fn } = match;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    ...match,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

function addMatch(total: SpanMatch, match: SpanMatch): void {
  total.truePositive += match.truePositive;
  total.falsePositive += match.falsePositive;
  total.falseNegative += match.falseNegative;
}

// ---------------------------------------------------------------------------------------------------------------
// The whole evaluation.

export interface NamedChecker {
  name: string;
  check: SuggestionChecker;
}

/** What a method says about one message, in the terms the labels use. */
export interface CustomerPrediction {
  upset: boolean;
  kind: ProblemKind | null;
  topic: string | null;
  /** The readable problem fragment (the engine's `problem`; the baseline's topic). */
  problem: string | null;
  asks: Array<Span & { kind: 'question' | 'request' }>;
}

/** The engine's customer analysis as a prediction: `upset`, `problemDetail`, `problem` and `questions`. */
export function enginePrediction(customer: CustomerAnalysis | null): CustomerPrediction {
  return {
    upset: customer?.upset ?? false,
    kind: customer?.problemDetail?.kind ?? null,
    topic: customer?.problemDetail?.topic ?? null,
    problem: customer?.problem ?? null,
    asks: (customer?.questions ?? []).map((question) => ({
      ...question.span,
      kind: question.kind === 'request' ? 'request' : 'question',
    })),
  };
}

export interface CustomerOutcome {
  item: GoldenCustomer;
  customer: CustomerAnalysis | null;
  suggestions: Array<Suggestion & { tone: Tone; problems: string[] }>;
  topic: TopicVerdict | null;
  problemText: TopicVerdict | null;
}

export interface Share {
  passed: number;
  total: number;
  share: number;
}

type Verdicts = Record<TopicVerdict, number> & { total: number; spurious: number };

/** How one method's predictions score against the labels. */
export interface LabelScores {
  upset: Scores & { accuracy: number };
  kind: {
    correct: number;
    total: number;
    accuracy: number;
    labelledCorrect: number;
    labelled: number;
    labelledAccuracy: number;
  };
  /** The topic phrase against the labelled topic keys, on messages with a labelled topic. */
  topic: Verdicts;
  /** The readable problem fragment scored with the same keys (the compatibility field the panel shows today). */
  problemText: Verdicts;
  asks: SpanScores;
  asksStrict: SpanScores;
  requests: SpanScores;
}

export interface CustomerResult extends LabelScores {
  messages: number;
  /** The naive word-list peer (eval/customers-baseline.ts), scored the same way in the same run. */
  baseline: LabelScores;
  /** Per checker (and all together), the share of generated suggestions that pass, over every tone. */
  suggestions: Array<{ name: string } & Share>;
  /** The share passing every check, per kind of suggestion (frames without customer text pass far more often). */
  suggestionsByKind: Array<{ kind: Suggestion['kind'] } & Share>;
  /** Labelled-upset customers who get at least one acknowledgement passing every check, in the warm tone. */
  upsetWithAcknowledgement: Share;
  outcomes: CustomerOutcome[];
}

const TONES: readonly Tone[] = ['warm', 'formal', 'casual'];

function share(passed: number, total: number): Share {
  return { passed, total, share: total === 0 ? 0 : passed / total };
}

/** The engine's report on a customer message with an empty draft: what the panel shows before the agent types. */
export function reportFor(text: string, tone: Tone = 'warm'): Report {
  return analyze({ draft: '', customer: text, tone });
}

const emptyVerdicts = (): Verdicts => ({ right: 0, partly: 0, wrong: 0, missing: 0, total: 0, spurious: 0 });
const emptyMatch = (): SpanMatch => ({ truePositive: 0, falsePositive: 0, falseNegative: 0 });

/** Scores predictions (one per golden message, in order) against the labels. */
export function scoreLabels(
  golden: readonly GoldenCustomer[],
  predictions: readonly CustomerPrediction[],
): LabelScores {
  if (predictions.length !== golden.length)
    throw new Error(`scoreLabels needs one prediction per message (${predictions.length} for ${golden.length})`);
  const upset = emptyConfusion();
  const kind = { correct: 0, total: 0, labelledCorrect: 0, labelled: 0 };
  const topic = emptyVerdicts();
  const problemText = emptyVerdicts();
  const asks = emptyMatch();
  const asksStrict = emptyMatch();
  const requests = emptyMatch();
  golden.forEach((item, index) => {
    const { labels } = item;
    const prediction = predictions[index]!;
    record(upset, prediction.upset, labels.upset);
    kind.total += 1;
    if (prediction.kind === labels.kind) kind.correct += 1;
    if (labels.kind !== null) {
      kind.labelled += 1;
      if (prediction.kind === labels.kind) kind.labelledCorrect += 1;
    }
    if (labels.topic) {
      topic[scoreTopic(prediction.topic, labels.topic.keys)] += 1;
      topic.total += 1;
      problemText[scoreTopic(prediction.problem, labels.topic.keys)] += 1;
      problemText.total += 1;
    } else {
      if (prediction.topic) topic.spurious += 1;
      if (prediction.problem) problemText.spurious += 1;
    }
    const gold = labelledSpans(item);
    addMatch(asks, matchSpans(prediction.asks, gold));
    addMatch(asksStrict, matchSpans(prediction.asks, gold, 0.5));
    addMatch(
      requests,
      matchSpans(
        prediction.asks.filter((ask) => ask.kind === 'request'),
        gold.filter((span) => span.kind === 'request'),
      ),
    );
  });
  const upsetScores = scores(upset);
  return {
    upset: {
      ...upsetScores,
      accuracy: upsetScores.total === 0 ? 0 : (upsetScores.truePositive + upsetScores.trueNegative) / upsetScores.total,
    },
    kind: {
      ...kind,
      accuracy: kind.total === 0 ? 0 : kind.correct / kind.total,
      labelledAccuracy: kind.labelled === 0 ? 0 : kind.labelledCorrect / kind.labelled,
    },
    topic,
    problemText,
    asks: spanScores(asks),
    asksStrict: spanScores(asksStrict),
    requests: spanScores(requests),
  };
}

export function evaluateCustomers(
  golden: readonly GoldenCustomer[],
  checkers: readonly NamedChecker[],
): CustomerResult {
  const passedBy = checkers.map(() => 0);
  let passedAll = 0;
  let suggestionCount = 0;
  let upsetAcknowledged = 0;
  let upsetTotal = 0;
  const outcomes: CustomerOutcome[] = [];

  for (const item of golden) {
    const warm = reportFor(item.text);
    const customer = warm.customer;
    const suggestions: CustomerOutcome['suggestions'] = [];
    for (const tone of TONES) {
      const offered = (tone === 'warm' ? warm : reportFor(item.text, tone)).suggestions;
      for (const suggestion of offered) {
        const results = checkers.map(({ check }) => check(suggestion.text));
        results.forEach((result, index) => {
          if (result.ok) passedBy[index]! += 1;
        });
        const problems = results.flatMap((result, index) =>
          result.problems.map((problem) => `${checkers[index]!.name}: ${problem}`),
        );
        if (problems.length === 0) passedAll += 1;
        suggestionCount += 1;
        suggestions.push({ ...suggestion, tone, problems });
      }
    }
    if (item.labels.upset) {
      upsetTotal += 1;
      if (
        suggestions.some(
          (suggestion) =>
            suggestion.tone === 'warm' && suggestion.kind === 'acknowledgement' && suggestion.problems.length === 0,
        )
      )
        upsetAcknowledged += 1;
    }
    const topicKeys = item.labels.topic?.keys;
    outcomes.push({
      item,
      customer,
      suggestions,
      topic: topicKeys ? scoreTopic(customer?.problemDetail?.topic, topicKeys) : null,
      problemText: topicKeys ? scoreTopic(customer?.problem, topicKeys) : null,
    });
  }

  return {
    messages: golden.length,
    ...scoreLabels(
      golden,
      outcomes.map((outcome) => enginePrediction(outcome.customer)),
    ),
    baseline: scoreLabels(
      golden,
      golden.map((item) => baselinePrediction(item.text)),
    ),
    suggestions: [
      ...checkers.map(({ name }, index) => ({ name, ...share(passedBy[index]!, suggestionCount) })),
      ...(checkers.length > 1 ? [{ name: 'all checks', ...share(passedAll, suggestionCount) }] : []),
    ],
    suggestionsByKind: (['acknowledgement', 'reassurance'] as const).map((kind) => {
      const offered = outcomes.flatMap((outcome) =>
        outcome.suggestions.filter((suggestion) => suggestion.kind === kind),
      );
      return {
        kind,
        ...share(offered.filter((suggestion) => suggestion.problems.length === 0).length, offered.length),
      };
    }),
    upsetWithAcknowledgement: share(upsetAcknowledged, upsetTotal),
    outcomes,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Printing.

const fixed = (value: number) => value.toFixed(3);
const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);

export function customersTable(result: CustomerResult): string {
  const verdicts = (counts: Verdicts) =>
    `${counts.right}/${counts.partly}/${counts.wrong}/${counts.missing} (+${counts.spurious})`;
  const spans = (s: SpanScores) =>
    `${fixed(s.precision)}/${fixed(s.recall)} (${s.truePositive}/${s.falsePositive}/${s.falseNegative})`;
  const labelled = (
    name: string,
    value: (scores: LabelScores) => string,
    detail: (scores: LabelScores) => string,
  ): string[] => [name, value(result), value(result.baseline), detail(result), detail(result.baseline)];
  const rows: string[][] = [
    ['measure', 'engine', 'word list', 'engine detail', 'word-list detail'],
    labelled(
      'upset accuracy',
      (s) => fixed(s.upset.accuracy),
      (s) =>
        `P/R/F1 ${fixed(s.upset.precision)}/${fixed(s.upset.recall)}/${fixed(s.upset.f1)} (TP ${s.upset.truePositive} FP ${s.upset.falsePositive} FN ${s.upset.falseNegative} TN ${s.upset.trueNegative})`,
    ),
    labelled(
      'problem kind accuracy',
      (s) => fixed(s.kind.accuracy),
      (s) => `${s.kind.correct}/${s.kind.total}; ${s.kind.labelledCorrect}/${s.kind.labelled} labelled`,
    ),
    labelled(
      'topic right+partly',
      (s) => percent(s.topic.right + s.topic.partly, s.topic.total),
      (s) => `r/p/w/m ${verdicts(s.topic)}`,
    ),
    labelled(
      'problem right+partly',
      (s) => percent(s.problemText.right + s.problemText.partly, s.problemText.total),
      (s) => `r/p/w/m ${verdicts(s.problemText)}`,
    ),
    labelled(
      'questions+requests F1',
      (s) => fixed(s.asks.f1),
      (s) => `P/R ${spans(s.asks)}`,
    ),
    labelled(
      '  same extent F1',
      (s) => fixed(s.asksStrict.f1),
      (s) => `P/R ${spans(s.asksStrict)}`,
    ),
    labelled(
      '  requests F1',
      (s) => fixed(s.requests.f1),
      (s) => `P/R ${spans(s.requests)}`,
    ),
    ...result.suggestions.map(({ name, passed, total, share: value }) => [
      `suggestions pass: ${name}`,
      fixed(value),
      '',
      `${passed} of ${total} sentences, 3 tones`,
      '',
    ]),
    ...result.suggestionsByKind.map(({ kind, passed, total, share: value }) => [
      `  ${kind}s`,
      fixed(value),
      '',
      `${passed} of ${total} pass every check`,
      '',
    ]),
    [
      'upset → acknowledgement',
      fixed(result.upsetWithAcknowledgement.share),
      '',
      `${result.upsetWithAcknowledgement.passed} of ${result.upsetWithAcknowledgement.total} labelled upset (warm)`,
      '',
    ],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const table = rows.map((row) =>
    row
      .map((cell, column) =>
        column === 1 || column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd(),
  );
  return [
    ...table,
    '',
    'topic and problem: right/partly/wrong/missing of the labelled topics (+ named where none was labelled); a phrase with',
    'raw tweet text or cut mid-phrase counts one step down. Spans: precision/recall (TP/FP/FN), one-to-one by overlap;',
    '"same extent" wants overlap ≥ half the union.',
  ].join('\n');
}

/** Misses by category, to study the method (never to tune to single lines: the figures are re-measured elsewhere). */
export function customerErrors(result: CustomerResult, limit: number): string {
  const lines: string[] = [];
  const show = (title: string, picked: CustomerOutcome[], describe: (outcome: CustomerOutcome) => string) => {
    lines.push(`\n--- ${title} (${Math.min(limit, picked.length)} of ${picked.length} shown)`);
    for (const outcome of picked.slice(0, limit))
      lines.push(
        `[${outcome.item.id}] ${outcome.item.text.replace(/\s+/g, ' ').slice(0, 160)}\n    ${describe(outcome)}`,
      );
  };
  const upset = (outcome: CustomerOutcome) => outcome.customer?.upset ?? false;
  const confusion = new Map<string, number>();
  for (const outcome of result.outcomes) {
    const key = `${outcome.item.labels.kind ?? 'none'} → ${outcome.customer?.problemDetail?.kind ?? 'none'}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
  }
  lines.push('\n--- problem kind, labelled → engine (count)');
  lines.push(
    [...confusion]
      .sort((a, b) => b[1] - a[1])
      .map(([key, count]) => `${key} ${count}`)
      .join('; '),
  );
  show(
    'upset missed',
    result.outcomes.filter((o) => o.item.labels.upset && !upset(o)),
    (o) => `distress ${o.customer?.distress ?? 0}`,
  );
  show(
    'upset flagged on calm',
    result.outcomes.filter((o) => !o.item.labels.upset && upset(o)),
    (o) => `distress ${o.customer?.distress ?? 0}, ${o.customer?.primaryEmotion ?? 'no emotion'}`,
  );
  show(
    'problem kind wrong',
    result.outcomes.filter((o) => (o.customer?.problemDetail?.kind ?? null) !== o.item.labels.kind),
    (o) => `labelled ${o.item.labels.kind ?? 'none'}, engine ${o.customer?.problemDetail?.kind ?? 'none'}`,
  );
  show(
    'topic not right',
    result.outcomes.filter((o) => o.topic !== null && o.topic !== 'right'),
    (o) =>
      `labelled “${o.item.labels.topic!.topic}” [${o.item.labels.topic!.keys.join(', ')}], engine ${JSON.stringify(o.customer?.problemDetail?.topic ?? null)} (${o.topic}); problem ${JSON.stringify(o.customer?.problem ?? null)}`,
  );
  show(
    'questions and requests not matched in the same extent',
    result.outcomes.filter((o) => {
      const gold = labelledSpans(o.item);
      const asks = enginePrediction(o.customer).asks;
      const strict = matchSpans(asks, gold, 0.5);
      const requests = matchSpans(
        asks.filter((ask) => ask.kind === 'request'),
        gold.filter((span) => span.kind === 'request'),
      );
      return strict.falsePositive + strict.falseNegative + requests.falsePositive + requests.falseNegative > 0;
    }),
    (o) => {
      const quote = (span: Span & { kind: string }) =>
        `${span.kind[0]} ${JSON.stringify(o.item.text.slice(span.start, span.end))}`;
      const labelled = labelledSpans(o.item).map(quote).join(' | ') || 'none';
      const engine = enginePrediction(o.customer).asks.map(quote).join(' | ') || 'none';
      return `labelled ${labelled}\n    engine   ${engine}`;
    },
  );
  show(
    'suggestions failing a check',
    result.outcomes.filter((o) => o.suggestions.some((s) => s.problems.length > 0)),
    (o) =>
      o.suggestions
        .filter((s) => s.problems.length > 0)
        .slice(0, 2)
        .map((s) => `${JSON.stringify(s.text)} — ${s.problems.join('; ')}`)
        .join('\n    '),
  );
  return lines.join('\n');
}
