/**
 * Runs every rule's own examples: bad ones must be flagged (covering `actual`), good ones must not; and its lesson
 * teaches what the rule checks: the lesson's `before` is flagged, its `after` is not.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/coach/rules';
import { findingsOf } from './support';

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it.each(rule.examples.bad.map((example) => [example.text, example] as const))('flags: %s', (_text, example) => {
    const findings = findingsOf(rule, example.text, example.technicality);
    expect(findings.length, `no ${rule.id} finding in "${example.text}"`).toBeGreaterThan(0);
    if (example.actual !== undefined) {
      const covering = findings.find((finding) => finding.actual === example.actual);
      expect(covering, `findings: ${JSON.stringify(findings.map((f) => f.actual))}`).toBeDefined();
      if (example.expected !== undefined) expect(covering?.expected[0]).toBe(example.expected);
    }
  });

  it.each(rule.examples.good.map((example) => [example.text, example] as const))('accepts: %s', (_text, example) => {
    expect(findingsOf(rule, example.text, example.technicality)).toEqual([]);
  });

  it('its lesson’s before is flagged and its after is not', () => {
    expect(findingsOf(rule, rule.lesson.before).length, rule.lesson.before).toBeGreaterThan(0);
    expect(findingsOf(rule, rule.lesson.after), rule.lesson.after).toEqual([]);
  });
});
