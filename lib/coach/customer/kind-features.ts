/**
 * The engine's own signals about what went wrong, as numbers for the learned problem-kind model (./kind-model.ts):
 * which kinds the situation cues and the problem cues name, how often, how early and in what kind of sentence,
 * which one the seriousness ranking would pick, and how the message is written (a question, a request, money, an
 * order or an account named, past tense, denial). Every value lies in 0..1 so the learned weights compare.
 */
import { negationCount, type AnalyzedText } from '../text';
import type { ProblemKind } from '../types';
import type { SituationHit } from './situation';

/** The kinds a message can be about, in the order of the learned table's classes (null is the last class). */
export const PROBLEM_KINDS = [
  'not-arrived',
  'charged-wrongly',
  'account-access',
  'broken',
  'missing',
  'slow',
  'disagree',
  'how-to',
] as const satisfies readonly ProblemKind[];

/** What the cues say about each kind: one group of features per kind. */
const PER_KIND = [
  /** A distressing situation of this kind (lexicon/situations.ts), not taken back by a negation. */
  'situation',
  /** A problem cue of this kind (lexicon/problem-cues.ts). */
  'cue',
  /** How many hits of this kind, saturating at three. */
  'count',
  /** The first hit in the message is of this kind: customers lead with the problem. */
  'first',
  /** The hand-set seriousness ranking (situation.ts mainSituation) picks this kind: the old rule, as evidence. */
  'ranked',
  /** A hit of this kind in a question ("why aren't apps updating?"): asking about it rather than reporting it. */
  'asked',
] as const;

/**
 * Situations finer than their kind whose customers are labelled differently: a refund asked for is often a
 * dispute or a plain request, not a wrong charge; a decision disputed is a disagreement however it is worded.
 */
const SITUATION_DETAIL = ['refund', 'decision', 'hacked', 'lost-data'] as const;

/** How the message is written, whatever cues it hits. */
const FORM = [
  /** No cue of any kind: the message names nothing that went wrong. */
  'no-cue',
  'question-marks',
  /** It opens with a question ("How do I …", "Is there …", "Can I …"). */
  'opens-with-question',
  /** Asks how or whether they can do something: the shape of a how-to whatever the verb. */
  'how-can-i',
  'negations',
  /** A price, a payment, a charge or a refund named. */
  'money',
  /** An order, a delivery, a package or a shipment named. */
  'order',
  /** An account, a password or signing in named. */
  'account',
  /** Something not working in plain words ("doesn't work", "won't load", "error", "issue"). */
  'trouble-words',
  /** Share of verbs in the past tense: a report of what happened rather than a question about what to do. */
  'past-tense',
  /** Message length in words, saturating at 60: chatter and questions are short, complaints run on. */
  'length',
] as const;

/** The feature names in the order the weight table and the learner use. */
export const KIND_FEATURES = [
  ...PER_KIND.flatMap((group) => PROBLEM_KINDS.map((kind) => `${group}:${kind}` as const)),
  ...SITUATION_DETAIL.map((situation) => `named:${situation}` as const),
  ...FORM.map((form) => `form:${form}` as const),
] as const;

export type KindFeature = (typeof KIND_FEATURES)[number];
export type KindFeatures = Readonly<Record<KindFeature, number>>;

/** What the problem setting has read before the kind is decided (./problem.ts). */
export interface KindSignals {
  text: AnalyzedText;
  /** The distressing situations (lexicon/situations.ts). */
  situations: readonly SituationHit[];
  /** Those and the problem cues, in the order found. */
  all: readonly SituationHit[];
  /** The one the seriousness ranking picks. */
  ranked: SituationHit | null;
}

const saturating = (count: number, full = 3): number => Math.min(count, full) / full;

const OPENING_QUESTION =
  /^\s*(?:how|what|why|when|where|which|who|is|are|can|could|do|does|did|will|would|should|any)\b/i;
const HOW_CAN_I =
  /\b(?:how (?:do|can|could|would|should) (?:i|we|you)|how to|is (?:there|it possible)|can (?:i|we|you)|could (?:i|we|you)|am i able|are we able|is it able)\b/i;
