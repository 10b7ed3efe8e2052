/**
 * The naive word-list baseline the engine is compared with: a reply "acknowledges or reassures" when it contains
 * any common empathy word, and "restates" when it contains a common paraphrase marker. No grammar, no context.
 */
const EMPATHY_WORDS = new Set([
  'sorry',
  'understand',
  'feel',
  'feeling',
  'feelings',
  'hard',
  'difficult',
  'tough',
  'sad',
  'frustrating',
  'stressful',
  'worry',
  'normal',
  'natural',
  'okay',
  'sure',
  'great',
  'proud',
  'hope',
  'glad',
]);
const RESTATEMENT_MARKERS = [
  'you said',
  'you mentioned',
  'you are saying',
  "you're saying",
  'so you',
  'sounds like',
  'you mean',
  'in other words',
];

const words = (text: string): string[] => text.toLowerCase().match(/[a-z']+/g) ?? [];

export function baselineSupport(draft: string): boolean {
  return words(draft).some((word) => EMPATHY_WORDS.has(word));
}

export function baselineRestatement(draft: string): boolean {
  const lower = draft.toLowerCase();
  return RESTATEMENT_MARKERS.some((marker) => lower.includes(marker));
}
