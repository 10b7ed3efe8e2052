import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { CueNet } from '../../../lib/coach/matcher/net';
import { hasNestedGroup } from '../../../lib/coach/matcher/pattern-check';
import { compilePhrases } from '../../../lib/coach/rules/phrases';

describe('nested groups in compromise patterns', () => {
  it('compromise matches a nested group as nothing, and the flat alternatives as meant (why the check exists)', () => {
    const text = 'we apologize for any trouble this may have caused';
    expect(nlp(text).match('for any trouble (caused|this (may|might) have caused)').found).toBe(false);
    expect(nlp(text).match('for any trouble (caused|this may have caused|this might have caused)').found).toBe(true);
  });

  it('tells nested groups from flat ones and leaves regex terms alone', () => {
    expect(hasNestedGroup('(caused|this (may|might) have caused)')).toBe(true);
    expect(hasNestedGroup('(not sure (how|why))')).toBe(true);
    expect(hasNestedGroup('(we|i) (sincerely|deeply)? (apologize|apologise)')).toBe(false);
    expect(hasNestedGroup('/^(re|un)set$/ (it|this)')).toBe(false);
    expect(hasNestedGroup('plain words')).toBe(false);
  });

  it('refuses a nested group where rules and cues are compiled', () => {
    expect(() => compilePhrases([{ match: 'sorry (for (any|the) trouble)', reason: 'x' }])).toThrow(/nests a group/);
    expect(() => new CueNet([{ id: 'nested', match: '(confused|not sure (how|why))' }])).toThrow(/nests a group/);
  });
});
