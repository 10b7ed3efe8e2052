/**
 * The engine's own signals about a customer message as numbers, one per feature, for the learned upset model
 * (./upset-model.ts): how strongly each emotion shows, which kinds of pressure and which situations are named, and
 * how the message is written (the customer's own sentiment, "?", persistence, waiting, calls to act). Every value
 * lies in 0..1 so the learned weights compare.
 *
 * What the development pool's out-of-fold errors are (`npx tsx eval/learn-upset-weights.ts --errors`, 388
 * messages, about 60 wrong), by failure mode rather than by line — the features below are chosen against these:
 *
 * - Calm problem reports read as upset (the largest group, about a third): "I'm not getting e-mail notifications",
 *   "my mic won't work during calls, please help", "im stuck on this screen". A negation, "help", a "!" and "my"
 *   are in calm and upset reports alike, so the signals that only describe a report (broken, "help", "!",
 *   capitals) are left out rather than learned from: on 388 messages their weights came out near zero or the
 *   wrong sign, and varied from fold to fold.
 * - Notices, news and marketing with negative words: "users being hacked", "a phishing scam going around",
 *   "the ONLY provider". Nothing of the writer's is at stake (first-person words weigh that).
 * - Information questions about a trouble: "is this true? Did this just happen?", "how can I report a fraud
 *   site?". Question marks weigh against upset; the situation of a how-to is not the customer's harm.
 * - Calm-worded harm missed: a paid-for game shown as unpaid, a reward won and gone, "need 2-step verification
 *   removed". Only the situations (lexicon/situations.ts) can see these; they carry no tone at all.
 * - Sarcasm and public shaming missed: "apparently this is how @amazon delivers…", "just like that @eBay helped
 *   with the spread…", "I can get rid of these crooks forever". Positive words read literally; the sentiment
 *   feature does not count warmth for that reason.
 * - Label-boundary cases both ways ("a bit ridiculous. Feedback from a loyal user.", "Help! My FaceId hasn't been
 *   working since last night."): a demanding lead's call, not a gap a cue would close.
 */
import { valence } from '../lexicon/sentiment';
import { negationCount, type AnalyzedText, type Sentence } from '../text';
import type { Emotion, EmotionReading, ProblemSituation, StressKind, StressSignal } from '../types';
import type { UpsetFormKind } from '../lexicon/upset-form-cues';
import { ownSentiment } from './own-sentiment';
import { insideAny, reportedSpans } from './reported';
import { healthAtStake, type SituationHit } from './situation';
import { conditional, readUpsetForm, type UpsetFormHit } from './upset-form';

/** What the analysis read before deciding: everything the features are computed from. */
export interface UpsetSignals {
  text: AnalyzedText;
  emotions: readonly EmotionReading[];
  stress: readonly StressSignal[];
  /** 0..1 AFINN-165 negative valence (./emotions.ts). */
  valence: number;
  situations: readonly SituationHit[];
}

/**
 * The emotions that tell upset, grouped: displeasure (anger, frustration, disappointment: the strongest of the
 * three) and urgency. Anger and disappointment were features of their own, but fired on 18 and 9 of 388 pool
 * messages, and their words were written while reading those messages; one broader feature is learned from more
 * of them and leans less on any one word list (leave-one-company-out log-loss 0.424 → 0.420 with the merges below).
 * Left out: confusion and worry (as often in a calm how-to question as in a complaint) and gratitude (courtesy is
 * dropped from a complaint before this, ./emotions.ts withoutCourtesy, so it is all but never read beside one).
 */
const EMOTION_GROUPS = {
  displeased: ['angry', 'frustrated', 'disappointed'],
  urgent: ['urgent'],
} as const satisfies Record<string, readonly Emotion[]>;
type EmotionGroup = keyof typeof EMOTION_GROUPS;

