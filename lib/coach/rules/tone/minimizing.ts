import { compilePhrases } from '../phrases';
import type { SentenceRule } from '../types';

const id = 'tone/minimizing';

const SMALL = '(small|minor|tiny|little|quick|simple)';
const TROUBLE = '(issue|problem|glitch|bug|hiccup|error|thing|delay|mistake|mix up|inconvenience)';

const match = compilePhrases([
  {
    match: `(only|just|merely) a ${SMALL}? ${TROUBLE}`,
    reason: '“%s” plays down a problem that matters to the customer',
  },
  {
    match: `(it|this|that) is (only|just) a ${SMALL}? ${TROUBLE}`,
    reason: '“%s” plays down a problem that matters to the customer',
  },
  { match: 'no big deal', reason: '“%s” tells the customer their problem doesn’t matter' },
  { match: '(it|this|that) is not a big deal', reason: '“%s” tells the customer their problem doesn’t matter' },
  { match: '(it|this|that) is not that (bad|serious|big)', reason: '“%s” argues with how the customer feels' },
  { match: '^(please|just)? calm down', reason: '“%s” dismisses the customer’s feelings' },
  {
    match: '(you need to|you should|you must|you|try to|please) calm down',
    reason: '“%s” dismisses the customer’s feelings',
  },
  { match: 'you are overreacting', reason: '“%s” dismisses the customer’s feelings' },
  {
    match: 'no need to (get|be) (upset|angry|worked up|so upset|mad)',
    reason: '“%s” dismisses the customer’s feelings',
  },
  {
    match: '(this|it) happens (all the time|to everyone)',
    reason: '“%s” makes their problem sound routine and unimportant',
  },
  { match: 'at least (you|it) (did not|did|still|only)', reason: '“%s” asks the customer to count their blessings' },
]);

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'warning',
  rationale: 'Minimizing the problem or the feeling (“it’s only a small issue”, “no big deal”, “calm down”).',
  why: 'The problem is as big as it feels to the customer; playing it down tells them you haven’t understood.',
  lesson: {
    title: 'Take the problem at the customer’s size',
    before: 'Don’t worry, it’s only a small issue.',
    after: 'I can see how confusing that is, and here is the fix.',
  },
  fixes: false,
  check: (sentence) => match(sentence),
  examples: {
    bad: [
      { text: "Don't worry, it's only a small issue.", actual: "it's only a small issue" },
      { text: "It's not a big deal, the invoice will be resent.", actual: "It's not a big deal" },
      { text: 'Please calm down, we are looking at it.', actual: 'Please calm down' },
    ],
    good: [
      { text: 'The fix is small, and it is already live, so your export works again.' },
      { text: 'I understand how much this matters before your launch.' },
      { text: 'Only admins can change the plan, so I have asked yours to do it.' },
      { text: 'We will run the import again once things calm down tonight.' },
    ],
  },
};
