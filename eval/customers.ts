/**
 * The golden customer set (tests/fixtures/customers/golden.jsonl): 168 real customer messages labelled by hand, and
 * how the engine's customer analysis scores on them — upset, problem kind, problem topic, the questions and
 * requests the reply must answer, and how many generated suggestions pass the sentence checks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { analyze } from '../lib/coach/index';
import type { CustomerAnalysis, ProblemKind, Report, Span, Suggestion, Tone } from '../lib/coach/types';
import { EvalDataError, REPO_ROOT } from './dataset';
import { emptyConfusion, record, scores, type Scores } from './metrics';
import { copiedFromTweet, endsMidPhrase, type SuggestionChecker } from './sentence-check';

export const GOLDEN_PATH = resolve(REPO_ROOT, 'tests/fixtures/customers/golden.jsonl');

const PROBLEM_KINDS = ['not-arrived', 'charged-wrongly', 'account-access', 'broken', 'missing', 'slow', 'disagree', 'how-to'] as const satisfies readonly ProblemKind[];

const labelsSchema = z.object({
  upset: z.boolean(),
  topic: z.object({ topic: z.string().min(1), keys: z.array(z.string().min(1)).min(1) }).nullable(),
  kind: z.enum(PROBLEM_KINDS).nullable(),
  questions: z.array(z.string().min(1)),
  requests: z.array(z.string().min(1)),
});

const goldenSchema = z.object({ id: z.string().min(1), company: z.string().min(1), text: z.string().min(1), labels: labelsSchema });

export type GoldenLabels = z.infer<typeof labelsSchema>;
export type GoldenCustomer = z.infer<typeof goldenSchema>;

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
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      throw new EvalDataError(`${where}: not JSON (${(error as Error).message})`);
    }
    const result = goldenSchema.safeParse(parsed);
    if (!result.success) throw new EvalDataError(`${where}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    const item = result.data;
    if (seen.has(item.id)) throw new EvalDataError(`${where}: id ${item.id} appears twice`);
    seen.add(item.id);
    for (const ask of [...item.labels.questions, ...item.labels.requests]) {
      if (!item.text.includes(ask)) throw new EvalDataError(`${where}: ${JSON.stringify(ask)} is not a substring of the message`);
    }
    golden.push(item);
  });
  return golden;
}

// ---------------------------------------------------------------------------------------------------------------
// Topic: right when the engine's phrase holds every key, partly right when it holds some (or all, but is unsayable).

export type TopicVerdict = 'right' | 'partly' | 'wrong' | 'missing';

/** Lower case, curly quotes straightened, hyphens and runs of space as one space: "Wi-Fi’s" → "wi fi's". */
export function normalizePhrase(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[-_/]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A key is `word` or `word|other`; each alternative must start a word of the phrase ("suppl" matches "supplies"). */
export function keyMatches(phrase: string, key: string): boolean {
  const normal = normalizePhrase(phrase);
  return key.split('|').some((alternative) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(normalizePhrase(alternative))}`, 'u').test(normal));
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
  return [...item.labels.questions.map((text) => locate(text, 'question')), ...item.labels.requests.map((text) => locate(text, 'request'))];
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const intersectionOverUnion = (a: Span, b: Span) => overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));

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
  return { truePositive: usedLabelled.size, falsePositive: predicted.length - usedPredicted.size, falseNegative: labelled.length - usedLabelled.size };
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
  return { ...match, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
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

export interface CustomerResult {
  messages: number;
  upset: Scores & { accuracy: number };
  kind: { correct: number; total: number; accuracy: number; labelledCorrect: number; labelled: number; labelledAccuracy: number };
  /** `problemDetail.topic` against the labelled topic keys, on messages with a labelled topic. */
  topic: Record<TopicVerdict, number> & { total: number; spurious: number };
  /** The readable `problem` fragment scored with the same keys (the compatibility field the panel shows today). */
  problemText: Record<TopicVerdict, number> & { total: number; spurious: number };
  asks: SpanScores;
  asksStrict: SpanScores;
  requests: SpanScores;
  /** Per checker (and all together), the share of generated suggestions that pass, over every tone. */
  suggestions: Array<{ name: string } & Share>;
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

export function evaluateCustomers(golden: readonly GoldenCustomer[], checkers: readonly NamedChecker[]): CustomerResult {
  const upset = emptyConfusion();
  const kind = { correct: 0, total: 0, labelledCorrect: 0, labelled: 0 };
  const topic = { right: 0, partly: 0, wrong: 0, missing: 0, total: 0, spurious: 0 };
  const problemText = { right: 0, partly: 0, wrong: 0, missing: 0, total: 0, spurious: 0 };
  const asks: SpanMatch = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
  const asksStrict: SpanMatch = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
  const requests: SpanMatch = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
  const passedBy = checkers.map(() => 0);
  let passedAll = 0;
  let suggestionCount = 0;
  let upsetAcknowledged = 0;
  let upsetTotal = 0;
  const outcomes: CustomerOutcome[] = [];

  for (const item of golden) {
    const { labels } = item;
    const warm = reportFor(item.text);
    const customer = warm.customer;
    record(upset, customer?.upset ?? false, labels.upset);

    const predictedKind = customer?.problemDetail?.kind ?? null;
    kind.total += 1;
    if (predictedKind === labels.kind) kind.correct += 1;
    if (labels.kind !== null) {
      kind.labelled += 1;
      if (predictedKind === labels.kind) kind.labelledCorrect += 1;
    }

    let topicVerdict: TopicVerdict | null = null;
    let problemVerdict: TopicVerdict | null = null;
    if (labels.topic) {
      topicVerdict = scoreTopic(customer?.problemDetail?.topic, labels.topic.keys);
      problemVerdict = scoreTopic(customer?.problem, labels.topic.keys);
      topic[topicVerdict] += 1;
      topic.total += 1;
      problemText[problemVerdict] += 1;
      problemText.total += 1;
    } else {
      if (customer?.problemDetail?.topic) topic.spurious += 1;
      if (customer?.problem) problemText.spurious += 1;
    }

    const gold = labelledSpans(item);
    const predicted = customer?.questions ?? [];
    addMatch(asks, matchSpans(predicted.map((question) => question.span), gold));
    addMatch(asksStrict, matchSpans(predicted.map((question) => question.span), gold, 0.5));
    addMatch(
      requests,
      matchSpans(
        predicted.filter((question) => question.kind === 'request').map((question) => question.span),
        gold.filter((span) => span.kind === 'request'),
      ),
    );

    const suggestions: CustomerOutcome['suggestions'] = [];
    for (const tone of TONES) {
      const offered = (tone === 'warm' ? warm : reportFor(item.text, tone)).suggestions;
      for (const suggestion of offered) {
        const results = checkers.map(({ check }) => check(suggestion.text));
        results.forEach((result, index) => {
          if (result.ok) passedBy[index]! += 1;
        });
        const problems = results.flatMap((result, index) => result.problems.map((problem) => `${checkers[index]!.name}: ${problem}`));
        if (problems.length === 0) passedAll += 1;
        suggestionCount += 1;
        suggestions.push({ ...suggestion, tone, problems });
      }
    }
    if (labels.upset) {
      upsetTotal += 1;
      if (suggestions.some((suggestion) => suggestion.tone === 'warm' && suggestion.kind === 'acknowledgement' && suggestion.problems.length === 0)) upsetAcknowledged += 1;
    }
    outcomes.push({ item, customer, suggestions, topic: topicVerdict, problemText: problemVerdict });
  }

  const upsetScores = scores(upset);
  return {
    messages: golden.length,
    upset: { ...upsetScores, accuracy: upsetScores.total === 0 ? 0 : (upsetScores.truePositive + upsetScores.trueNegative) / upsetScores.total },
    kind: { ...kind, accuracy: kind.total === 0 ? 0 : kind.correct / kind.total, labelledAccuracy: kind.labelled === 0 ? 0 : kind.labelledCorrect / kind.labelled },
    topic,
    problemText,
    asks: spanScores(asks),
    asksStrict: spanScores(asksStrict),
    requests: spanScores(requests),
    suggestions: [
      ...checkers.map(({ name }, index) => ({ name, ...share(passedBy[index]!, suggestionCount) })),
      ...(checkers.length > 1 ? [{ name: 'all checks', ...share(passedAll, suggestionCount) }] : []),
    ],
    upsetWithAcknowledgement: share(upsetAcknowledged, upsetTotal),
    outcomes,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Printing.

const fixed = (value: number) => value.toFixed(3);
const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);

export function customersTable(result: CustomerResult): string {
  const { upset, kind, topic, problemText, asks, asksStrict, requests } = result;
  const verdicts = (counts: CustomerResult['topic']) =>
    `right ${counts.right}, partly ${counts.partly}, wrong ${counts.wrong}, missing ${counts.missing} of ${counts.total}; ${counts.spurious} named where none was labelled`;
  const spans = (s: SpanScores) => `P ${fixed(s.precision)}  R ${fixed(s.recall)}  (TP ${s.truePositive}, FP ${s.falsePositive}, FN ${s.falseNegative})`;
  const rows: Array<[string, string, string]> = [
    ['upset', `accuracy ${fixed(upset.accuracy)}`, `P ${fixed(upset.precision)}  R ${fixed(upset.recall)}  F1 ${fixed(upset.f1)}  (TP ${upset.truePositive}, FP ${upset.falsePositive}, FN ${upset.falseNegative}, TN ${upset.trueNegative})`],
    ['problem kind', `accuracy ${fixed(kind.accuracy)}`, `${kind.correct} of ${kind.total} (none counts as a kind); ${kind.labelledCorrect} of ${kind.labelled} where a kind is labelled`],
    ['problem topic', `right+partly ${percent(topic.right + topic.partly, topic.total)}`, verdicts(topic)],
    ['problem (fragment)', `right+partly ${percent(problemText.right + problemText.partly, problemText.total)}`, verdicts(problemText)],
    ['questions+requests', `F1 ${fixed(asks.f1)}`, `${spans(asks)}, any overlap`],
    ['  same extent', `F1 ${fixed(asksStrict.f1)}`, `${spans(asksStrict)}, overlap ≥ half the union`],
    ['  requests as requests', `F1 ${fixed(requests.f1)}`, spans(requests)],
    ...result.suggestions.map(({ name, passed, total, share: value }): [string, string, string] => [`suggestions: ${name}`, `pass ${fixed(value)}`, `${passed} of ${total} sentences (warm, formal, casual)`]),
    ['upset → acknowledgement', `share ${fixed(result.upsetWithAcknowledgement.share)}`, `${result.upsetWithAcknowledgement.passed} of ${result.upsetWithAcknowledgement.total} labelled-upset customers get one passing every check (warm)`],
  ];
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map(([name, value, detail]) => `${name.padEnd(widths[0]!)}  ${value.padEnd(widths[1]!)}  ${detail}`).join('\n');
}

/** Misses by category, to study the method (never to tune to single lines: the figures are re-measured elsewhere). */
export function customerErrors(result: CustomerResult, limit: number): string {
  const lines: string[] = [];
  const show = (title: string, picked: CustomerOutcome[], describe: (outcome: CustomerOutcome) => string) => {
    lines.push(`\n--- ${title} (${Math.min(limit, picked.length)} of ${picked.length} shown)`);
    for (const outcome of picked.slice(0, limit)) lines.push(`[${outcome.item.id}] ${outcome.item.text.replace(/\s+/g, ' ').slice(0, 160)}\n    ${describe(outcome)}`);
  };
  const upset = (outcome: CustomerOutcome) => outcome.customer?.upset ?? false;
  show('upset missed', result.outcomes.filter((o) => o.item.labels.upset && !upset(o)), (o) => `distress ${o.customer?.distress ?? 0}`);
  show('upset flagged on calm', result.outcomes.filter((o) => !o.item.labels.upset && upset(o)), (o) => `distress ${o.customer?.distress ?? 0}, ${o.customer?.primaryEmotion ?? 'no emotion'}`);
  show('problem kind wrong', result.outcomes.filter((o) => (o.customer?.problemDetail?.kind ?? null) !== o.item.labels.kind), (o) => `labelled ${o.item.labels.kind ?? 'none'}, engine ${o.customer?.problemDetail?.kind ?? 'none'}`);
  show('topic not right', result.outcomes.filter((o) => o.topic !== null && o.topic !== 'right'), (o) => `labelled “${o.item.labels.topic!.topic}” [${o.item.labels.topic!.keys.join(', ')}], engine ${JSON.stringify(o.customer?.problemDetail?.topic ?? null)} (${o.topic}); problem ${JSON.stringify(o.customer?.problem ?? null)}`);
  show('suggestions failing a check', result.outcomes.filter((o) => o.suggestions.some((s) => s.problems.length > 0)), (o) => o.suggestions.filter((s) => s.problems.length > 0).slice(0, 2).map((s) => `${JSON.stringify(s.text)} — ${s.problems.join('; ')}`).join('\n    '));
  return lines.join('\n');
}
