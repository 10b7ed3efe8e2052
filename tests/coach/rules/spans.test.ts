/** Span invariants of `runRules` on real-looking drafts and on arbitrary text, plus caching and disabling. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/coach/text';
import { clearEngineCaches } from '../../../lib/coach/engine-state';
import { RULES, runRules } from '../../../lib/coach/rules';
import { ruleTable } from '../../../lib/coach/rules/table';
import type { Finding } from '../../../lib/coach/types';
import { contextFor } from './support';

const DRAFT = [
  'Hi guys,',
  "Obviously you should have updated the app!!! We can't refund orders after 30 days, as per our policy.",
  'Your account was suspended on 03/04 and I will call you at 3pm — PLEASE READ the FAQ about SSO. 😀 مرحبا 你好',
  'I think maybe it is only a small issue, and I guarantee it will never happen again. Kindly touch base ASAP.',
].join('\n');

function expectValidSpans(draft: string, findings: Finding[]): void {
  let previousStart = 0;
  for (const finding of findings) {
    expect(finding.span.start).toBeGreaterThanOrEqual(0);
    expect(finding.span.end).toBeLessThanOrEqual(draft.length);
    expect(finding.span.end).toBeGreaterThan(finding.span.start);
    expect(draft.slice(finding.span.start, finding.span.end)).toBe(finding.actual);
    expect(finding.span.start).toBeGreaterThanOrEqual(previousStart);
    expect(finding.reason.length).toBeGreaterThan(0);
    expect(finding.why.length).toBeGreaterThan(0);
    previousStart = finding.span.start;
  }
}

describe('runRules', () => {
  it('flags a draft full of problems, with valid sorted spans, from many rules', () => {
    const findings = runRules(analyzeText(DRAFT), contextFor());
    expectValidSpans(DRAFT, findings);
    const ruleIds = new Set(findings.map((finding) => finding.ruleId));
    expect(ruleIds.size).toBeGreaterThanOrEqual(15);
  });

  it('finds the same things after moving a sentence (cached hits are relative to their sentence)', () => {
    const first = runRules(analyzeText(DRAFT), contextFor());
    const shifted = `Thanks for writing in.\n${DRAFT}`;
    const second = runRules(analyzeText(shifted), contextFor());
    expectValidSpans(shifted, second);
    expect(second.map((finding) => [finding.ruleId, finding.actual])).toEqual(
      expect.arrayContaining(first.map((finding) => [finding.ruleId, finding.actual])),
    );
    clearEngineCaches();
    expect(runRules(analyzeText(shifted), contextFor())).toEqual(second);
  });

  it('skips rules disabled by id or by family', () => {
    const findings = runRules(analyzeText(DRAFT), contextFor(undefined, ['tone', 'shouting/caps']));
    expect(findings.some((finding) => finding.ruleId.startsWith('tone/'))).toBe(false);
    expect(findings.some((finding) => finding.ruleId === 'shouting/caps')).toBe(false);
    expect(findings.some((finding) => finding.ruleId === 'shouting/exclamations')).toBe(true);
  });

  it('keys cached jargon findings by how technical the customer is', () => {
    const draft = 'Please clear your cache and try again.';
    expect(runRules(analyzeText(draft), contextFor(0.1)).some((finding) => finding.ruleId === 'clarity/jargon')).toBe(
      true,
    );
    expect(runRules(analyzeText(draft), contextFor(0.9)).some((finding) => finding.ruleId === 'clarity/jargon')).toBe(
      false,
    );
  });

  it('gives an empty draft no findings', () => {
    expect(runRules(analyzeText(''), contextFor())).toEqual([]);
    expect(runRules(analyzeText(' \n\n '), contextFor())).toEqual([]);
  });

  it('never throws and keeps every span valid on arbitrary text', () => {
    const pieces = fc.constantFrom(
      'Obviously ',
      'we can not refund ',
      'ASAP',
      '!!!',
      ' 03/04 ',
      'at 3pm',
      'PLEASE READ ',
      '\n',
      '. ',
      '😀',
      'مرحبا ',
      '你好',
      'guys',
    );
    const draft = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 30 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(draft, (text) => {
        expectValidSpans(text, runRules(analyzeText(text), contextFor()));
      }),
      { numRuns: 150 },
    );
  });
});

describe('ruleTable', () => {
  it('lists every rule once with its severity and whether it fixes', () => {
    const table = ruleTable();
    const lines = table.split('\n');
    expect(lines[0]).toBe('| rule | severity | what it flags | fix? |');
    expect(lines).toHaveLength(RULES.length + 2);
    for (const rule of RULES) {
      const row = lines.find((line) => line.startsWith(`| \`${rule.id}\` |`));
      expect(row).toContain(`| ${rule.severity} |`);
      expect(row?.endsWith(rule.fixes ? '| yes |' : '| no |')).toBe(true);
    }
  });
});
