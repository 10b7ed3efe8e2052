import { describe, expect, it } from 'vitest';
import { itChecksCueExamples } from '../../support/cue-examples';
import { UPSET_FORM_CUES } from '../../../lib/coach/lexicon/upset-form-cues';
import { readUpsetForm } from '../../../lib/coach/customer/upset-form';
import { analyzeText } from '../../../lib/coach/text';

const kindsRead = (text: string): string[] => [...new Set(readUpsetForm(analyzeText(text)).map((hit) => hit.cue.kind))];

describe('upset form cues', () => {
  itChecksCueExamples(UPSET_FORM_CUES);

  it('every kind has at least one cue', () => {
    for (const kind of ['waiting', 'call-to-act', 'recurrence', 'rhetorical'])
      expect(UPSET_FORM_CUES.some((cue) => cue.kind === kind)).toBe(true);
  });
});

describe('reading the form of a message', () => {
  it('hears recurrence and waiting that happened', () => {
    expect(kindsRead('It happened again. I have been waiting for days.')).toEqual(['recurrence', 'waiting']);
  });
  it('skips recurrence and waiting that are only supposed', () => {
    expect(kindsRead('If it happens again, I will write back.')).toEqual([]);
    expect(kindsRead('In case nobody answers for days, what should I do?')).toEqual([]);
  });
  it('a condition ends with its clause', () => {
    expect(kindsRead('If I open it, it logs me out every time.')).toEqual(['recurrence']);
  });
  it('hears a question asked to say how things are, not one asked to learn something', () => {
    expect(kindsRead('How is this even allowed? What is the point of paying?')).toEqual(['rhetorical']);
    expect(kindsRead('How is this setting turned on? How long does delivery take?')).toEqual([]);
  });
  it('keeps a call to act inside a condition: it is a threat', () => {
    expect(kindsRead("If you don't fix this today I'm leaving. Fix it.")).toContain('call-to-act');
  });
});
