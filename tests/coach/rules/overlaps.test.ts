/**
 * One rule reports a stretch of text once (lib/coach/rules/overlaps.ts): the policy itself, and the engine applying
 * it to built-in rules, to rules whose phrase lists overlap and to a team's guideline pack.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/coach/index';
import { parseGuidelinePack } from '../../../lib/coach/guidelines';
import { keepOnePerStretch } from '../../../lib/coach/rules/overlaps';
import { compilePhrases } from '../../../lib/coach/rules/phrases';
import { runRules, type SentenceRule } from '../../../lib/coach/rules';
import { analyzeText } from '../../../lib/coach/text';
import { contextFor } from './support';

interface Item {
  start: number;
  end: number;
  fix?: boolean;
}
const extent = (item: Item) => item;
const hasFix = (item: Item) => item.fix === true;
const keep = (items: readonly Item[]) => keepOnePerStretch(items, extent, hasFix);

describe('keepOnePerStretch', () => {
  it.each<{ when: string; items: Item[]; kept: Item[] }>([
    {
      when: 'the longest, even when a shorter one starts first',
      items: [
        { start: 0, end: 15 },
        { start: 10, end: 29 },
      ],
      kept: [{ start: 10, end: 29 }],
    },
    {
      when: 'the earliest of equally long ones',
      items: [
        { start: 4, end: 9 },
        { start: 2, end: 7 },
      ],
      kept: [{ start: 2, end: 7 }],
    },
    {
      when: 'one with a fix over a longer one without',
      items: [
        { start: 0, end: 40 },
        { start: 0, end: 27, fix: true },
      ],
      kept: [{ start: 0, end: 27, fix: true }],
    },
    {
      when: 'the longest of those with a fix',
      items: [
        { start: 0, end: 12, fix: true },
        { start: 5, end: 40 },
        { start: 5, end: 30, fix: true },
      ],
      kept: [{ start: 5, end: 30, fix: true }],
    },
  ])('of overlapping extents keeps $when', ({ items, kept }) => {
    expect(keep(items)).toEqual(kept);
  });

  it('keeps extents that only touch, in text order', () => {
    const touching = [
      { start: 5, end: 9 },
      { start: 0, end: 5 },
    ];
    expect(keep(touching)).toEqual([touching[1], touching[0]]);
  });

  it('never returns two overlapping extents, and drops one only for an overlap it prefers', () => {
    const extents = fc.array(
      fc
        .tuple(fc.nat(60), fc.integer({ min: 1, max: 20 }), fc.boolean())
        .map(([start, length, fix]): Item => ({ start, end: start + length, fix })),
      { maxLength: 12 },
    );
    // Preferred: with a fix over without, then longer, then (as long) earlier.
    const rank = (item: Item) => [Number(hasFix(item)), item.end - item.start, -item.start];
    const prefers = (a: Item, b: Item) => {
      const [ra, rb] = [rank(a), rank(b)];
      const differs = ra.findIndex((value, at) => value !== rb[at]);
      return differs < 0 || ra[differs]! > rb[differs]!;
    };
    fc.assert(
      fc.property(extents, (items) => {
        const kept = keep(items);
        for (const [i, a] of kept.entries())
          for (const b of kept.slice(i + 1)) expect(a.end <= b.start || b.end <= a.start).toBe(true);
        for (const item of items) {
          if (kept.includes(item)) continue;
          expect(kept.some((k) => k.start < item.end && item.start < k.end && prefers(k, item))).toBe(true);
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

  it('a rule whose longer overlapping phrase has no fix keeps the shorter one that has', () => {
    const rule: SentenceRule = {
      id: 'test/fix-over-length',
      scope: 'sentence',
      severity: 'suggestion',
      rationale: 'A fixable phrase inside a longer one that only points.',
      why: 'A card the agent can apply helps more than one that only points.',
      fixes: true,
      lesson: { title: 'Say sorry plainly', before: 'We regret the delay.', after: 'I am sorry for the delay.' },
      examples: { bad: [{ text: 'We regret the delay.' }], good: [{ text: 'I am sorry for the delay.' }] },
      check: compilePhrases([
        { match: 'we regret the delay', reason: 'fixable', expected: ['I am sorry for the delay'] },
        { match: 'we regret the delay this has caused', reason: 'longer' },
      ]),
    };
    const findings = runRules(analyzeText('We regret the delay this has caused.'), contextFor(), [rule]);
    expect(findings.map((finding) => [finding.actual, finding.reason, finding.expected])).toEqual([
      ['We regret the delay', 'fixable', ['I am sorry for the delay']],
    ]);
  });

  it.each([
    {
      draft: 'We apologize for any inconvenience this may have caused.',
      kept: 'We apologize for any inconvenience this may have caused',
    },
    // The longer "any inconvenience this may have caused" has no fix: the one with a fix wins.
    { draft: 'We regret any inconvenience this may have caused.', kept: 'We regret any inconvenience' },
  ])('stock apology: "$draft" once, with its fix', ({ draft, kept }) => {
    const findings = analyze({ draft }).findings.filter((f) => f.ruleId === 'boilerplate/stock-apology');
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([
      [kept, ["I'm sorry for the trouble"]],
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
