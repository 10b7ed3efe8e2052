/**
 * The guideline-pack cost budget with pathological packs: what the matcher does is counted, heavy phrases and
 * packs are refused with the rule and field named, measuring yields to the event loop, and in the engine a pack
 * too slow for a draft is skipped — and named in the report — instead of freezing the coach.
 */
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/coach/index';
import {
  checkGuidelinePack,
  checkGuidelinePackSync,
  GuidelinePackError,
  importValeStyle,
  matcherSteps,
  measureGuidelinePack,
  MAX_PACK_COST,
  MAX_PHRASE_COST,
  TEAM_RULES_BUDGET_MS,
} from '../../../lib/coach/guidelines/index';
import { applyGuidelinesWithin } from '../../../lib/coach/guidelines/apply';
import { analyzeText } from '../../../lib/coach/text';
import type { GuidelinePack } from '../../../lib/coach/types';

const alternatives = (n: number) => `(${Array.from({ length: n }, (_, i) => `word${i} other${i}`).join('|')})`;
/** Thirty fuzzy choices: under the 200-character limit, over the per-phrase cost limit. */
const fuzzyChoices = `(${Array.from({ length: 28 }, (_, i) => `~wo${i}~`).join('|')})`;
/** Eighteen greedy choices: heavy, but allowed alone (and under 200 characters). */
const greedyChoices = `(${Array.from({ length: 18 }, (_, i) => `#Noun+ w${i}`).join('|')})`;

function matchPack(id: string, matches: string[]): GuidelinePack {
  return {
    id,
    name: id,
    version: 1,
    rules: matches.map((match, i) => ({ kind: 'avoid', id: `r${i}`, phrases: [{ match }], message: 'Avoid %s.' })),
  };
}

describe('matcher steps', () => {
  it('count more work for a phrase that makes the matcher do more', () => {
    const plain = matcherSteps(nlp.parseMatch('refund'), Infinity);
    const anchored = matcherSteps(nlp.parseMatch('^refund'), Infinity);
    const wide = matcherSteps(nlp.parseMatch(alternatives(60)), Infinity);
    expect(anchored).toBeLessThan(plain / 10); // tried at one position, not at every term
    expect(wide).toBeGreaterThan(plain * 5); // sixty choices tried at every term
    expect(matcherSteps(nlp.parseMatch('refund'), Infinity)).toBe(plain); // deterministic
  });

  it('stop counting at the limit instead of running a pathological phrase to the end', () => {
    expect(matcherSteps(nlp.parseMatch(alternatives(400)), 1000)).toBe(1001);
  });
});

describe('pack validation against the budget', () => {
  it('accepts an ordinary pack and reports its cost', async () => {
    const pack = matchPack('ordinary', ['#Adverb sorry', 'no problem', '[we] (can not|will not) #Verb']);
    const { cost } = await checkGuidelinePack(pack);
    expect(cost.issues).toEqual([]);
    expect(cost.steps).toBeGreaterThan(0);
    expect(cost.steps).toBeLessThan(3 * MAX_PHRASE_COST);
  });

  it('refuses a phrase over the per-phrase limit, naming the rule and field', async () => {
    expect(fuzzyChoices.length).toBeLessThanOrEqual(200);
    const pack = matchPack('heavy', ['thanks', fuzzyChoices]);
    const cost = await measureGuidelinePack(pack);
    expect(cost.issues).toHaveLength(1);
    expect(cost.issues[0]?.path).toEqual(['rules', 1, 'phrases', 0, 'match']);
    expect(cost.issues[0]?.message).toMatch(/more than 15,000 steps/);
    await expect(checkGuidelinePack(pack)).rejects.toThrow(/rule 1 "r1", field phrases\[0\]\.match/);
    expect(() => checkGuidelinePackSync(pack)).toThrow(GuidelinePackError);
  });

  it('refuses a pack of many phrases each under the limit whose total is over the pack limit', async () => {
    const each = greedyChoices;
    expect(each.length).toBeLessThanOrEqual(200);
    const single = matcherSteps(nlp.parseMatch(each), Infinity);
    expect(single).toBeLessThanOrEqual(MAX_PHRASE_COST);
    const count = Math.ceil(MAX_PACK_COST / single) + 5;
    const cost = await measureGuidelinePack(
      matchPack(
        'many',
        Array.from({ length: count }, () => each),
      ),
    );
    expect(cost.issues.map((i) => i.message).join()).toMatch(/limit for one pack/);
  });

  it('refuses bad match syntax found while measuring (the shape check does not parse it)', async () => {
    await expect(checkGuidelinePack(matchPack('syntax', ['/refund/']))).rejects.toThrow(/regular expressions/);
  });

  it('yields to the event loop while measuring a large pack', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    try {
      await measureGuidelinePack(
        matchPack(
          'large',
          Array.from({ length: 300 }, (_, i) => `#Adjective word${i} .? #Noun`),
        ),
        { sliceMs: 0 },
      );
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(10); // other work ran between the slices
  });
});