/**
 * Signals grouped by the rubric's classes (tests/fixtures/customers/README.md), each group one feature: 168
 * labelled messages can't give a weight to a signal seen twice, but the class it belongs to is seen often, and
 * its members mean alike (a demand and a sad face both show frustration).
 */
const STRESS_GROUPS = {
  /** Shown frustration: how they press, whatever the words (with a rhetorical question or a word drawn out). */
  shown: ['accusation', 'threat-to-leave', 'demand', 'sarcasm', 'sad-face', 'shouting', 'repeated-punctuation'],
  /** Repeated failure: repeat contact, hours of waiting. */
  repeated: ['repeat-contact'],
  /** Something of theirs at stake beyond the product: a business, a deadline (and health, named in the text). */
  stakes: ['business-impact', 'deadline'],
  money: ['money'],
} as const satisfies Record<string, readonly StressKind[]>;

/**
 * Situations grouped by what they do to the customer (lexicon/situations.ts has them one by one). Something broken
 * and a disputed decision are left out: the rubric makes neither upset by itself, so their weight only echoed the
 * tone words beside them.
 */
const SITUATION_GROUPS = {
  /** Hurts however calmly told: a hacked or locked account, money taken wrongly, lost data. */
  hurts: ['hacked', 'locked-out', 'suspended', 'charged-wrongly', 'lost-data'],
  /** Paid or promised and not had, or had and now gone. */
  'not-had': ['not-arrived', 'missing'],
  'how-to': ['how-to'],
} as const satisfies Record<string, readonly ProblemSituation[]>;

type StressGroup = keyof typeof STRESS_GROUPS;
type SituationGroup = keyof typeof SITUATION_GROUPS;

/**
 * How it is written. Capitals, "!" and "help" are not features of their own: shouting and stacked "!!" are shown
 * frustration (stress:shown), and a lone capital word, one "!" or "please help" are as common in a calm report.
 * A rhetorical question and a word drawn out ("sooo") count as shown frustration too, not as features of their own:
 * they fired on 3 and 6 of 388 pool messages, too few to learn a weight from.
 */
const FORM_FEATURES = [
  'negative-valence',
  'bitterness',
  'question-marks',
  'persistence',
  'waiting',
  'call-to-act',
  'cannot',
  'negations',
  'first-person',
] as const;

/** The feature names in the order the weight table and the learner use. */
export const UPSET_FEATURES = [
  ...(Object.keys(EMOTION_GROUPS) as EmotionGroup[]).map((group) => `emotion:${group}` as const),
  ...(Object.keys(STRESS_GROUPS) as StressGroup[]).map((group) => `stress:${group}` as const),
  ...(Object.keys(SITUATION_GROUPS) as SituationGroup[]).map((group) => `situation:${group}` as const),
  ...FORM_FEATURES.map((form) => `form:${form}` as const),
] as const;

export type UpsetFeature = (typeof UPSET_FEATURES)[number];
export type UpsetFeatures = Readonly<Record<UpsetFeature, number>>;

/** n occurrences as 0..1: the first counts most, three or more saturate. */
const saturating = (count: number, full = 3): number => Math.min(count, full) / full;

/** The problem goes on or comes back: "still", "again", "always", "anymore" (recurrence cues: ./upset-form.ts). */
const PERSISTENCE = /\b(?:still|again|always|any ?more|continue[sd]?)\b/gi;

/**
 * The trouble goes on or comes back: a recurrence told as such ("happened again", "keeps logging me out", "every
 * time"), or "still" / "again" in a sentence that also denies something or names a problem ("it still says I have
 * no supplies"), not in "do you still have a chat service?". Supposed sentences ("if it happens again", "if I were
 * to book … and corona is still …") tell nothing that happened.
 */
