import { compilePhrases, type PhraseEntry } from '../phrases';
import type { SentenceRule } from '../types';

const id = 'inclusive/ableist';

/**
 * A curated subset of retext-equality's "a" (ability) patterns (MIT, github.com/retextjs/retext-equality),
 * chosen for support replies. Its full list (425 patterns, 127 KB) flags everyday support words — "disabled"
 * (accounts), "invalid" (codes), "special", "just", "master", "hang" — which would bury agents in false
 * positives, so those stay out.
 */
const entries: PhraseEntry[] = [
  { match: '(crazy|insane|bonkers|psycho)', reason: '“%s” uses mental illness as an insult or intensifier' },
  {
    match: '(#Copula|go|goes|went|gone|going) (totally|completely|absolutely|a bit)? (mental|nuts)',
    reason: '“%s” uses mental illness as an insult',
  },
  {
    match: '(drive|drives|driving|drove) (me|us|you|them) (nuts|mental)',
    reason: '“%s” uses mental illness as an intensifier',
  },
  { match: '(insanely|crazily)', reason: '“%s” uses mental illness as an intensifier', expected: ['extremely'] },
  { match: '(lame|dumb|stupid|moronic|idiotic)', reason: '“%s” uses disability as an insult' },
  {
    match: '(idiot|idiots|moron|morons|imbecile|imbeciles|cretin|lunatic|lunatics|maniac)',
    reason: '“%s” uses disability as an insult',
  },
  { match: '(retard|retarded|retards|spaz|spastic)', reason: '“%s” is a slur' },
  { match: '(cripple|crippled|crippling)', reason: '“%s” uses disability as a metaphor for damage' },
  { match: 'sanity check', reason: '“%s” uses mental health as a metaphor', expected: ['quick check'] },
  {
    match: '(turn|turned|turning|turns) a blind eye',
    reason: '“%s” uses blindness as a metaphor for ignoring',
    expected: [],
  },
  { match: '(blind|deaf) to', reason: '“%s” uses disability as a metaphor for ignoring' },
  { match: 'fall on deaf ears', reason: '“%s” uses deafness as a metaphor for ignoring' },
  { match: '(fell|falls|falling) on deaf ears', reason: '“%s” uses deafness as a metaphor for ignoring' },
  { match: 'tone deaf', reason: '“%s” uses deafness as a metaphor' },
  {
    match: '(a bit|so|very|little|kind of) (ocd|bipolar|schizophrenic|autistic)',
    reason: '“%s” uses a diagnosis as an adjective',
  },
  {
    match: 'wheelchair (bound|ridden)',
    reason: '“%s” describes a wheelchair as a prison',
    expected: ['wheelchair user'],
  },
  {
    match: '(suffers|suffering) from (a)? (disability|disabilities)',
    reason: '“%s” assumes suffering',
    expected: ['has a disability'],
  },
];
const match = compilePhrases(entries);

/** "…is mental health": "mental" describing health or illness is the plain, respectful use. */
const HARMLESS_AFTER = /^\s+(health|illness|load|model|note|notes|wellbeing|well-being)\b/iu;

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'suggestion',
  rationale:
    'Ableist words (“crazy”, “lame”, “dumb”, “sanity check”, “turn a blind eye”), curated from retext-equality.',
  why: 'Some customers live with the conditions these words borrow from; plain words say the same without hurting anyone.',
  lesson: {
    title: 'Say what you mean, not a condition',
    before: 'It’s been crazy busy, sorry for the wait.',
    after: 'It’s been very busy, sorry for the wait.',
  },
  fixes: true,
  check: (sentence) => match(sentence).filter((hit) => !HARMLESS_AFTER.test(sentence.text.slice(hit.end))),
  examples: {
    bad: [
      { text: "It's been crazy busy, sorry for the wait.", actual: 'crazy' },
      { text: 'That error message is pretty lame, I agree.', actual: 'lame' },
      { text: 'Let me do a quick sanity check on your settings.', actual: 'sanity check', expected: 'quick check' },
      { text: 'The queue was insanely long today.', actual: 'insanely', expected: 'extremely' },
    ],
    good: [
      { text: 'It has been very busy, sorry for the wait.' },
      { text: 'Your account was disabled after three failed sign-ins; I have enabled it again.' },
      { text: 'Taking care of your mental health matters more than this invoice.' },
      { text: 'Living with a mental illness is hard, and you can take all the time you need.' },
      { text: 'That code is invalid, so here is a new one.' },
    ],
  },
};
