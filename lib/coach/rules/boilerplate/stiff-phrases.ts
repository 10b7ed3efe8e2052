import { compilePhrases } from '../phrases';
import type { SentenceRule } from '../types';

const id = 'boilerplate/stiff-phrases';

const robotic = '“%s” sounds like a form letter';
const match = compilePhrases([
  { match: 'please be advised (that)?', reason: robotic },
  { match: 'please kindly', reason: robotic, expected: ['please'] },
  { match: '^kindly #Infinitive', reason: '“kindly” reads as stiff, or even rude, to many customers' },
  {
    match: '(#Pronoun|#Noun) kindly (#Infinitive|#Imperative)',
    reason: '“kindly” reads as stiff, or even rude, to many customers',
  },
  { match: 'as per (#Determiner|#Possessive|#Pronoun|#Noun)', reason: robotic },
  { match: 'at your earliest convenience', reason: robotic, expected: ['when you can'] },
  { match: '(please find|attached please find) (attached|enclosed)?', reason: robotic, expected: ["I've attached"] },
  { match: '(we|i) regret to inform you (that)?', reason: robotic },
  { match: '(we|i) acknowledge (the)? receipt of', reason: robotic, expected: ['thanks for'] },
  { match: '(herewith|hereby|heretofore|hitherto)', reason: robotic },
  { match: 'pursuant to', reason: robotic, expected: ['under'] },
  { match: '(aforementioned|aforesaid)', reason: robotic },
  { match: 'the undersigned', reason: robotic },
  { match: 'your (call|email|message|request|inquiry|enquiry) is (very)? important to us', reason: robotic },
  { match: 'we value your (business|custom)', reason: robotic },
  {
    match: '(please)? (do|does) not hesitate to (contact|reach out to|get in touch with|call|email) (us|me)',
    reason: robotic,
  },
  {
    match: 'we will revert (back)? (to you)?',
    reason: '“%s” is office jargon that many readers misread',
    expected: ["we'll get back to you"],
  },
]);

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'suggestion',
  rationale: 'Robotic boilerplate (“please be advised”, “kindly”, “as per”, “do not hesitate to contact us”).',
  why: 'Form-letter phrases tell the customer they are talking to a process, not a person who cares about their problem.',
  lesson: {
    title: 'Write like a person, not a form letter',
    before: 'Please be advised that your plan renews on Friday.',
    after: 'Just so you know, your plan renews on Friday.',
  },
  fixes: true,
  check: (sentence) => match(sentence),
  examples: {
    bad: [
      { text: 'Please be advised that your plan renews on Friday.', actual: 'Please be advised that' },
      { text: 'Kindly send us a screenshot of the error.', actual: 'Kindly send' },
      { text: 'As per our conversation, I have upgraded your plan.', actual: 'As per our' },
      {
        text: 'Please reply at your earliest convenience.',
        actual: 'at your earliest convenience',
        expected: 'when you can',
      },
      { text: 'Please do not hesitate to contact us.', actual: 'Please do not hesitate to contact us' },
    ],
    good: [
      { text: 'Your plan renews on Friday, so nothing changes until then.' },
      { text: 'Could you send a screenshot of the error?' },
      { text: 'She kindly agreed to test the new build with us.' },
      { text: 'If anything else comes up, just reply here and I will pick it up.' },
    ],
  },
};
