import { describe, expect, it } from 'vitest';
import { negativeValence } from '../../../lib/coach/customer/emotions';
import { reportedSpans } from '../../../lib/coach/customer/reported';
import { readStress } from '../../../lib/coach/customer/stress';
import { analyzeText } from '../../../lib/coach/text';

const reported = (message: string): string[] => {
  const text = analyzeText(message);
  return reportedSpans(text).map((span) => text.text.slice(span.start, span.end));
};
const stressKinds = (message: string): string[] => readStress(analyzeText(message), []).map((signal) => signal.kind);

describe('reported text', () => {
  it('is an error message after its label, to the end of the paragraph', () => {
    expect(reported('Why can I not add funds? Error: Too many attempts. Give it some time.\nThanks')).toEqual([
      'Too many attempts. Give it some time.',
    ]);
  });
  it('is words in quotation marks, double or single curly', () => {
    expect(reported('It says “coming soon” on the tab.')).toEqual(['“coming soon”']);
    expect(reported('The CEO said ‘Some may even die, I don’t know.’ today')).toEqual([
      '‘Some may even die, I don’t know.’',
    ]);
  });
  it('is not one quoted word (the customer’s own emphasis) nor an apostrophe', () => {
    expect(reported('now i "cant" play the servers I’m on')).toEqual([]);
  });
});

describe('stress and valence leave reported text out', () => {
  it('an imperative in a quoted error is not a demand', () => {
    expect(stressKinds('Error: Give it some time and try connecting later.')).not.toContain('demand');
    expect(stressKinds('Give me my money back.')).toContain('demand');
  });
  it('capitals in a quoted message are not shouting', () => {
    expect(stressKinds('It says "The files needed to play GTA ONLINE could not be downloaded".')).not.toContain(
      'shouting',
    );
    expect(stressKinds('THIS IS RIDICULOUS')).toContain('shouting');
  });
  it('sad words in a quotation are not the customer’s', () => {
    expect(negativeValence(analyzeText('He said “this is a terrible, awful disaster” on TV.'))).toBe(0);
    expect(negativeValence(analyzeText('This is a terrible, awful disaster.'))).toBeGreaterThan(0);
  });
});
