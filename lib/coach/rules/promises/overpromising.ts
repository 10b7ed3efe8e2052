import { compilePhrases } from '../phrases';
import type { SentenceRule } from '../types';

const id = 'promises/overpromising';

const match = compilePhrases([
  { match: '(we|i) (can|will)? (guarantee|guarantees)', reason: '“%s” is a promise support cannot always keep' },
  { match: '(is|are|it is|this is) guaranteed', reason: '“%s” is a promise support cannot always keep' },
  { match: '(never|not) (happen|occur) again', reason: '“%s” promises what nobody can control' },
  { match: '(i|we) promise', reason: '“%s” is a promise support cannot always keep' },
  { match: '100% (sure|certain|guaranteed|fixed|resolved)', reason: '“%s” is more certainty than support can offer' },
  { match: 'permanently (fixed|resolved|solved)', reason: '“%s” promises what nobody can control' },
  {
    match: '(this|it) (will|is going to) (definitely|certainly) (work|be fixed|be resolved)',
    reason: '“%s” promises a result before it is checked',
  },
  {
    match:
      '(you will|you are going to) never (have|see|experience) (this|that|the same|any) (issue|problem|error|again)?',
    reason: '“%s” promises what nobody can control',
  },
]);

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'warning',
  rationale: 'Overpromising (“guarantee”, “never again”, “I promise”, “100% fixed”).',
  why: 'A promise that breaks turns one problem into two: the original issue and lost trust. Promise what you control.',
  lesson: {
    title: 'Promise what you control',
    before: 'I guarantee the parcel arrives tomorrow.',
    after: 'The parcel is booked for delivery tomorrow, and I’ll watch the tracking for you.',
  },
  fixes: false,
  check: (sentence) => match(sentence),
  examples: {
    bad: [
      { text: 'I guarantee the parcel arrives tomorrow.', actual: 'I guarantee' },
      { text: 'This will never happen again.', actual: 'never happen again' },
      { text: 'I promise the sync is fixed now.', actual: 'I promise' },
      { text: 'The bug is 100% fixed.', actual: '100% fixed' },
    ],
    good: [
      { text: 'I have fixed the cause, and I will check your next sync myself on Monday.' },
      { text: 'Your order is covered by our 30-day money-back guarantee.' },
      { text: 'We have added a check so we catch this before it reaches you.' },
    ],
  },
};
