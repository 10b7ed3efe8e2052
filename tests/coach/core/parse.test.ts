import { readdirSync, readFileSync } from 'node:fs';
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/coach/index';
import { compromiseParseMatch, parseMatch, plainToken } from '../../../lib/coach/matcher/parse';
import { SUPPORT_CUSTOMER_MESSAGE, supportDraft } from '../../../bench/support-text';

// lib/coach/matcher/parse.ts reads the plainest match tokens itself and leaves the rest to compromise's parser. It
// must change nothing: the same parsed tokens, with the same fields in the same order and sets in the same order
// (a net's hooks, and so the order of its matches, follow them), as compromise's parser gives.

const world = nlp.world();

/** Parsed tokens as text: sets and regular expressions spelled out, fields in their order. */
function written(regs: unknown): string {
  return JSON.stringify(regs, (_key, value: unknown) =>
    value instanceof Set ? { set: [...(value as Set<unknown>)] } : value instanceof RegExp ? String(value) : value,
  );
}

/** Every pattern the engine parses while analysing the golden replies and a few drafts (its nets are built then). */
function enginePatterns(): string[] {
  const one = (nlp.methods() as unknown as { one: { parseMatch: typeof parseMatch } }).one;
  const installed = one.parseMatch;
  const seen = new Set<string>();
  one.parseMatch = (input, opts, w) => {
    if (typeof input === 'string') seen.add(input);
    return installed(input, opts, w);
  };
  try {
    const golden = new URL('../golden/', import.meta.url);
    for (const file of readdirSync(golden).filter((name) => name.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(new URL(file, golden), 'utf8')) as { customer?: string; draft?: string };
      analyze({ draft: data.draft ?? '', customer: data.customer ?? null });
    }
    for (const seed of [1, 2, 3]) analyze({ draft: supportDraft(300, seed), customer: SUPPORT_CUSTOMER_MESSAGE });
  } finally {
    one.parseMatch = installed;
  }
  return [...seen];
}

/**
 * compromise's own tagger patterns (`model.two.matches`), with their `notIf` patterns while they are text (building
 * the tagger's net replaces them with their parse; the engine's run above has seen them then).
 */
function taggerPatterns(): string[] {
  const matches = (world as unknown as { model: { two: { matches: Array<{ match: string; notIf?: unknown }> } } }).model
    .two.matches;
  return matches.flatMap((entry) => [entry.match, ...(typeof entry.notIf === 'string' ? [entry.notIf] : [])]);
}

describe('fast match parsing', () => {
  it('is installed: the engine parses with it', () => {
    expect((nlp.methods() as unknown as { one: { parseMatch: unknown } }).one.parseMatch).toBe(parseMatch);
  });

  it.each([
    ['the engine', enginePatterns],
    ["compromise's tagger", taggerPatterns],
  ])('parses every pattern of %s as compromise does', (_name, patterns) => {
    const all = patterns();
    expect(all.length).toBeGreaterThan(400);
    const differ = all.filter(
      (pattern) => written(parseMatch(pattern, {}, world)) !== written(compromiseParseMatch(pattern, {}, world)),
    );
    expect(differ).toEqual([]);
  });

  it('reads the plain kinds itself and leaves every other token to compromise', () => {
    expect(plainToken('Refund')).toEqual({ word: 'refund' });
    expect(plainToken('#noun?')).toEqual({ optional: true, tag: 'Noun' });
    expect(plainToken('(sorry|#Adverb sorry)')).toEqual({
      choices: [[{ word: 'sorry' }], [{ tag: 'Adverb' }, { word: 'sorry' }]],
      operator: 'or',
    });
    for (const token of [
      '[#Noun]',
      '#Adverb{0,2}',
      '!sorry',
      '^hi',
      'done$',
      '(a|b)+',
      '(a && b)',
      '{walk}',
      '%Noun|Verb%',
      '.',
      '*',
      '/sorr?y/',
      '~sorry~',
      '@hasComma',
      '(a|(b))',
      'sorry??',
      'a.b',
    ])
      expect(plainToken(token), token).toBeNull();
  });

  it('parses written variants of the plain kinds as compromise does', () => {
    const variants = [
      '(a|b)?',
      '( a | b )',
      '(a||b)',
      '(a  b|c)',
      '()',
      '(a)',
      're-do (re-open|two-step)',
      '#Noun  #Verb',
      ' leading and trailing ',
      "I'm (can't|won’t) DO-it",
      '(A|B) #value? (#Noun|x)? [#Verb] done',
      'tab\there',
      '(a|b) (c d|e){2}',
    ];
    for (const pattern of variants)
      expect(written(parseMatch(pattern, {}, world)), pattern).toBe(written(compromiseParseMatch(pattern, {}, world)));
    // Options go to compromise as they are.
    expect(written(parseMatch('Sorry (A|b)', { caseSensitive: true }, world))).toBe(
      written(compromiseParseMatch('Sorry (A|b)', { caseSensitive: true }, world)),
    );
  });
});