function persists(signals: UpsetSignals, form: readonly UpsetFormHit[]): boolean {
  if (form.some((hit) => hit.cue.kind === 'recurrence')) return true;
  return signals.text.sentences.some(
    (sentence) =>
      !HYPOTHETICAL.test(sentence.text) &&
      troubled(signals, sentence) &&
      [...sentence.text.matchAll(PERSISTENCE)].some(
        (match) => !conditional(sentence, sentence.start + match.index, 'recurrence'),
      ),
  );
}

/** A sentence that says something is wrong: it denies something, or names a situation other than a how-to. */
function troubled(signals: UpsetSignals, sentence: Sentence): boolean {
  return (
    sentence.terms.some((term) => term.tags.has('Negative') || (valence(term.normal) ?? 0) < 0) ||
    signals.situations.some((hit) => hit.sentence === sentence && hit.situation !== 'how-to')
  );
}

/**
 * Money counts as at stake where the sentence naming it says something went wrong ("I still got charged for
 * it"); a price named in a question or an offer ("price gouging", "it says $59.99") is not money lost.
 */
function moneyAtStake(signals: UpsetSignals, stress: readonly StressSignal[]): StressSignal[] {
  return stress.filter((signal) => {
    if (signal.kind !== 'money') return true;
    const sentence = signals.text.sentences.find(
      (candidate) => signal.span.start >= candidate.start && signal.span.start < candidate.end,
    );
    return sentence !== undefined && troubled(signals, sentence);
  });
}

/** The length of a short message, in words: what the counts of `upsetFeatures` are measured per. */
const TWEET_WORDS = 40;

/**
 * The writer speaks of their own things ("my account", "I paid"): news, public notices and marketing posts name
 * troubles too ("users being hacked", "a new phishing scam going around") but have nothing of the writer's at stake.
 */
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|us|our|ours)\b/gi;

/**
 * "If I were to book a flight, would I be able to get a refund?": what is asked about hypothetically has not
 * happened to them, so its situations and money say nothing about how they feel.
 */
const HYPOTHETICAL =
  /\b(?:hypothetical(?:ly)?|if (?:i|we) (?:were|was|wanted|decide)|in case|what happens if|would (?:i|we) (?:be able|get|still)|will (?:i|we) be able|if (?:i|we) (?:book|buy|order|purchase|cancel))\b/i;

function happened<T extends { span: { start: number } } | { start: number }>(
  signals: UpsetSignals,
  found: readonly T[],
): T[] {
  const hypothetical = signals.text.sentences.filter((sentence) => HYPOTHETICAL.test(sentence.text));
  if (hypothetical.length === 0) return [...found];
  return found.filter((item) => {
    const start = 'span' in item ? item.span.start : item.start;
    return !hypothetical.some((sentence) => start >= sentence.start && start < sentence.end);
  });
}

/** Distinct cues of one kind outside supposed sentences: the same cue twice is one way of saying it. */
function formCount(signals: UpsetSignals, form: readonly UpsetFormHit[], kind: UpsetFormKind): number {
  return new Set(
    happened(
      signals,
      form.filter((hit) => hit.cue.kind === kind),
    ).map((hit) => hit.cue.id),
  ).size;
}

/**
 * Something they cannot do or that does not do what it should: "I can't log in", "it won't load", "unable to
 * pay", "doesn't work". A shape, not a word list written while reading the pool: any verb after it counts. It
 * fires on 87 of 388 pool messages; added beside the negation count, out-of-fold log-loss fell on every split
 * tried (leave-one-company-out 0.4200 → 0.4184, 10-fold 0.4196 → 0.4177 and 0.4112 → 0.4085).
 */
