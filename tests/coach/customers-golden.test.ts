/**
 * The engine on every message of the golden customer set (tests/fixtures/customers/golden.jsonl, 168 real customer
 * messages labelled by hand): invariants that must hold for each message, and aggregate floors on the labelled
 * figures so a regression fails. The floors are measured, not aspirational: each sits a little below what the
 * engine reached when it was set (see docs/engine.md's evaluation section and `npm run eval`); raise them when the
 * engine improves, never lower them to let a change through.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  evaluateCustomers,
  loadDevelopment,
  loadGolden,
  loadHoldout,
  reportFor,
  type CustomerResult,
  type GoldenCustomer,
} from '../../eval/customers';
import { suggestionCheckers } from '../../eval/customers-main';
import { endsMidPhrase } from '../../eval/sentence-check';
import { parseReport, reportSpanErrors } from '../../lib/coach/report-schema';
import type { Report } from '../../lib/coach/types';

const golden = loadGolden();
const reports = new Map<string, Report>();
const reportOf = (item: GoldenCustomer): Report => {
  let report = reports.get(item.id);
  if (!report) {
    report = reportFor(item.text);
    reports.set(item.id, report);
  }
  return report;
};

const COPIED_RAW = /@\w|https?:\s*\/\/|www\.|&(?:#\d+|[a-z]{2,8});|(?:^|\s)#\w/i;
const sentenceCount = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((part) => /\p{L}{2}/u.test(part)).length;

describe('the engine on every golden customer message', () => {
  it.each(golden.map((item) => [item.id, item] as const))('%s', (_id, item) => {
    const report = reportOf(item);
    expect(() => parseReport(JSON.parse(JSON.stringify(report)))).not.toThrow();
    expect(reportSpanErrors(report, { draft: '', customer: item.text })).toEqual([]);
    const customer = report.customer;
    expect(customer).not.toBeNull();
    expect(report.checks.acknowledgement.needed).toBe(customer!.upset);
    for (const question of customer!.questions) {
      expect(question.span.end).toBeGreaterThan(question.span.start);
      expect(question.text.trim().length).toBeGreaterThan(0);
    }
    if (customer!.problemDetail?.topic) expect(customer!.problemDetail.topic).not.toMatch(/\n/);
    for (const suggestion of report.suggestions) {
      expect(suggestion.text.trim().length).toBeGreaterThan(0);
      expect(suggestion.basis.length).toBeGreaterThan(0);
    }
  });
});

/** Messages breaking an invariant the issue 11 branches are rebuilding; counted so that none can get worse. */
function breaking(predicate: (item: GoldenCustomer, report: Report) => boolean): string[] {
  return golden.filter((item) => predicate(item, reportOf(item))).map((item) => item.id);
}
const upsetWithoutAcknowledgement = () =>
  breaking(
    (_, report) =>
      report.customer!.upset && !report.suggestions.some((suggestion) => suggestion.kind === 'acknowledgement'),
  );
const wholeMessageQuestion = () =>
  breaking(
    (item, report) =>
      sentenceCount(item.text) > 1 &&
      report.customer!.questions.some(
        (question) => question.span.end - question.span.start >= 0.9 * item.text.trim().length,
      ),
  );
const rawOrTruncatedProblem = () =>
  breaking((_, report) =>
    [report.customer!.problem, report.customer!.problemDetail?.topic].some(
      (phrase) => !!phrase && (COPIED_RAW.test(phrase) || endsMidPhrase(phrase)),
    ),
  );

describe('invariants the issue 11 rebuild must make hold for every message', () => {
  // An `it.fails` still fails with today's engine; when a change fixes it, vitest reports it as passing
  // unexpectedly: turn it into a plain `it` then.
  it('an upset customer always gets at least one acknowledgement', () => {
    expect(upsetWithoutAcknowledgement()).toEqual([]);
  });
  it('no question or request is the whole of a message of several sentences', () => {
    expect(wholeMessageQuestion()).toEqual([]);
  });
  it('problem and topic carry no @handle, URL, entity or hashtag and never stop mid-phrase', () => {
    expect(rawOrTruncatedProblem()).toEqual([]);
  });
});

