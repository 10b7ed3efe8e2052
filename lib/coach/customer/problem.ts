/**
 * The customer's problem as structure (what it is about, what went wrong, what it costs them, whether they asked
 * before) and the one readable fragment built from it ("your Gmail account was hacked"). The fragment is
 * written by the engine from the typed slots, never pasted from the customer's clause, so it is always a whole,
 * correctly spelled phrase; when the engine is unsure it says less.
 */
import { CueNet } from '../matcher/net';
import { PROBLEM_CUES } from '../lexicon/problem-cues';
import { SITUATIONS, type SituationId } from '../lexicon/situations';
import { CREDENTIALS, isActivity, isErrorCode, topicCanWork } from '../lexicon/topics';
import type { AnalyzedText } from '../text';
import type { ImpactKind, ProblemDetail, ProblemKind, Specific, StressSignal } from '../types';
import { kindFeatures, kindWords, type KindSignals } from './kind-features';
import { decideKind, type KindModel } from './kind-model';
import { KIND_MODEL } from './kind-weights';
import { findSituations, mainSituation, readImpact, type SituationHit } from './situation';
import { chargedAmount, findTopic, type ProblemMention, type Topic } from './topic';

export interface ProblemReading {
  detail: ProblemDetail | null;
  /** The main situation behind `detail.kind` ("hacked" rather than just account-access), for the phrasing. */
  situation: SituationId | null;
  /** The topic with its number, for verb agreement in suggestions. */
  topic: Topic | null;
  /** Every situation named, for distress. */
  hits: SituationHit[];
}

