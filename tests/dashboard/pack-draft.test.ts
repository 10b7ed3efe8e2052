import { describe, expect, it } from 'vitest';
import type { GuidelinePack } from '../../lib/coach/types';
import {
  draftToPack,
  emptyPack,
  emptyRule,
  errorsByField,
  packToDraft,
  parsePhrase,
} from '../../dashboard/src/guidelines/pack-draft';
import { validatePack } from '../../dashboard/src/guidelines/validate-pack';
import { splitByFindings } from '../../dashboard/src/guidelines/highlight';
import { describeRate, progressSeries } from '../../dashboard/src/progress/series';

const pack: GuidelinePack = {
  id: 'support-voice',
  name: 'Support voice',
  version: 3,
  description: 'How we sound',
  disable: ['clarity/passive-voice'],
  rules: [
    {
      kind: 'avoid',
      id: 'no-unfortunately',
      phrases: ['unfortunately', { match: '[#Adverb] sorry' }],
      message: 'Say what you can do instead.',
      replacements: ['I can'],
      severity: 'warning',
      url: 'https://wiki.example/voice',
    },
    { kind: 'prefer', id: 'refund', term: 'money back', preferred: 'refund', why: 'Our product word.' },
    { kind: 'require', id: 'hello', where: 'greeting', phrases: ['Hi', 'Hello'], message: 'Greet them.' },
    { kind: 'limit', id: 'short', metric: 'sentence-words', max: 25 },
  ],
  notes: ['Skipped Vale rule Spelling.yml: kind spelling is not supported'],
};

describe('guideline pack form', () => {
  it('round-trips every rule kind through the form without losing a field', () => {
    expect(draftToPack(packToDraft(pack), 3)).toEqual(pack);
  });

  it('reads one phrase per line, ignoring blank lines, and "match:" lines as compromise syntax', () => {
    const draft = { ...emptyPack(), id: 'p', name: 'P', rules: [{ ...emptyRule('avoid'), message: 'm' }] };
    draft.rules[0]!.phrases = '  kindly \n\nmatch: [#Adverb] sorry\n';
    expect(draftToPack(draft).rules[0]).toMatchObject({ phrases: ['kindly', { match: '[#Adverb] sorry' }] });
    expect(parsePhrase('MATCH:  so sorry')).toEqual({ match: 'so sorry' });
  });

  it('keeps a limit that is not a number as NaN so validation reports it instead of dropping it', () => {
    const draft = { ...emptyPack(), rules: [{ ...emptyRule('limit'), max: 'twenty' }] };
    const rule = draftToPack(draft).rules[0];
    expect(rule?.kind === 'limit' && Number.isNaN(rule.max)).toBe(true);
  });

  it('gives new rules ids that do not clash with existing ones', () => {
    expect(emptyRule('avoid', ['avoid-1', 'avoid-2']).id).toBe('avoid-3');
  });

  it('puts each validation error next to the field that caused it, first error first', () => {
    expect(
      errorsByField([
        { path: ['name'], message: 'Give the pack a name' },
        { path: ['rules', 1, 'phrases', 2], message: 'Empty phrase' },
        { path: ['rules', 1, 'phrases'], message: 'second' },
        { path: ['rules', 0], message: 'Duplicate id' },
        { path: [], message: 'Whole pack' },
        { path: 'rules.3.max', message: 'Must be a positive number' },
        { path: 'description', message: 'Too long' },
      ]),
    ).toEqual({
      name: 'Give the pack a name',
      'rules.1.phrases': 'Empty phrase',
      'rules.0': 'Duplicate id',
      pack: 'Whole pack',
      'rules.3.max': 'Must be a positive number',
      description: 'Too long',
    });
  });
});

describe('pack validation with the engine schema', () => {
  it('accepts a valid pack', () => {
    expect(validatePack(pack)).toEqual({ ok: true, pack });
  });

  it('reports each problem at its form field, in the words the engine uses', () => {
    const draft = packToDraft(pack);
    draft.name = ' ';
    draft.rules[0]!.phrases = '';
    draft.rules[3]!.max = 'twenty';
    const result = validatePack(draftToPack(draft, 3));
    expect(result.ok).toBe(false);
    const errors = result.ok ? {} : errorsByField(result.issues);
    expect(Object.keys(errors).sort()).toEqual(['name', 'rules.0.phrases', 'rules.3.max']);
    expect(errors['rules.0.phrases']).toMatch(/at least one phrase/);
  });

  it('points a duplicate rule id at the second rule that uses it', () => {
    const draft = packToDraft(pack);
    draft.rules[2]!.id = 'no-unfortunately';
    const result = validatePack(draftToPack(draft, 3));
    expect(result.ok ? {} : errorsByField(result.issues)).toEqual({ 'rules.2.id': expect.stringMatching(/duplicate/) });
  });

  it('rejects a regular expression hidden in a match phrase', () => {
    const draft = packToDraft(pack);
    draft.rules[0]!.phrases = 'match: /sorry/';
    const result = validatePack(draftToPack(draft));
    expect(result.ok ? {} : errorsByField(result.issues)).toHaveProperty('rules.0.phrases');
  });
});

describe('progress series', () => {
  const day = (d: string, ack: number | null, asked: number, unanswered: number, sent = 2) => ({
    day: d,
    sent,
    averageScore: 70,
    questionsAsked: asked,
    questionsUnanswered: unanswered,
    checks: { acknowledgement: { rate: ack } },
  });

  it('orders days and computes the unanswered-question rate, null on days nobody asked anything', () => {
    const series = progressSeries([day('2026-11-02', 0.5, 0, 0), day('2026-11-01', 1, 4, 1)]);
    expect(series).toMatchObject({
      days: ['2026-11-01', '2026-11-02'],
      acknowledgementRate: [1, 0.5],
      unansweredRate: [0.25, null],
    });
    expect(describeRate('Acknowledged', series.days, series.acknowledgementRate)).toBe(
      'Acknowledged: 100% on 2026-11-01, 50% on 2026-11-02.',
    );
    expect(describeRate('Unanswered', series.days, series.unansweredRate)).toBe('Unanswered: 25% on 2026-11-01.');
  });

  it('counts sent replies: a day with only reviewed drafts has no replies and no score', () => {
    const series = progressSeries([day('2026-11-01', null, 0, 0, 0), day('2026-11-02', 1, 2, 0, 3)]);
    expect(series.replies).toEqual([0, 3]);
    expect(series.averageScore).toEqual([null, 70]);
  });
});

describe('preview highlighting', () => {
  const finding = (start: number, end: number) => ({
    ruleId: 'guideline/x',
    severity: 'warning' as const,
    reason: 'r',
    why: 'w',
    span: { start, end },
    actual: '',
    expected: [],
  });

  it('covers every character exactly once, with overlapping findings shown by the first', () => {
    const draft = 'Unfortunately we cannot refund.';
    const pieces = splitByFindings(draft, [finding(0, 13), finding(8, 20), finding(24, 30)]);
    expect(pieces.map((p) => p.text).join('')).toBe(draft);
    expect(pieces.filter((p) => p.finding !== null).map((p) => p.text)).toEqual(['Unfortunately', 'refund']);
  });

  it('ignores spans outside the text (a stale report) instead of throwing', () => {
    expect(splitByFindings('short', [finding(3, 50)])).toEqual([{ text: 'short', finding: null }]);
  });
});