describe('aggregate floors on the development pool (measured, not aspirational)', () => {
  let result: CustomerResult;
  beforeAll(() => {
    result = evaluateCustomers(loadDevelopment(), suggestionCheckers(null));
  }, 120_000);

  // Measured on this branch before the issue 11 rebuild landed (engine 0.2.0): upset accuracy 0.637, recall 0.545, F1 0.643;
  // kind 0.196 (no kinds yet: only the messages labelled with none agree); question+request F1 0.744 (any overlap),
  // 0.601 (same extent); problem fragment right for 10.6 % of labelled topics, right or partly right for 19.4 %;
  // 78.8 % of suggestions pass the sentence check (acknowledgements 43.8 %, reassurances 100 %); 23.8 % of upset
  // customers get a passing acknowledgement.
  // After the rebuild (the floors below sit a little under these): upset accuracy 0.780, recall 0.812, F1 0.816; kind
  // 0.530; question+request F1 0.840 (any overlap), 0.763 (same extent); problem fragment right for 23.1 %, right or
  // partly right for 23.8 %; 100 % of suggestions pass the sentence check; 81.2 % of upset customers get a passing
  // acknowledgement.
  // Upset from what happened (issue 11 part B): accuracy 0.869, precision 0.916, recall 0.861, F1 0.888; 87.1 % of
  // upset customers get a passing acknowledgement. The upset floors below sit just under these.
  // After issue 11 part A (structured problem; the floors below sit a little under these): kind 0.685 (the word-list
  // peer 0.548); topic right or partly right for 45.0 % of labelled topics; problem fragment right for 46.3 %; 100 %
  // of suggestions pass; 86.1 % of upset customers get a passing acknowledgement.
  // Both parts merged: upset 0.869, kind 0.708, topic 43.8 %, problem 45.0 %, upset → acknowledgement 91.1 %.
  // Upset from the learned model (lib/coach/customer/upset-weights.ts; fitted on these labels, so the honest golden
  // figure is its cross-validated 0.869, floored in tests/coach/customer/upset-model.test.ts): accuracy 0.917,
  // precision 0.958, recall 0.901, F1 0.929; kind 0.714; upset → acknowledgement 93.1 %.
  // Topic weights learned from these labels (eval/learn-topic-weights.ts), activities and the addressee as features:
  // topic right or partly right 58.1 %, problem fragment right 58.8 %, right or partly right 59.4 %.
  // From 2 December 2026 the floors are on the development pool (golden + held-out A and B, 388 messages), which the
  // learned models are fitted on; measured then: upset accuracy 0.817, recall 0.919, F1 0.865; kind 0.644; topic
  // right or partly right 56.1 %, problem fragment right 57.8 %; 100 % of suggestions pass; upset → ack 94.8 %.
  // Waiting, calls to act and recurrence as form features (3 December 2026): upset accuracy 0.845, recall 0.935,
  // F1 0.885; upset → ack 96.4 %. With calm-worded harm and reported text: accuracy 0.853, recall 0.935, F1 0.891;
  // upset → ack 97.2 %.
  // Topic helper, 3 December 2026 (two-word names head their phrase, no person as the topic, a smoothed none
  // threshold, 'unreasoned' and 'negated' features): topic right or partly right 62.4 %, problem fragment right
  // 64.3 %, right or partly right 64.6 %; the topic floors below sit a little under these.
  // Session 17 (3 December 2026: compound, title-case, CamelCase and quoted-code candidates, activities with no
  // object; own sentiment and rhetorical questions for upset): topic 65.1 %, problem fragment right 66.2 %, right
  // or partly right 66.8 %; upset unchanged at 0.853.
  it('upset agreement', () => {
    expect(result.upset.accuracy).toBeGreaterThanOrEqual(0.83);
    expect(result.upset.recall).toBeGreaterThanOrEqual(0.92);
    // F1 rather than precision: a change that trades a little precision for much recall is not a regression.
    expect(result.upset.f1).toBeGreaterThanOrEqual(0.85);
  });
  it('problem kind and topic', () => {
    expect(result.kind.accuracy).toBeGreaterThanOrEqual(0.63);
    expect(result.kind.accuracy).toBeGreaterThan(result.baseline.kind.accuracy);
    const { right, partly, total } = result.problemText;
    expect(right / total).toBeGreaterThanOrEqual(0.64);
    expect((right + partly) / total).toBeGreaterThanOrEqual(0.645);
    expect((result.topic.right + result.topic.partly) / result.topic.total).toBeGreaterThanOrEqual(0.63);
  });
  // Questions and requests (issue 11 part 5, 2 December 2026): F1 0.833 → 0.913, same extent 0.742 → 0.892,
  // requests 0.756 → 0.899 on the pool.
  it('questions and requests', () => {
    expect(result.asks.f1).toBeGreaterThanOrEqual(0.89);
    expect(result.asksStrict.f1).toBeGreaterThanOrEqual(0.87);
    expect(result.requests.f1).toBeGreaterThanOrEqual(0.87);
    expect(result.requests.f1).toBeGreaterThan(result.baseline.requests.f1);
  });
  it('suggestions', () => {
    expect(result.suggestions[0]!.share).toBeGreaterThanOrEqual(0.98);
    expect(result.suggestionsByKind.find((entry) => entry.kind === 'acknowledgement')!.share).toBeGreaterThanOrEqual(
      0.98,
    );
    expect(result.upsetWithAcknowledgement.share).toBeGreaterThanOrEqual(0.91);
  });
});

// Figures only, as a regression guard: a change is never tuned to make these pass (measured 2 December 2026 on
// set C: kind 0.563, topic right or partly right 49.2 %, problem 52.3 %, suggestions 99.7 %, upset → ack 87.2 %;
// 3 December 2026 after the topic helper's changes: topic 53.1 %, problem 56.3 %; session 17: topic 53.9 %,
// problem 56.3 %, upset → ack 89.5 %).
describe('aggregate floors on the held-out set (measured, not aspirational)', () => {
  let result: CustomerResult;
  beforeAll(() => {
    result = evaluateCustomers(loadHoldout(), suggestionCheckers(null));
  }, 120_000);

  it('problem kind beats the word-list peer; the topic and problem are named for nearly half the labelled topics', () => {
    expect(result.kind.accuracy).toBeGreaterThanOrEqual(0.54);
    expect(result.kind.accuracy).toBeGreaterThan(result.baseline.kind.accuracy);
    expect((result.topic.right + result.topic.partly) / result.topic.total).toBeGreaterThanOrEqual(0.5);
    expect((result.problemText.right + result.problemText.partly) / result.problemText.total).toBeGreaterThanOrEqual(
      0.53,
    );
  });
  it('suggestions pass and upset customers get an acknowledgement', () => {
    expect(result.suggestions[0]!.share).toBeGreaterThanOrEqual(0.98);
    expect(result.upsetWithAcknowledgement.share).toBeGreaterThanOrEqual(0.86);
  });
});
