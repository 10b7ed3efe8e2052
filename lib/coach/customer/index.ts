/**
 * Everything the engine reads from the customer's message, cached by its text: the message rarely changes while
 * the agent types, so every keystroke after the first reuses this analysis.
 */
import { CUSTOMER_CUES, type CustomerCue } from '../lexicon/customer-cues';
import { CueNet, type CueHit } from '../lexicon/net';
import { analyseText, LruCache, type AnalysedText } from '../text';
import type { CustomerAnalysis, Emotion, EmotionReading, StressSignal } from '../types';
import { analysisOnOriginal, cleanCustomerText } from './clean';
import { negativeValence, readEmotions } from './emotions';
import { readProblem } from './problem';
import { readQuestions } from './questions';
import { findName, readSpecifics } from './specifics';
import { readStress } from './stress';
import { readTechnicality } from './technicality';

const customerNet = new CueNet(CUSTOMER_CUES);
const cache = new LruCache<string, CustomerAnalysis>(64);

/** How much each emotion says the customer needs acknowledging (gratitude does not). */
const DISTRESS_WEIGHT: Readonly<Record<Emotion, number>> = {
  angry: 1,
  frustrated: 0.9,
  anxious: 0.9,
  disappointed: 0.85,
  urgent: 0.6,
  confused: 0.45,
  grateful: 0,
};

function distressOf(emotions: readonly EmotionReading[], stress: readonly StressSignal[], valence: number): number {
  const feeling = Math.max(0, ...emotions.map((reading) => reading.intensity * DISTRESS_WEIGHT[reading.emotion]));
  const kinds = new Set(stress.map((signal) => signal.kind));
  const pressure = Math.min(0.6, kinds.size * 0.12);
  const combined = 1 - (1 - feeling) * (1 - 0.5 * valence) * (1 - pressure);
  return Math.round(combined * 100) / 100;
}

function sweepCustomer(text: AnalysedText): Array<CueHit<CustomerCue> & { sentenceStart: number }> {
  return text.sentences.flatMap((sentence) => customerNet.sweep(sentence).map((hit) => ({ ...hit, sentenceStart: sentence.start })));
}

/** Distress at or above this needs acknowledging (the acknowledgement check's threshold). */
export const UPSET_DISTRESS = 0.3;

function analyse(message: string, helpdeskName: string | null): CustomerAnalysis {
  const text = analyseText(message);
  const hits = sweepCustomer(text);
  const emotions = readEmotions(text);
  const stress = readStress(text, hits);
  const signed = findName(text);
  const name = helpdeskName?.trim() || signed?.text || null;
  const distress = distressOf(emotions, stress, negativeValence(text));
  return {
    emotions,
    primaryEmotion: emotions[0]?.emotion ?? null,
    distress,
    stress,
    questions: readQuestions(text, hits),
    specifics: readSpecifics(text, signed),
    name,
    technicality: readTechnicality(text),
    problem: readProblem(text, hits),
    problemDetail: null,
    upset: distress >= UPSET_DISTRESS,
  };
}

/**
 * The customer's message analysed; null when there is no message (the draft is coached on its own). The engine
 * reads the message's clean text (entities decoded, handles, links, quoted history and signatures dropped,
 * shorthand read as words: ./clean.ts); every span in the result points into `message` as given.
 */
export function analyzeCustomer(message: string | null | undefined, helpdeskName?: string | null): CustomerAnalysis | null {
  if (!message || message.trim().length === 0) return null;
  const key = `${helpdeskName ?? ''}\u0000${message}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const clean = cleanCustomerText(message);
  // Only handles and links: nothing the customer said to read.
  if (clean.text.trim().length === 0) return null;
  const analysis = analysisOnOriginal(analyse(clean.text, helpdeskName ?? null), clean);
  cache.set(key, analysis);
  return analysis;
}

export function clearCustomerCache(): void {
  cache.clear();
}