const CANNOT = /\b(?:can[’']?t|cannot|won[’']?t|unable to|not able to|doesn[’']?t|isn[’']?t|couldn[’']?t)\b/gi;

function cannot(signals: UpsetSignals): boolean {
  const reported = reportedSpans(signals.text);
  return signals.text.sentences.some(
    (sentence) =>
      !HYPOTHETICAL.test(sentence.text) &&
      [...sentence.text.matchAll(CANNOT)].some((match) => !insideAny(reported, sentence.start + match.index)),
  );
}

/** A letter typed three times or more inside a word ("sooo", "pleeease", "whyyy"): drawn out, as if said aloud. */
const ELONGATED = /(?<![\p{L}@#/.])\p{L}*(\p{L})\1{2,}\p{L}*(?![\p{L}/.])/gu;

export function elongated(text: AnalyzedText): boolean {
  const reported = reportedSpans(text);
  return [...text.text.matchAll(ELONGATED)].some(
    // "www" and a word of one letter repeated ("zzz", "iii") are not a word drawn out.
    (match) => !/^(\p{L})\1*$/u.test(match[0]) && !/^www/i.test(match[0]) && !insideAny(reported, match.index),
  );
}

export function upsetFeatures(signals: UpsetSignals): UpsetFeatures {
  const form = readUpsetForm(signals.text);
  const features = Object.fromEntries(UPSET_FEATURES.map((name) => [name, 0])) as Record<UpsetFeature, number>;
  for (const [group, members] of Object.entries(EMOTION_GROUPS) as Array<[EmotionGroup, readonly Emotion[]]>) {
    const readings = signals.emotions.filter((reading) => members.includes(reading.emotion));
    features[`emotion:${group}`] = Math.max(0, ...readings.map((reading) => reading.intensity));
  }
  const pressed = new Set(moneyAtStake(signals, happened(signals, signals.stress)).map((signal) => signal.kind));
  // Shown frustration the stress reader does not list: a rhetorical question, a word drawn out.
  const shownInForm = (formCount(signals, form, 'rhetorical') > 0 ? 1 : 0) + (elongated(signals.text) ? 1 : 0);
  for (const [group, members] of Object.entries(STRESS_GROUPS) as Array<[StressGroup, readonly StressKind[]]>) {
    const extra = group === 'shown' ? shownInForm : 0;
    features[`stress:${group}`] = saturating(members.filter((member) => pressed.has(member)).length + extra, 2);
  }
  // Health is at stake by what the message names (a hospital, medication), not by a stress cue.
  if (healthAtStake(signals.text)) features['stress:stakes'] = Math.min(1, features['stress:stakes'] + 0.5);
  const named = new Set(happened(signals, signals.situations).map((hit) => hit.situation));
  for (const [group, members] of Object.entries(SITUATION_GROUPS) as Array<
    [SituationGroup, readonly ProblemSituation[]]
  >) {
    features[`situation:${group}`] = members.some((member) => named.has(member)) ? 1 : 0;
  }
  const raw = signals.text.text;
  // Counts that grow with length are read as a tweet's worth: an e-mail of 150 calm words has more "not"s, "I"s and
  // mildly negative words than a short complaint, and its length says nothing of the writer's mood.
  const perTweet = Math.min(1, TWEET_WORDS / Math.max(1, signals.text.words));
  features['form:negative-valence'] = signals.valence * perTweet;
  // Questions, not marks: "???" is one question said hard (stacked marks are shown frustration, stress:shown).
  features['form:question-marks'] = saturating(raw.match(/\?+/g)?.length ?? 0);
  features['form:persistence'] = persists(signals, happened(signals, form)) ? 1 : 0;
  features['form:waiting'] = saturating(formCount(signals, form, 'waiting'), 2);
  features['form:call-to-act'] = saturating(formCount(signals, form, 'call-to-act'), 2);
  features['form:cannot'] = cannot(signals) ? 1 : 0;
  features['form:negations'] = saturating(negationCount(signals.text) * perTweet);
  features['form:first-person'] = saturating((raw.match(FIRST_PERSON)?.length ?? 0) * perTweet);
  // Warmth is not the mirror of bitterness: sarcasm is written in warm words ("thanks for helping the spread").
  features['form:bitterness'] = Math.max(0, -ownSentiment(signals.text));
  return features;
}
