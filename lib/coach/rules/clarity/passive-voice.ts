import { compilePhrases } from '../phrases';
import { type RuleHit, type SentenceInput, type SentenceRule } from '../types';

const id = 'clarity/passive-voice';

/**
 * Only the passives that hide who did something to the customer: adverse actions on "your …" and the classic
 * agentless admissions. "Your refund was processed" is fine; "your account was suspended" leaves the customer
 * wondering who did it and whether anyone will undo it.
 */
const ADVERSE = `(suspended|cancelled|canceled|closed|deleted|terminated|charged|overcharged|double charged|declined|rejected|denied|removed|blocked|locked|disabled|deactivated|flagged|banned|lost|misplaced|damaged|delayed|overlooked|ignored|missed|billed|refused|restricted|downgraded|withheld|penalized|penalised|erased|wiped|held|paused|frozen)`;
const BE = '(was|were|has been|have been|had been|got|is being|are being|is|are)';

const match = compilePhrases([
  {
    match: `your #Adjective? #Noun+ ${BE} #Adverb? ${ADVERSE}`,
    reason: '“%s” hides who did it; say who (“we suspended…”) and why',
  },
  {
    match: '(mistakes|errors|an error|a mistake) (were|was|have been|has been) made',
    reason: '“%s” hides who made the mistake; own it (“we made a mistake”)',
  },
  {
    match: 'it (was|has been|had been) (decided|determined|deemed|concluded)',
    reason: '“%s” hides who decided; name the team or yourself',
  },
  {
    match: '(the|this|that) (issue|problem|error|bug|outage|delay) (was|has been) (caused|introduced|triggered)',
    reason: '“%s” hides the cause; say what or who caused it',
  },
]);

/** "…was suspended by our fraud team" names the actor, so it hides nothing. */
const NAMES_THE_ACTOR = /^\s*(?:\S+\s+){0,2}?by\s+(?:our|the|my|me|us|we|a|an|your)\b/iu;
/**
 * A sentence that states the reason answers what the passive leaves open: "…declined because the card expired",
 * "…disabled after three failed sign-in attempts", "Due to a storm, your order was delayed". "As" and "since"
 * count only before a clause ("since the card expired"), not as time ("since Monday", "as of today").
 */
const STATES_THE_REASON =
  /\b(?:because|due to|owing to|as a result of|thanks to|following|after|for (?:\w+ing|suspicious|unusual|security|fraud|non-?payment)\b|(?:since|as) (?:the|your|it|we|there|our|you|they|this|that|a|an|several|two|three|multiple)\b)/iu;

function check(sentence: SentenceInput): RuleHit[] {
  return match(sentence).filter(
    (hit) =>
      !NAMES_THE_ACTOR.test(sentence.text.slice(hit.end)) &&
      !STATES_THE_REASON.test(sentence.text.slice(0, hit.start) + ' ' + sentence.text.slice(hit.end)),
  );
}

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'suggestion',
  rationale:
    'Passive voice that hides responsibility (“mistakes were made”, “your account was suspended”) — not every passive, and not when the sentence names the actor or the reason.',
  why: 'When nobody did it, nobody will fix it: customers trust a reply that says who acted and who is putting it right.',
  lesson: {
    title: 'Say who did it',
    before: 'Your account was suspended on Monday.',
    after: 'We suspended your account on Monday.',
  },
  fixes: false,
  check,
  examples: {
    bad: [
      { text: 'Your account was suspended on Monday.', actual: 'Your account was suspended' },
      { text: 'Mistakes were made with your order.', actual: 'Mistakes were made' },
      { text: 'It was decided that refunds are paused.', actual: 'It was decided' },
      { text: 'Your last payment has been declined.', actual: 'Your last payment has been declined' },
      { text: 'Your account was disabled since Monday.', actual: 'Your account was disabled' },
      { text: 'Your order was delayed, as of today.', actual: 'Your order was delayed' },
    ],
    good: [
      { text: 'Your refund was processed this morning.' },
      { text: 'Your account was suspended by our fraud team after two failed payments.' },
      { text: 'We suspended your account because two payments failed, and I have lifted it now.' },
      { text: 'The delay was caused by a storm at our warehouse.' },
      { text: 'Your payment was declined because the card expired in April.' },
      { text: 'Your account was disabled after three failed sign-in attempts' },
      { text: 'Due to the storm, your order was delayed by two days.' },
      { text: 'Your account was locked for suspicious activity, and I have unlocked it.' },
      { text: 'Your card was declined since the billing address did not match.' },
    ],
  },
};