describe('the engine time budget for team rules', () => {
  // A draft of 1,500 words without a full stop: one sentence, the case where matching costs most.
  const words = 'thanks for waiting I checked your order and the refund is on its way to the card you used'.split(' ');
  const longDraft = Array.from({ length: 1500 }, (_, i) => words[i % words.length]).join(' ');

  it('skips the rest of a pack that runs out of time, names it, and keeps the other packs', () => {
    const slow = matchPack(
      'slow-pack',
      Array.from({ length: 2000 }, (_, i) => `#Noun+ .* (refund|order${i}) .* #Verb`),
    );
    const quick: GuidelinePack = {
      id: 'quick-pack',
      name: 'Quick',
      version: 3,
      rules: [{ kind: 'avoid', id: 'no-refund', phrases: ['refund'], message: 'Avoid %s.' }],
    };
    const text = analyzeText(longDraft);
    const result = applyGuidelinesWithin(text, [slow, quick], { customer: null, disabled: new Set() }, { totalMs: 40 });
    const slowStatus = result.packs.find((p) => p.id === 'slow-pack');
    expect(slowStatus?.skipped).toMatchObject({ reason: 'time-budget', rules: 2000, budgetMs: 20 });
    expect(slowStatus?.skipped?.rulesApplied).toBeLessThan(2000);
    expect(result.packs.find((p) => p.id === 'quick-pack')).toEqual({ id: 'quick-pack', version: 3 });
    expect(result.findings.some((f) => f.source === 'quick-pack')).toBe(true);
  });

  it('runs every rule of a pack that fits its share, and reports no skip', () => {
    const pack: GuidelinePack = {
      id: 'fits',
      name: 'Fits',
      version: 1,
      rules: [{ kind: 'avoid', id: 'a', phrases: [{ match: 'refund' }], message: 'Avoid %s.' }],
    };
    const report = analyze({ draft: 'Your refund is on its way.', guidelines: [pack] });
    expect(report.guidelines).toEqual([{ id: 'fits', version: 1 }]);
    expect(report.findings.some((f) => f.ruleId === 'guideline/a')).toBe(true);
  });

  it('analyze() reports a skipped pack instead of freezing', () => {
    const slow = matchPack(
      'frozen',
      Array.from({ length: 2000 }, (_, i) => `#Noun+ .* (refund|order${i}) .* #Verb`),
    );
    const report = analyze({ draft: longDraft, guidelines: [slow] });
    expect(report.guidelines[0]).toMatchObject({
      id: 'frozen',
      skipped: { reason: 'time-budget', budgetMs: TEAM_RULES_BUDGET_MS },
    });
  });
});

describe('the Vale import enforces its limits as it reads', () => {
  it('fails at once on a rule with tens of thousands of entries', () => {
    const tokens = Array.from({ length: 50_000 }, (_, i) => `  - word${i}`).join('\n');
    expect(() =>
      importValeStyle([{ name: 'Big/Huge.yml', yaml: `extends: existence\nmessage: x\ntokens:\n${tokens}` }]),
    ).toThrow(/characters; a Vale rule file may have at most/);
    const swap = Array.from({ length: 3000 }, (_, i) => `  w${i}: v${i}`).join('\n');
    expect(() =>
      importValeStyle([{ name: 'Big/Swap.yml', yaml: `extends: substitution\nmessage: x\nswap:\n${swap}` }]),
    ).toThrow(/3000 swap entries/);
  });

  it('stops as soon as the style makes more rules than a pack holds', () => {
    const files = Array.from({ length: 450 }, (_, f) => ({
      name: `Many/Rule${String(f).padStart(3, '0')}.yml`,
      yaml: `extends: substitution\nmessage: "Use '%s' instead of '%s'."\nswap:\n${Array.from({ length: 5 }, (_, i) => `  alpha${f}x${i}: beta${f}x${i}`).join('\n')}`,
    }));
    expect(() => importValeStyle(files)).toThrow(/more than 2000 rules \(stopped at Many\/Rule400\.yml\)/);
  });

  it('refuses too many files and too much text before parsing any', () => {
    const files = Array.from({ length: 501 }, (_, i) => ({
      name: `F/r${i}.yml`,
      yaml: 'extends: existence\ntokens: [a]',
    }));
    expect(() => importValeStyle(files)).toThrow(/501 files/);
  });
});
