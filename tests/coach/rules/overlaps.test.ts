/**
 * One rule reports a stretch of text once (lib/coach/rules/overlaps.ts): the policy itself, and the engine applying
 * it to built-in rules, to rules whose phrase lists overlap and to a team's guideline pack.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/coach/index';
import { parseGuidelinePack } from '../../../lib/coach/guidelines';
import { keepLongest } from '../../../lib/coach/rules/overlaps';
import { compilePhrases } from '../../../lib/coach/rules/phrases';
import { runRules, type SentenceRule } from '../../../lib/coach/rules';
import { analyzeText } from '../../../lib/coach/text';
import { contextFor } from './support';

const extent = (span: { start: number; end: number }) => span;

describe('keepLongest', () => {
  it('keeps the longest of overlapping extents even when a shorter one starts first, and the earliest of equals', () => {
    expect(
      keepLongest(
        [
          { start: 0, end: 15 },
          { start: 10, end: 29 },
        ],
        extent,
      ),
    ).toEqual([{ start: 10, end: 29 }]);
    expect(
      keepLongest(
        [
          { start: 4, end: 9 },
          { start: 2, end: 7 },
        ],
        extent,
      ),
    ).toEqual([{ start: 2, end: 7 }]);
  });

  it('keeps extents that only touch, in text order', () => {
    const touching = [
      { start: 5, end: 9 },
      { start: 0, end: 5 },
    ];
    expect(keepLongest(touching, extent)).toEqual([touching[1], touching[0]]);
  });

  it('never returns two overlapping extents, and drops one only for a longer (or as long, earlier) overlap', () => {
    const extents = fc.array(
      fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 20 })).map(([start, length]) => ({ start, end: start + length })),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(extents, (items) => {
        const kept = keepLongest(items, extent);
        for (const [i, a] of kept.entries())
          for (const b of kept.slice(i + 1)) expect(a.end <= b.start || b.end <= a.start).toBe(true);
        for (const item of items) {
          if (kept.includes(item)) continue;
          const length = item.end - item.start;
          expect(
            kept.some(
              (k) =>
                k.start < item.end &&
                item.start < k.end &&
                (k.end - k.start > length || (k.end - k.start === length && k.start <= item.start)),
            ),
          ).toBe(true);
        }
      }),
    );
  });
});

describe('the engine reports each rule once per stretch of text', () => {
  it('a rule whose phrases overlap gets one finding, the longest', () => {
    const rule: SentenceRule = {
      id: 'test/overlapping-phrases',
      scope: 'sentence',
      severity: 'suggestion',
      rationale: 'Two phrases that overlap in one sentence.',
      why: 'Shown twice, one phrase would get two cards.',
      fixes: false,
      lesson: { title: 'One card per phrase', before: 'Your free trial ends tomorrow.', after: 'Your trial is on.' },
      examples: { bad: [{ text: 'Your free trial ends tomorrow.' }], good: [{ text: 'Your trial is on.' }] },
      check: compilePhrases([
        { match: 'your free trial', reason: 'short' },
        { match: 'trial ends tomorrow', reason: 'long' },
      ]),
    };
    const draft = 'Hi Sam. Your free trial ends tomorrow.';
    const findings = runRules(analyzeText(draft), contextFor(), [rule]);
    expect(findings.map((finding) => [finding.actual, finding.reason])).toEqual([['trial ends tomorrow', 'long']]);
  });

  it('stock apology: the whole phrase once, with its fix', () => {
    const draft = 'We apologize for any inconvenience this may have caused.';
    const findings = analyze({ draft }).findings.filter((f) => f.ruleId === 'boilerplate/stock-apology');
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([
      ['We apologize for any inconvenience this may have caused', ["I'm sorry for the trouble"]],
    ]);
  });

  it('a team rule whose phrases overlap gets one finding, the longest', () => {
    const pack = parseGuidelinePack({
      id: 'acme',
      name: 'Acme voice',
      version: 1,
      rules: [
        { kind: 'avoid', id: 'trial', phrases: ['free trial', 'trial ends tomorrow'], message: 'Say “%s” kindly.' },
      ],
    });
    const draft = 'Your free trial ends tomorrow.';
    const findings = analyze({ draft, guidelines: [pack] }).findings.filter((f) => f.ruleId === 'guideline/trial');
    expect(findings.map((finding) => finding.actual)).toEqual(['trial ends tomorrow']);
  });
});
