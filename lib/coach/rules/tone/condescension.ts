import { compilePhrases } from '../phrases';
import type { SentenceRule } from '../types';

const id = 'tone/condescension';

/**
 * Troubleshooting steps: "just restart it" belittles the step, while "just reply here" or "just let me know" is
 * a friendly invitation, so "just" is only flagged before a step.
 */
const STEP =
  '(restart|reinstall|clear|click|tap|log|sign|refresh|reload|reset|update|follow|read|check|go|open|select|enter|type|delete|uninstall|download|install|change|turn|switch|copy|paste|scroll|press)';

/** Words that tell the customer the answer was obvious. "just" only where it belittles a step ("just click"). */
const match = compilePhrases([
  { match: '^obviously', reason: '“%s” implies the customer should have known' },
  {
    match: '(you|this|that|it) (is|are|was)? (obviously|clearly) (did|do|have|has|is|are|was|were|need|needs)? not',
    reason: '“%s” implies the customer should have known',
  },
  { match: '^clearly', reason: '“%s” implies the answer was plain to see' },
  {
    match: 'as (clearly|explicitly) (stated|explained|mentioned|shown)',
    reason: '“%s” implies the customer missed something plain',
  },
  { match: 'simply #Infinitive', reason: '“%s” makes the step sound trivial' },
  { match: `^just ${STEP}`, reason: '“%s” makes the step sound trivial' },
  { match: '(you|all) just (need|have) to', reason: '“%s” makes the fix sound trivial' },
  { match: `(and|then) just ${STEP}`, reason: '“%s” makes the step sound trivial' },
  { match: 'as you (may|might|should|probably)? know', reason: '“%s” assumes what the customer knows' },
  { match: 'as (you|we) (can|could) see', reason: '“%s” implies the customer missed something plain' },
  { match: 'all you (have|need) to do is', reason: '“%s” makes the fix sound trivial' },
  {
    match:
      '(it|this|that) is (really|very|super|quite|pretty)? (easy|simple|straightforward) to (fix|do|solve|set up|find|change|use)',
    reason: '“%s” can make a customer who struggled feel foolish',
  },
  { match: 'everyone knows', reason: '“%s” implies the customer is the odd one out' },
  { match: '(surely|of course) you (know|understand|realize|realise)', reason: '“%s” talks down to the customer' },
  { match: 'needless to say', reason: '“%s” implies the customer should have known' },
]);

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'warning',
  rationale:
    'Words that belittle the customer or the step they struggled with (“obviously”, “simply”, “just click”, “as you know”).',
  why: 'A customer who writes in has already struggled; hearing it was “simple” makes them feel foolish, not helped.',
  lesson: {
    title: 'Drop the words that make the customer feel slow',
    before: 'Simply click Save and you are done.',
    after: 'Click Save and you are done.',
  },
  fixes: false,
  check: (sentence) => match(sentence),
  examples: {
    bad: [
      { text: 'Obviously, the export only works for admins.', actual: 'Obviously' },
      { text: 'Simply click Save and you are done.', actual: 'Simply click' },
      { text: 'Just restart the app and it will work.', actual: 'Just restart' },
      { text: 'As you know, invoices are sent on the first of the month.', actual: 'As you know' },
      { text: 'All you need to do is reset your password.', actual: 'All you need to do is' },
    ],
    good: [
      { text: 'I just checked your account and the refund went through.' },
      { text: 'Click Save, and the report updates within a minute.' },
      { text: 'You can see the change in your dashboard now.' },
      { text: 'The invoice is just below the order summary.' },
      { text: 'Just reply here if anything looks off, and I will pick it up.' },
      { text: 'The new screen says clearly which plan you are on.' },
      { text: 'Your team lead, who obviously cares about this, asked me to call.' },
    ],
  },
};