const MONEY =
  /(?:[$€£¥]\s?\d)|\b(?:money|paid|pay|paying|payment|charged?|charges|billed|bill|refund\w*|price|fee|fees|cost|subscription|card)\b/i;
const ORDER =
  /\b(?:order|ordered|orders|delivery|delivered|deliver|package|parcel|shipment|shipped|shipping|tracking|courier|arrive[ds]?|arrival)\b/i;
const ACCOUNT =
  /\b(?:account|accounts|password|log ?in|logged|login|sign ?in|signed in|username|verification|verify|2fa|hacked)\b/i;
const TROUBLE =
  /\b(?:not working|doesn'?t work|does not work|won'?t (?:work|load|open|let)|isn'?t working|stopped working|broken|error|errors|issue|issues|problem|problems|bug|glitch|crash\w*|fail\w*|down)\b/i;

function pastTenseShare(text: AnalyzedText): number {
  let verbs = 0;
  let past = 0;
  for (const sentence of text.sentences) {
    for (const term of sentence.terms) {
      if (!term.tags.has('Verb')) continue;
      verbs += 1;
      if (term.tags.has('PastTense')) past += 1;
    }
  }
  return verbs === 0 ? 0 : past / verbs;
}

export function kindFeatures(signals: KindSignals): KindFeatures {
  const features = Object.fromEntries(KIND_FEATURES.map((name) => [name, 0])) as Record<KindFeature, number>;
  const { text, situations, all, ranked } = signals;
  const situationKinds = new Set(situations.map((hit) => hit.info.kind));
  const first = all.reduce<SituationHit | null>((best, hit) => (!best || hit.start < best.start ? hit : best), null);
  for (const kind of PROBLEM_KINDS) {
    const ofKind = all.filter((hit) => hit.info.kind === kind);
    features[`situation:${kind}`] = situationKinds.has(kind) ? 1 : 0;
    features[`cue:${kind}`] = ofKind.length > situations.filter((hit) => hit.info.kind === kind).length ? 1 : 0;
    features[`count:${kind}`] = saturating(ofKind.length);
    features[`first:${kind}`] = first?.info.kind === kind ? 1 : 0;
    features[`ranked:${kind}`] = ranked?.info.kind === kind ? 1 : 0;
    features[`asked:${kind}`] = ofKind.some((hit) => hit.sentence.text.trimEnd().endsWith('?')) ? 1 : 0;
  }
  const named = new Set(all.map((hit) => hit.situation));
  for (const situation of SITUATION_DETAIL) features[`named:${situation}`] = named.has(situation) ? 1 : 0;
  const raw = text.text;
  const opening = text.sentences[0];
  features['form:no-cue'] = all.length === 0 ? 1 : 0;
  features['form:question-marks'] = saturating(raw.match(/\?/g)?.length ?? 0);
  features['form:opens-with-question'] =
    opening && (OPENING_QUESTION.test(opening.text) || opening.text.trimEnd().endsWith('?')) ? 1 : 0;
  features['form:how-can-i'] = HOW_CAN_I.test(raw) ? 1 : 0;
  features['form:negations'] = saturating(negationCount(text));
  features['form:money'] = MONEY.test(raw) ? 1 : 0;
  features['form:order'] = ORDER.test(raw) ? 1 : 0;
  features['form:account'] = ACCOUNT.test(raw) ? 1 : 0;
  features['form:trouble-words'] = TROUBLE.test(raw) ? 1 : 0;
  features['form:past-tense'] = pastTenseShare(text);
  features['form:length'] = saturating(text.words, 60);
  return features;
}

/**
 * The words of a message as the kind model's lexical features read them: compromise's normal form, letters only,
 * a plural "s" dropped so "orders" and "order" count as one. Only the words in the learned table weigh anything.
 */
export function kindWords(text: AnalyzedText): Set<string> {
  const words = new Set<string>();
  for (const sentence of text.sentences) {
    for (const term of sentence.terms) {
      for (const word of term.normal.split(/[^\p{L}]+/u)) {
        if (word.length < 2) continue;
        words.add(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
      }
    }
  }
  return words;
}
