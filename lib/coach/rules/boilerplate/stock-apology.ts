import { compilePhrases } from '../phrases';
import type { SentenceRule } from '../types';

const id = 'boilerplate/stock-apology';

const reason = '“%s” is a stock apology that names nothing the customer went through';
const sorry = ["I'm sorry for the trouble"];
const match = compilePhrases([
  { match: 'we (apologize|apologise) for any inconvenience', reason, expected: sorry },
  { match: 'we (apologize|apologise) for the inconvenience', reason, expected: sorry },
  {
    match:
      '(we|i) (sincerely|deeply)? (apologize|apologise) for any (inconvenience|trouble|frustration) (caused|this may have caused|this might have caused)?',
    reason,
    expected: sorry,
  },
  { match: 'we regret any inconvenience', reason, expected: sorry },
  { match: '(sorry|apologies) for (any|the) inconvenience', reason, expected: sorry },
  {
    match: '(sorry|apologies) for any (trouble|frustration) (caused|this may have caused|this might have caused)',
    reason,
  },
  {
    match: 'we (apologize|apologise) if you (were|have been|felt) (inconvenienced|upset|frustrated)',
    reason: '“%s” apologises for the customer’s feelings, not for what happened',
  },
  {
    match: '(i|we) (am|are) sorry (if|that) you feel',
    reason: '“%s” apologises for the customer’s feelings, not for what happened',
  },
  { match: 'any inconvenience (this|that) may have caused', reason },
]);

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'warning',
  rationale: 'Stock apologies: “we apologize for any inconvenience”, “sorry if you feel…”.',
  why: 'A form-letter apology tells the customer nobody read their message; naming what went wrong is what makes an apology land.',
  lesson: {
    title: 'Apologise for what happened, in your own words',
    before: 'We apologize for any inconvenience this may have caused.',
    after: 'I’m sorry the export failed twice before your meeting.',
  },
  fixes: true,
  check: (sentence) => match(sentence),
  examples: {
    bad: [
      {
        text: 'We apologize for any inconvenience this may have caused.',
        actual: 'We apologize for any inconvenience this may have caused',
        expected: "I'm sorry for the trouble",
      },
      { text: 'Sorry for the inconvenience, the fix is live now.', actual: 'Sorry for the inconvenience' },
      { text: "I'm sorry if you feel we let you down.", actual: "I'm sorry if you feel" },
      {
        text: 'I sincerely apologize for any frustration this might have caused.',
        actual: 'I sincerely apologize for any frustration this might have caused',
      },
    ],
    good: [
      { text: "I'm sorry the export failed again right before your board meeting." },
      { text: 'We apologize: the charge on 4 May was our mistake and it is refunded.' },
      { text: 'Thank you for your patience while we fixed the sync.' },
    ],
  },
};
