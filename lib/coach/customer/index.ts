/**
 * Everything the engine reads from the customer's message, cached by its text: the message rarely changes while
 * the agent types, so every keystroke after the first reuses this analysis.
 */
import { CUSTOMER_CUES, type CustomerCue } from '../lexicon/customer-cues';
import { CueNet, type CueHit } from '../matcher/net';
import { boundedCache } from '../engine-state';
import { analyzeText, type AnalyzedText } from '../text';
import type { CustomerAnalysis, StressKind } from '../types';
import { analysisOnOriginal, cleanCustomerText } from './clean';
import { readDistress } from './distress';
import { negativeValence, readEmotions, withoutCourtesy } from './emotions';
import { problemText, readProblemDetail } from './problem';
import { readQuestions } from './questions';
import { findName, readSpecifics } from './specifics';
import { bitterLaughter, readStress } from './stress';
import { readTechnicality } from './technicality';
import { addressedHandles } from './topic';

const customerNet = new CueNet(CUSTOMER_CUES);
const cache = boundedCache<string, CustomerAnalysis>('customer: analyses by message', 64);
/** Pressure that makes a message a complaint, whatever its words. */
const PRESSING: ReadonlySet<StressKind> = new Set([
  'demand',
  'accusation',
  'sarcasm',
  'sad-face',
  'shouting',
  'threat-to-leave',
  'repeat-contact',
]);

function sweepCustomer(text: AnalyzedText): Array<CueHit<CustomerCue> & { sentenceStart: number }> {
  return text.sentences.flatMap((sentence) =>
    customerNet.sweep(sentence).map((hit) => ({ ...hit, sentenceStart: sentence.start })),
  );
}

/** Distress at or above this needs acknowledging (the acknowledgement check's threshold). */
export { UPSET_DISTRESS } from './distress';

function analyse(message: string, helpdeskName: string | null, addressed: readonly string[]): CustomerAnalysis {
  const text = analyzeText(message);
  const hits = sweepCustomer(text);
  const stress = readStress(text, hits);
  const signed = findName(text);
  const name = helpdeskName?.trim() || signed?.text || null;
  const specifics = readSpecifics(text, signed);
  const problem = readProblemDetail(text, stress, specifics, addressed);
  const valence = negativeValence(text);
  const questions = readQuestions(text, hits);
  // Thanks beside a complaint or a request for help ("Please help me! Thanks") is manners, not gratitude.
  const asking = questions.length > 0 || /\b(?:please|pls|plz|help)\b/i.test(message);
  const complaint =
    problem.hits.some((hit) => hit.info.kind !== 'how-to') ||
    valence >= 0.2 ||
    stress.some((signal) => PRESSING.has(signal.kind));
  const emotions = withoutCourtesy(readEmotions(text), text, complaint || asking);
  stress.push(...bitterLaughter(text, complaint));
  stress.sort((a, b) => a.span.start - b.span.start);
  const { distress, upset } = readDistress(emotions, stress, valence, problem.hits);
  return {
    emotions,
    primaryEmotion: emotions[0]?.emotion ?? null,
    distress,
    stress,
    questions,
    specifics,
    name,
    technicality: readTechnicality(text),
    problem: problemText(problem),
    problemDetail: problem.detail,
    upset,
  };
}

/**
 * The customer's message analysed; null when there is no message (the draft is coached on its own). The engine
 * reads the message's clean text (entities decoded, handles, links, quoted history and signatures dropped,
 * shorthand read as words: ./clean.ts); every span in the result points into `message` as given.
 */
export function analyzeCustomer(
  message: string | null | undefined,
  helpdeskName?: string | null,
): CustomerAnalysis | null {
  if (!message || message.trim().length === 0) return null;
  const key = `${helpdeskName ?? ''}\u0000${message}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const clean = cleanCustomerText(message);
  // Only handles and links: nothing the customer said to read.
  if (clean.text.trim().length === 0) return null;
  const analysis = analysisOnOriginal(analyse(clean.text, helpdeskName ?? null, addressedHandles(message)), clean);
  cache.set(key, analysis);
  return analysis;
}
