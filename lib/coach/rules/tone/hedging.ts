import { compilePhrases } from '../phrases';
import type { SentenceRule } from '../types';

const id = 'tone/hedging';

const match = compilePhrases([
  { match: 'i think maybe', reason: '“%s” makes the answer sound like a guess' },
  { match: '(maybe|perhaps) possibly', reason: '“%s” makes the answer sound like a guess' },
  { match: 'i am not (sure|certain) (but|if this)', reason: '“%s” undermines the answer before it starts' },
  { match: 'i (could|might|may) be wrong', reason: '“%s” undermines your own answer' },
  { match: 'i am (no|not an) expert', reason: '“%s” undermines your own answer' },
  { match: '(sorry|apologies) to (bother|trouble|disturb) you', reason: '“%s” apologises for doing your job' },
  { match: 'sorry for (bothering|troubling|disturbing) you', reason: '“%s” apologises for doing your job' },
  { match: '#Copula (sort|kind) of (#Adjective|#PastTense)', reason: '“%s” blurs what you mean' },
  { match: 'i (sort|kind) of (think|feel|guess|believe)', reason: '“%s” blurs what you mean' },
  { match: 'if (that|this) makes sense', reason: '“%s” sounds unsure of your own explanation' },
  {
    match: 'hopefully (this|that|it) (should|might|may|will)? (work|works|help|helps|fix|fixes)',
    reason: '“%s” sounds unsure the fix works: say what you checked',
  },
  {
    match: 'i (just)? (wanted|want) to (quickly|just)? (check|ask|see) if (it|this|that) is (ok|okay|alright)',
    reason: '“%s” asks permission where you can simply ask',
  },
]);

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'suggestion',
  rationale: 'Hedging and undermining (“I think maybe”, “sorry to bother you”, “I could be wrong”).',
  why: 'A hesitant answer makes the customer doubt the fix and you; confident, honest wording helps them act on it.',
  lesson: {
    title: 'Say it with confidence (or say what you will check)',
    before: 'I think maybe the export failed because of the file size.',
    after: 'The export failed because of the file size; I’ll confirm it with our logs today.',
  },
  fixes: false,
  check: (sentence) => match(sentence),
  examples: {
    bad: [
      { text: 'I think maybe the export failed because of the file size.', actual: 'I think maybe' },
      { text: 'Sorry to bother you, but could you send a screenshot?', actual: 'Sorry to bother you' },
      { text: 'I could be wrong, but the invoice should be correct.', actual: 'I could be wrong' },
      { text: 'Hopefully this fixes the sync for you.', actual: 'Hopefully this fixes' },
    ],
    good: [
      { text: 'The export failed because the file was over 50 MB.' },
      { text: 'Could you send a screenshot of the error?' },
      { text: 'What kind of plan are you on?' },
      { text: 'Could you afford some sort of small monthly payment?' },
      { text: 'I think the new plan suits you better, and here is why.' },
    ],
  },
};
