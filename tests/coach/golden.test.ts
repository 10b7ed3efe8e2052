import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/coach/index';
import type { CheckId, CheckStatus, Emotion, StressKind } from '../../lib/coach/types';

/** A golden support case: the customer's message, the agent's draft and what a support lead expects. */
interface GoldenCase {
  title: string;
  customer: string;
  customerName?: string;
  draft: string;
  expect: {
    checks: Partial<Record<CheckId, CheckStatus>>;
    primaryEmotion?: Emotion;
    stress?: StressKind[];
    unanswered?: number;
    technicalityAbove?: number;
  };
}

const folder = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const cases = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .map(
    (file) =>
      [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(folder, file), 'utf8')) as GoldenCase] as const,
  );

describe('golden support cases', () => {
  it('has at least 15 cases', () => expect(cases.length).toBeGreaterThanOrEqual(15));

  it.each(cases)('%s', (_name, golden) => {
    const report = analyze({ draft: golden.draft, customer: golden.customer, customerName: golden.customerName });
    const statuses = Object.fromEntries(
      Object.keys(golden.expect.checks).map((id) => [id, report.checks[id as CheckId].status]),
    );
    expect(statuses).toEqual(golden.expect.checks);
    if (golden.expect.primaryEmotion) expect(report.customer?.primaryEmotion).toBe(golden.expect.primaryEmotion);
    for (const kind of golden.expect.stress ?? [])
      expect(report.customer?.stress.map((signal) => signal.kind)).toContain(kind);
    if (golden.expect.unanswered !== undefined)
      expect(report.checks.questions.unanswered).toHaveLength(golden.expect.unanswered);
    if (golden.expect.technicalityAbove !== undefined)
      expect(report.customer?.technicality).toBeGreaterThan(golden.expect.technicalityAbove);
    for (const check of Object.values(report.checks)) {
      for (const span of check.evidence) expect(span.end).toBeLessThanOrEqual(golden.draft.length);
    }
  });
});