const ASKED_BEFORE =
  /\b(another (?:email|ticket|message|call|tweet)|(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+(?:st|nd|rd|th)?) time|(?:several|many|multiple|numerous|countless|\d+) (?:times|emails|tickets|calls|messages|tweets|attempts)|(?:i|we)(?:'ve| have) (?:asked|emailed|called|contacted|written|messaged|tweeted|reported|tried)|no (?:answer|reply|response)|(?:never|not) (?:heard back|got (?:an? )?(?:answer|reply|response))|nobody (?:answers|replies|responds|has)|no one (?:answers|replies|responds|has))\b/i;

/** They say they asked before, or the problem keeps coming back. */
export function askedBefore(
  text: AnalyzedText,
  stress: readonly StressSignal[],
  hits: readonly SituationHit[],
): boolean {
  if (stress.some((signal) => signal.kind === 'repeat-contact') || ASKED_BEFORE.test(text.text)) return true;
  // "It crashed again", "still not working": a problem that came back — but not "I don't want to buy it again".
  return text.sentences.some(
    (sentence) =>
      sentence.terms.some((term) => /^(again|still)$/.test(term.normal)) &&
      hits.some((hit) => hit.sentence === sentence && hit.info.kind !== 'how-to'),
  );
}

const problemNet = new CueNet(PROBLEM_CUES);

/** What went wrong beyond the distressing situations: lexicon/problem-cues.ts, for the kind and the topic only. */
export function findProblemCues(text: AnalyzedText): SituationHit[] {
  return text.sentences.flatMap((sentence) =>
    problemNet.sweep(sentence).map((hit) => {
      const start = sentence.start + hit.start;
      return {
        situation: hit.cue.situation,
        info: SITUATIONS[hit.cue.situation],
        cue: hit.cue,
        sentence,
        start,
        end: start + hit.text.length,
        text: hit.text,
      };
    }),
  );
}

/** What went wrong and where it was said: the setting a topic is chosen in (also read by eval/learn-topic-weights.ts). */
export interface ProblemSetting {
  /** The distressing situations alone. */
  hits: SituationHit[];
  /** Those and the problem cues. */
  all: SituationHit[];
  /** The most serious hit by the hand-set ranking (situation.ts mainSituation). */
  main: SituationHit | null;
  /**
   * The ranked hit's kind: what the topic is chosen with (the topic table was learned with it). The kind the
   * analysis reports is the learned model's (readProblemDetail), which reads this as one of its signals.
   */
  kind: ProblemKind | null;
  /** Every mention of the main situation. */
  mentions: ProblemMention[];
}

/** The cues found and the one the seriousness ranking picks: the evidence the kind model reads. */
export function readKindSignals(text: AnalyzedText): KindSignals & { situations: SituationHit[]; all: SituationHit[] } {
  const situations = findSituations(text);
  // The situations weigh on distress (returned as they are); the problem cues only say more about what happened.
  const all = [...situations, ...findProblemCues(text)];
  return { text, situations, all, ranked: mainSituation(all) };
}

export function readProblemSetting(text: AnalyzedText): ProblemSetting {
  const { situations: hits, all, ranked: main } = readKindSignals(text);
  const mentions = main
    ? all
        .filter((hit) => hit.situation === main.situation)
        .map((hit) => ({ sentence: hit.sentence.index, start: hit.start, end: hit.end }))
    : [];
  return { hits, all, main, kind: main?.info.kind ?? null, mentions };
}

/**
 * The kind the analysis reports, from the learned model (./kind-model.ts), and the situation its phrasing names:
 * the most serious hit of that kind, or none, so the suggestions never name "the charge" for a broken app.
 */
export function decideProblem(
  setting: ProblemSetting,
  text: AnalyzedText,
  model: KindModel = KIND_MODEL,
): { kind: ProblemKind | null; situation: SituationHit | null } {
  const signals = { text, situations: setting.hits, all: setting.all, ranked: setting.main };
  const { kind } = decideKind(kindFeatures(signals), kindWords(text), model);
  return { kind, situation: kind === null ? null : mainSituation(setting.all.filter((hit) => hit.info.kind === kind)) };
}

/**
 * The mildest situation of each kind: what the phrasing says when the model decided a kind that no cue named
 * ("your community tab is missing"). Never a hack or a wrong charge: those are claims only a cue may make.
 */
const PLAIN_SITUATION: Readonly<Record<ProblemKind, SituationId | null>> = {
  'not-arrived': 'not-arrived',
  'charged-wrongly': null,
  'account-access': 'locked-out',
  broken: 'not-working',
  missing: 'missing',
  slow: 'slow',
  disagree: 'decision',
  'how-to': 'how-to',
};

export function readProblemDetail(
  text: AnalyzedText,
  stress: readonly StressSignal[],
  specifics: readonly Specific[],
  addressed: readonly string[] = [],
): ProblemReading {
  const setting = readProblemSetting(text);
  const { hits, all, mentions } = setting;
  const { kind, situation: main } = decideProblem(setting, text);
  // A refund asked for claims nothing about what went wrong: it stands whatever kind is decided.
  const asksRefund = setting.main?.situation === 'refund';
  const situation = main?.situation ?? (kind ? PLAIN_SITUATION[kind] : asksRefund ? 'refund' : null);
  const impact: ImpactKind[] = readImpact(text, stress, main);
  const asked = askedBefore(text, stress, all);
  // A lock-out is of an account, lost data is their data: the natural topic when they named none (what the cues
  // say it is about holds whatever kind is decided).
  const found = findTopic(text, setting.kind, mentions, specifics, addressed, asksRefund);
  // A charge's amount is no topic for another kind of problem: "crashes with the £42 charge" says nothing.
  const fits =
    !found || !chargedAmount(found.text) || !situation || situation === 'charged-wrongly' || situation === 'refund';
  const topic = (fits ? found : null) ?? (setting.main ? defaultTopicFor(setting.main.situation) : null);
  // Cues named something even when no kind was decided: the detail still carries its history and impact.
  if (!kind && !situation && !topic && !setting.main) return { detail: null, situation: null, topic: null, hits };
  return {
    detail: {
      topic: topic?.text ?? null,
      kind,
      impact,
      askedBefore: asked,
      situation,
      topicPlural: topic?.plural ?? false,
    },
    situation,
    topic,
    hits,
  };
}

/** Verb forms that agree with the topic: "your order hasn't" / "your photos haven't". */
export function agree(
  topic: Pick<Topic, 'plural'> | null,
): Record<'is' | 'was' | 'has' | 'isnt' | 'hasnt' | 'keeps', string> {
  const plural = topic?.plural ?? false;
  return plural
    ? { is: 'are', was: 'were', has: 'have', isnt: "aren't", hasnt: "haven't", keeps: 'keep' }
    : { is: 'is', was: 'was', has: 'has', isnt: "isn't", hasnt: "hasn't", keeps: 'keeps' };
}

/** The default thing a situation is about when the customer named none ("locked out" is of an account). */
const DEFAULT_TOPIC: Partial<Record<SituationId, Topic>> = {
  hacked: { text: 'your account', plural: false, head: 'account' },
  'locked-out': { text: 'your account', plural: false, head: 'account' },
  suspended: { text: 'your account', plural: false, head: 'account' },
  'lost-data': { text: 'your data', plural: false, head: 'data' },
};

export function defaultTopicFor(situation: SituationId): Topic | null {
  return DEFAULT_TOPIC[situation] ?? null;
}

/**
 * The topic a sentence about this situation is written with. The situations with a natural thing are about that
 * kind of thing: one is locked out of an account, not out of "changing your password", and loses data, not
 * "uploading photos" — so an activity gives way to the natural thing there; elsewhere the customer's topic stands.
 */
export function topicToWriteWith<T extends { text: string; plural?: boolean }>(
  situation: SituationId | null,
  topic: T | null,
): T | Topic | null {
  const natural = situation ? (DEFAULT_TOPIC[situation] ?? null) : null;
  if (!topic) return natural;
  // "an error with error 0x80070005": the error is the topic itself, and the error's own sentence says it.
  if (situation === 'error' && isErrorCode(topic.text)) return natural;
  if (natural && isActivity(topic.text)) return natural;
  // One signs in to an account: "locked out of the emails" means the account they are in ("your accounts" stands).
  if (natural?.head === 'account' && topic.plural && !/\baccounts$/.test(topic.text)) return natural;
  // "you can't get into your password": the password is the way in; the account is what they are shut out of.
  const head = topic.text.split(' ').pop()!;
  if (natural?.head === 'account' && CREDENTIALS.has(head.toLowerCase())) return natural;
  // "a refund for the refund", "a refund for your credit card": what the sentence already says, or where the money goes.
  if (situation && SAYS_ITSELF[situation]?.test(head)) return natural;
  // "i need refund game": the sentence says "a refund" itself, so the topic drops the word ("a refund for the game").
  const repeated = situation ? SITUATION_NOUN_FIRST[situation]?.exec(topic.text) : null;
  return repeated ? { ...topic, text: `${repeated[1]} ${repeated[2]}` } : topic;
}

/** A charge or fee named by more than its head: "the £190 early termination fee", "the foreign transaction fees". */
const CHARGE_NAMED = /^the \S+(?: \S+)* (?:charges?|fees?)$/;

/**
 * What they were charged, when the topic is the charge itself: its amount ("the $139 charge" → "$139") or the
 * charge named by what it was for ("the £190 early termination fee"); null for any other topic.
 */
function chargeItself(topic: Topic | null): string | null {
  if (!topic) return null;
  return chargedAmount(topic.text) ?? (CHARGE_NAMED.test(topic.text) ? topic.text : null);
}

/**
 * Heads a situation's own sentence already names, that are only where the money goes ("a refund for the card"), or
 * that only record it ("charged unexpectedly for your bank statement", "… for the confirmation email").
 */
const MONEY_RECORDS = 'statements?|receipts?|emails?|e-mails?|screenshots?|confirmations?';
const SAYS_ITSELF: Partial<Record<SituationId, RegExp>> = {
  refund: new RegExp(`^(?:refunds?|money|cards?|bank|account|payments?|reimbursement|${MONEY_RECORDS})$`, 'i'),
  'charged-wrongly': new RegExp(
    `^(?:charges?|fees?|payments?|money|card|bank|account|transactions?|${MONEY_RECORDS})$`,
    'i',
  ),
  // "an error with the system error": an error that is the topic is the error the sentence already names.
  error: /^(?:errors?|glitch(?:es)?|bugs?)$/i,
  crashes: /^crash(?:es)?$/i,
};

/** A topic opening on the noun its situation's own sentence already says ("a refund for …", "an error with …"). */
const SITUATION_NOUN_FIRST: Partial<Record<SituationId, RegExp>> = {
  refund: /^(the|your) refunds? (\S.*)$/,
  'charged-wrongly': /^(the|your) charges? (\S.*)$/,
  error: /^(the|your) errors? (\S.*)$/,
  crashes: /^(the|your) crash(?:es)? (\S.*)$/,
};

/** Situations whose clause makes the topic its subject: a thing arrives, goes missing, is slow or suspended. */
const SAID_OF_A_THING: ReadonlySet<SituationId> = new Set(['not-arrived', 'missing', 'slow', 'suspended']);

/** The readable fragment for `problem`, a clause that fits after "that": "that your order hasn't arrived". */
export function problemText(reading: ProblemReading): string | null {
  const { detail, situation } = reading;
  if (!detail) return null;
  if (situation === 'error' && reading.topic && isErrorCode(reading.topic.text))
    return `you're getting ${reading.topic.text}`;
  // "you can't get into changing your password" says nothing; the activity itself is what they can't manage. Nor is
  // an activity the subject of what went wrong ("redownloading Black Ops 4 is missing").
  if (
    reading.topic &&
    situation &&
    isActivity(reading.topic.text) &&
    (topicToWriteWith(situation, reading.topic) !== reading.topic || SAID_OF_A_THING.has(situation))
  )
    return `you're having trouble ${reading.topic.text}`;
  const topic = topicToWriteWith(situation, reading.topic);
  const verb = agree(topic);
  const about = topic?.text ?? null;
  switch (situation) {
    case 'hacked':
      return `someone got into ${about}`;
    case 'locked-out':
      return `you can't get into ${about}`;
    case 'suspended':
      return `${about} ${verb.was} suspended`;
    case 'charged-wrongly': {
      const charged = chargeItself(reading.topic);
      if (charged) return `you were charged ${charged} unexpectedly`;
      return about ? `you were charged unexpectedly for ${about}` : 'you were charged unexpectedly';
    }
    case 'refund':
      return about ? `you'd like a refund for ${about}` : "you'd like a refund";
    case 'not-arrived':
      return about ? `${about} ${verb.hasnt} arrived` : "something you're expecting hasn't arrived";
    case 'crashes':
      if (!about) return 'something keeps crashing';
      return topicCanWork(about) ? `${about} ${verb.keeps} crashing` : `you're seeing crashes with ${about}`;
    case 'error':
      return about ? `you're getting an error with ${about}` : "you're getting an error";
    case 'not-working':
      if (!about) return "something isn't working";
      if (topicCanWork(about)) return `${about} ${verb.isnt} working`;
      // "you're having trouble connecting": an activity follows "trouble" straight, a thing after "with".
      return isActivity(about) ? `you're having trouble ${about}` : `you're having trouble with ${about}`;
    case 'lost-data':
      return about ? `you've lost ${about}` : "you've lost some of your data";
    case 'missing':
      return about ? `${about} ${verb.is} missing` : 'something is missing';
    case 'slow':
      return about ? `${about} ${verb.is} slow` : 'things are slow';
    case 'decision':
      // What is disputed is often a change or a report nobody decided: the thing is named, not "the decision".
      return about ? `you're unhappy about ${about}` : "you're unhappy with how this was handled";
    case 'how-to':
      return about ? `you have a question about ${about}` : null;
    case null:
      return about ? `you're getting in touch about ${about}` : null;
  }
}
