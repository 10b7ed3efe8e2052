import { compilePhrases } from '../phrases';
import type { SentenceRule } from '../types';

const id = 'inclusive/gendered-address';

const match = compilePhrases([
  { match: 'you guys', reason: '“%s” assumes the readers are men', expected: ['you all', 'you'] },
  { match: 'guys', reason: '“%s” assumes the readers are men', expected: ['everyone', 'all'] },
  {
    match: 'dear (sir|sirs|madam) (or|and|/) (madam|sir)',
    reason: '“%s” guesses at the customer’s gender',
    expected: ['Hello'],
  },
  {
    match: 'dear (sir|sirs|madam)',
    reason: '“%s” guesses at the customer’s gender; use their name',
    expected: ['Hello'],
  },
  { match: 'ladies and gentlemen', reason: '“%s” leaves people out', expected: ['everyone'] },
  { match: '(he or she|she or he)', reason: '“%s” leaves people out', expected: ['they'] },
  { match: '(his or her|her or his)', reason: '“%s” leaves people out', expected: ['their'] },
  { match: '(manpower)', reason: '“%s” is gendered', expected: ['staff', 'people'] },
  { match: '(mankind)', reason: '“%s” is gendered', expected: ['people', 'humanity'] },
]);

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'suggestion',
  rationale: 'Gendered address and terms (“guys”, “Dear Sir”, “he or she”, “manpower”).',
  why: 'A customer addressed with the wrong gender, or left out, notices; neutral words fit every reader.',
  lesson: {
    title: 'Address every reader',
    before: 'Hi guys, thanks for the quick reply.',
    after: 'Hi everyone, thanks for the quick reply.',
  },
  fixes: true,
  check: (sentence) => match(sentence),
  examples: {
    bad: [
      { text: 'Hi guys, thanks for the quick reply.', actual: 'guys', expected: 'everyone' },
      { text: 'Dear Sir or Madam, your order has shipped.', actual: 'Dear Sir or Madam', expected: 'Hello' },
      { text: 'Let me know when you guys are free.', actual: 'you guys', expected: 'you all' },
    ],
    good: [{ text: 'Hi everyone, thanks for the quick reply.' }, { text: 'Hello Alex, your order has shipped.' }],
  },
};
