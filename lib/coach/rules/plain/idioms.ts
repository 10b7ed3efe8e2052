import { compilePhrases } from '../phrases';
import type { SentenceRule } from '../types';

const id = 'plain/idioms';

const idiom = '“%s” is an idiom a non-native reader may misread';
const slang = '“%s” is chat shorthand many readers don’t know';

const match = compilePhrases([
  { match: 'touch base', reason: idiom, expected: ['check in', 'talk'] },
  { match: 'circle back', reason: idiom, expected: ['get back'] },
  { match: 'ballpark (figure|estimate|number)', reason: idiom, expected: ['rough estimate'] },
  { match: 'ballpark', reason: idiom },
  { match: 'in the loop', reason: idiom, expected: ['informed'] },
  { match: '(loop|looped|looping) (in|#Noun in|#Pronoun in)', reason: idiom },
  { match: 'on the same page', reason: idiom, expected: ['in agreement'] },
  { match: '(a|the)? heads up', reason: idiom },
  { match: 'hit the ground running', reason: idiom },
  { match: 'low hanging fruit', reason: idiom },
  { match: '(a)? piece of cake', reason: idiom, expected: ['easy'] },
  { match: '(get|got|getting) the ball rolling', reason: idiom, expected: ['get started'] },
  { match: 'up in the air', reason: idiom, expected: ['undecided'] },
  { match: 'on the back burner', reason: idiom, expected: ['on hold'] },
  { match: '(ducks|duck) in a row', reason: idiom },
  { match: '(drop|dropped|dropping) the ball', reason: idiom },
  { match: 'at the end of the day', reason: idiom, expected: ['ultimately'] },
  { match: 'in a nutshell', reason: idiom, expected: ['in short'] },
  { match: 'down the road', reason: idiom, expected: ['later'] },
  { match: 'out of pocket', reason: '“%s” means “unavailable” to some readers and “paid yourself” to others' },
  { match: 'hang tight', reason: idiom, expected: ['please wait'] },
  { match: '(shoot|drop) (me|us) (a line|an email|a message|a note)', reason: idiom },
  { match: '(ping|pinged) (me|us|you)', reason: idiom },
  { match: 'no brainer', reason: idiom },
  { match: 'asap', reason: slang, expected: ['as soon as possible'] },
  { match: 'fyi', reason: slang, expected: ['for your information'] },
  { match: 'btw', reason: slang, expected: ['by the way'] },
  { match: 'eod', reason: slang, expected: ['end of day'] },
  { match: 'cob', reason: slang, expected: ['close of business'] },
  { match: '(tbd|tba)', reason: slang, expected: ['not decided yet'] },
  { match: 'ooo', reason: slang, expected: ['out of office'] },
  { match: '(thx|thnx)', reason: slang, expected: ['thanks'] },
  { match: '(pls|plz)', reason: slang, expected: ['please'] },
  { match: 'gonna', reason: slang, expected: ['going to'] },
  { match: 'wanna', reason: slang, expected: ['want to'] },
]);

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'suggestion',
  rationale: 'Idioms and chat shorthand a non-native reader may misread (“touch base”, “ballpark”, “ASAP”, “FYI”).',
  why: 'Many customers read support replies in a second language or through a translator; idioms are what gets lost.',
  lesson: {
    title: 'Write for readers in their second language',
    before: 'I’ll touch base with the warehouse tomorrow.',
    after: 'I’ll check in with the warehouse tomorrow.',
  },
  fixes: true,
  check: (sentence) => match(sentence),
  examples: {
    bad: [
      { text: "I'll touch base with the warehouse tomorrow.", actual: 'touch base', expected: 'check in' },
      {
        text: 'Can you give me a ballpark figure for the seats you need?',
        actual: 'ballpark figure',
        expected: 'rough estimate',
      },
      { text: 'We will fix it ASAP.', actual: 'ASAP', expected: 'as soon as possible' },
      { text: 'I will keep you in the loop.', actual: 'in the loop', expected: 'informed' },
    ],
    good: [
      { text: 'I will check with the warehouse tomorrow and write to you by 3 pm.' },
      { text: 'Roughly how many seats do you need?' },
      { text: 'The team will play ball at the park on Friday.' },
    ],
  },
};
