import { compilePhrases } from '../phrases';
import type { SentenceRule } from '../types';

const id = 'tone/negative-framing';

const ACTIONS =
  '(offer|provide|refund|help|do|give|change|accept|allow|process|make|send|support|extend|cancel|issue|honor|honour|waive|reverse|restore|recover|replace|exchange|ship|deliver|approve|add|remove|fix|reopen|transfer|unlock)';
const reason = '“%s” leads with what we can’t do: lead with what we can';

const match = compilePhrases([
  { match: `(we|i) can not ${ACTIONS}`, reason },
  { match: `(we|i) (are|am) (unable|not able) to ${ACTIONS}`, reason },
  { match: `(we|i) will not be able to ${ACTIONS}`, reason },
  { match: `(we|i) (do|does) not (allow|permit|support|offer|accept|provide|refund|ship)`, reason },
  { match: '(it|that|this) is (not|never) possible', reason },
  { match: '(it|that|this) is impossible', reason },
  { match: 'there is nothing (we|i) can do', reason: '“%s” closes the door: say what the customer can do next' },
  { match: '(is|are) not (allowed|permitted)', reason },
  { match: '(that|this) is against our (policy|policies|rules|terms)', reason },
  { match: '(we|i) (have|had) no (choice|option) but', reason },
]);

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'suggestion',
  rationale:
    'Negative framing (“we can’t refund”, “it’s not possible”) where the reply could lead with what we can do.',
  why: 'Customers stop reading at “no”; the same limit framed as an option (“what I can do is…”) keeps them with you.',
  lesson: {
    title: 'Lead with what you can do',
    before: 'We can’t refund orders after 30 days.',
    after: 'I can move the rest of your plan to credit you can use on any product.',
  },
  fixes: false,
  check: (sentence) => match(sentence),
  examples: {
    bad: [
      { text: "We can't refund orders after 30 days.", actual: "We can't refund" },
      { text: 'Unfortunately that is not possible on your plan.', actual: 'that is not possible' },
      { text: "There's nothing we can do about the courier.", actual: "There's nothing we can do" },
    ],
    good: [
      { text: 'What I can do is send a replacement today, free of charge.' },
      { text: "We can't wait for you to try the new editor!" },
      { text: 'I cannot believe how quickly you found that bug, thank you.' },
    ],
  },
};
