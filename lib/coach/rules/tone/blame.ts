import { compilePhrases } from '../phrases';
import type { SentenceRule } from '../types';

const id = 'tone/blame';

const match = compilePhrases([
  // "you should have + participle" looks back at what they did; "you should have a receipt" does not.
  {
    match: 'you should (not)? have (#PastTense|#Participle|been|read|known|seen|told|sent|done|made|paid)',
    context: 1,
    reason: '“%s” blames the customer for what already happened',
  },
  { match: 'you (failed|neglected|forgot) to', reason: '“%s” puts the fault on the customer' },
  { match: 'you were (supposed|meant|required) to', reason: '“%s” puts the fault on the customer' },
  {
    match: 'you (must|might) have (missed|misread|overlooked|ignored|forgotten)',
    reason: '“%s” suggests the customer was careless',
  },
  { match: 'if you had (read|followed|checked|looked)', reason: '“%s” blames the customer for what already happened' },
  {
    match: 'as (i|we) (already|previously)? (said|mentioned|stated|explained|told you)',
    reason: '“%s” sounds impatient, as if the customer should have listened',
  },
  {
    match: 'as (previously|already) (stated|mentioned|explained)',
    reason: '“%s” sounds impatient, as if the customer should have listened',
  },
  { match: 'like (i|we) (said|told you)', reason: '“%s” sounds impatient, as if the customer should have listened' },
  { match: '(per|according to|under) our policy', reason: '“%s” hides behind policy instead of explaining' },
  {
    match: '(it|that|this) is (not|never) (my|our) (fault|problem|responsibility)',
    reason: '“%s” is defensive and shifts blame',
  },
  { match: 'did you (even|actually) (read|try|check)', reason: '“%s” questions the customer’s effort' },
  { match: 'you (clearly|obviously) (did|have) not', reason: '“%s” questions the customer’s effort' },
  { match: 'user error', reason: '“%s” blames the customer' },
  // "it wasn't your fault" is reassurance: compromise expands it to "was not", which this does not match.
  { match: '(it|that|this) (is|was) (all)? your (mistake|fault|error)', reason: '“%s” blames the customer' },
]);

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'warning',
  rationale: 'Blame and defensiveness: “you should have”, “as I already said”, “per our policy”, “not our fault”.',
  why: 'Blame makes the customer defend themselves instead of working with you; they remember how they were treated, not who was right.',
  lesson: {
    title: 'Fix the problem, not the blame',
    before: 'You should have updated the app before exporting.',
    after: 'Updating the app fixes this, and here is the link.',
  },
  fixes: false,
  check: (sentence) => match(sentence),
  examples: {
    bad: [
      { text: 'You should have updated the app before exporting.', actual: 'You should have' },
      { text: 'As I already said, the refund takes five days.', actual: 'As I already said' },
      { text: 'Per our policy, refunds are not possible after 30 days.', actual: 'Per our policy' },
      { text: "That's not our fault, the courier lost it.", actual: "That's not our fault" },
    ],
    good: [
      { text: 'Updating the app first avoids this, and I have sent you the link.' },
      { text: 'Our refund window is 30 days, and here is what I can do instead.' },
      { text: 'You should see the refund on your card by Friday.' },
      { text: 'You should have a receipt in your inbox from this morning.' },
      { text: 'I mentioned the tracking link below so you have it handy.' },
      { text: "It wasn't your fault: the courier scanned the wrong address." },
    ],
  },
};
