/**
 * Everything the engine reads from the customer's message, cached by its text: the message rarely changes while
 * the agent types, so every keystroke after the first reuses this analysis.
 */
import { CUSTOMER_CUES, type CustomerCue } from '../lexicon/customer-cues';
import { CueNet, type CueHit } from '../matcher/net';
import { boundedCache } from '../engine-state';
import { analyzeText, type AnalyzedText } from '../text';
import type { CustomerAnalysis, EmotionReading, StressKind, StressSignal } from '../types';
import { analysisOnOriginal, cleanCustomerText } from './clean';
import { readDistress } from './distress';
import { emotionsFollowingDecision } from './implied-emotion';
import { negativeValence, readEmotions, withoutCourtesy } from './emotions';
import { kindFeatures, kindWords, type KindFeatures } from './kind-features';
import { problemText, readKindSignals, readProblemDetail, type ProblemReading } from './problem';
import { readQuestions } from './questions';
import { findName, readSpecifics } from './specifics';
import { bitterLaughter, readStress } from './stress';
import { readTechnicality } from './technicality';
import { addressedHandles } from './topic';
import { upsetFeatures, type UpsetFeatures, type UpsetSignals } from './upset-features';

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

interface Reading {
  text: AnalyzedText;
  signals: UpsetSignals & { emotions: EmotionReading[]; stress: StressSignal[] };
  questions: CustomerAnalysis['questions'];
  specifics: CustomerAnalysis['specifics'];
  name: string | null;
  problem: ProblemReading;
}

/** Words that ask for something whatever the sentence's form: "please", "help", "I'd like to", "we need to". */
const ASKING =
  /\b(?:please|pls|plz|help)\b|\b(?:i|we)(?:\s+would|\s+want|\s+wish|\s+need|['’]d)(?:\s+like)?\s+to\s+(?!say|thank|tell|let|share|give)/i;

/** Every signal the engine reads from the (clean) message, before anything is decided from them. */
function read(message: string, helpdeskName: string | null, addressed: readonly string[]): Reading {
  const text = analyzeText(message);
  const hits = sweepCustomer(text);
  const stress = readStress(text, hits);
  const signed = findName(text);
  const name = helpdeskName?.trim() || signed?.text || null;
  const specifics = readSpecifics(text, signed);
  const problem = readProblemDetail(text, stress, specifics, addressed);
  const valence = negativeValence(text);
  const questions = readQuestions(text, hits);
  // Thanks beside a complaint, a request for help ("Please help me! Thanks") or a wish ("I'd like to change the
  // address. Thank you!") is manners, not gratitude.
  const asking = questions.length > 0 || ASKING.test(message);
  const complaint =
    problem.hits.some((hit) => hit.info.kind !== 'how-to') ||
    valence >= 0.2 ||
    stress.some((signal) => PRESSING.has(signal.kind));
  const emotions = withoutCourtesy(readEmotions(text), text, complaint || asking);
  stress.push(...bitterLaughter(text, complaint));
  stress.sort((a, b) => a.span.start - b.span.start);
  return {
    text,
    signals: { text, emotions, stress, valence, situations: problem.hits },
    questions,
    specifics,
    name,
    problem,
  };
}

/**
 * A calm message that names no kind of problem and asks nothing ("Hello there, lovely weather today.", "Just
 * switched to the new plan") raises nothing for the reply to address: whatever noun it names is no problem, and
 * "you're getting in touch about the weather" would only be noise. On the development pool this keeps 9 wrong or
 * spurious topics out for 3 right ones lost.
 */
function raisesNothing(problem: ProblemReading, questions: CustomerAnalysis['questions'], upset: boolean): boolean {
  return (
    !upset && questions.length === 0 && problem.detail !== null && !problem.detail.kind && !problem.detail.situation
  );
}

function analyse(message: string, helpdeskName: string | null, addressed: readonly string[]): CustomerAnalysis {
  const { text, signals, questions, specifics, name, problem } = read(message, helpdeskName, addressed);
  const decision = readDistress(upsetFeatures(signals));
  const { distress, upset } = decision;
  const emotions = emotionsFollowingDecision(signals.emotions, decision, signals.stress, signals.situations);
  const said = raisesNothing(problem, questions, upset)
    ? { ...problem, detail: null, situation: null, topic: null }
    : problem;
  return {
    emotions,
    primaryEmotion: emotions[0]?.emotion ?? null,
    distress,
    stress: signals.stress,
    questions,
    specifics,
    name,
    technicality: readTechnicality(text),
    problem: problemText(said),
    problemDetail: said.detail,
    upset,
  };
}

/**
 * The features the upset model reads from a message (./upset-features.ts), through the same cleaning and reading
 * as analyzeCustomer: eval/learn-upset-weights.ts fits the model's weights on them. Null when there is nothing
 * to read.
 */
export function customerUpsetFeatures(message: string): UpsetFeatures | null {
  const clean = cleanCustomerText(message);
  if (clean.text.trim().length === 0) return null;
  return upsetFeatures(read(clean.text, null, addressedHandles(message)).signals);
}

/**
 * The features the kind model reads from a message (./kind-features.ts), through the same cleaning and reading as
 * analyzeCustomer: eval/learn-kind-weights.ts fits the model's weights on them. Null when there is nothing to read.
 */
export function customerKindFeatures(message: string): { features: KindFeatures; words: Set<string> } | null {
  const clean = cleanCustomerText(message);
  if (clean.text.trim().length === 0) return null;
  const text = analyzeText(clean.text);
  return { features: kindFeatures(readKindSignals(text)), words: kindWords(text) };
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
