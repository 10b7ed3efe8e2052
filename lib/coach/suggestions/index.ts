/**
 * Suggested acknowledgement and reassurance sentences, written from the structure of this customer's problem —
 * what happened (situation and kind), what it is about (topic), what it costs them (impact), whether they asked
 * before — and how they feel, in the team's tone. Frames (phrasings.ts) are whole sentences of ours with typed
 * slots; no customer clause is pasted in. Every filled frame passes the self-check before it is offered, an
 * upset customer always gets at least one acknowledgement, and gratitude is only ever thanked, never offered
 * to a complaint. Variants rotate by the message so two customers don't get the same opener.
 */
import { agree, topicToWriteWith } from '../customer/problem';
import { weakCache } from '../engine-state';
import { isActivity, topicCanWork } from '../lexicon/topics';
import type {
  CustomerAnalysis,
  Emotion,
  ImpactKind,
  ProblemDetail,
  ProblemKind,
  ProblemSituation,
  Suggestion,
  Tone,
} from '../types';
import {
  ASKED_BEFORE_ACKNOWLEDGEMENTS,
  ASKED_BEFORE_REASSURANCES,
  DEADLINE_REASSURANCES,
  EMOTION_ACKNOWLEDGEMENTS,
  GENERAL_ACKNOWLEDGEMENTS,
  GENERAL_REASSURANCES,
  GRATITUDE_ACKNOWLEDGEMENTS,
  IMPACT_ACKNOWLEDGEMENTS,
  KIND_REASSURANCES,
  REFUND_REASSURANCES,
  SITUATION_ACKNOWLEDGEMENTS,
  type SituationFrames,
} from './phrasings';
import { checkSuggestion } from './self-check';

const ACKNOWLEDGEMENTS = 3;
const REASSURANCES = 2;

/** The typed values a frame may be filled with. */
export interface Slots {
  topic: string | null;
  plural: boolean;
}

function hash(text: string): number {
  let value = 2166136261;
  for (let index = 0; index < text.length; index += 1) value = Math.imul(value ^ text.charCodeAt(index), 16777619);
  return value >>> 0;
}

function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/** Fills a frame's slots; null when it needs a topic there is none of. */
export function fillFrame(frame: string, slots: Slots): string | null {
  if (frame.includes('{topic}') && !slots.topic) return null;
  const verb = agree({ plural: slots.plural });
  const values: Readonly<Record<string, string>> = {
    ...verb,
    topic: slots.topic ?? '',
    it: slots.plural ? 'them' : 'it',
    they: slots.plural ? 'they' : 'it',
  };
  let unknown = false;
  const text = frame.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (!Object.hasOwn(values, slot)) {
      unknown = true;
      return '';
    }
    return values[slot]!;
  });
  return unknown ? null : text.charAt(0).toUpperCase() + text.slice(1);
}

/** "{topic} isn't working", "{topic} keeps crashing": said only of things that work (lexicon/topics.ts). */
const SAYS_IT_WORKS = /\{(?:isnt|keeps|is)\}(?: not)? (?:working|crashing)/;

/**
 * "trouble with {topic}", "about {topic}": an activity ("adding the text") reads well only after a preposition, never
 * as the subject of a frame's verb ("adding the text keeps doing it").
 */
const saysTopicAsObject = (frame: string): boolean =>
  (frame.match(/\{topic\}/g) ?? []).length === (frame.match(/\b(?:with|about|into|for|of|on) \{topic\}/g) ?? []).length;

/**
 * The frames of a family for this topic: the topic's own frames when there is a topic (those that fit it: a bill
 * doesn't "stop working"), else the topic-free ones.
 */
function framesFor(family: SituationFrames, slots: Slots, tone: Tone): readonly string[] {
  if (!slots.topic) return family.withoutTopic[tone];
  const activity = isActivity(slots.topic);
  const fitting = topicCanWork(slots.topic)
    ? family.withTopic[tone]
    : family.withTopic[tone].filter((frame) => !SAYS_IT_WORKS.test(frame) && (!activity || saysTopicAsObject(frame)));
  if (fitting.length === 0) return family.withoutTopic[tone];
  return activity ? fitting.map((frame) => frame.replace(TROUBLE_WITH, '$1$2 {topic}')) : fitting;
}

/** "trouble with connecting" → "trouble connecting": English puts the activity straight after these nouns. */
const TROUBLE_WITH = /\b(trouble|a hard time|hassle)( you are having| you're having)? with \{topic\}/;

/** The topic said more plainly, for when the full one trips a check: "the Great White Shark card" → "the card". */
function plainer(slots: Slots): Slots | null {
  const words = slots.topic?.split(' ') ?? [];
  if (words.length < 2) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (!/^(?:your|the)$/.test(first) || words.length === 2 || /^\p{Lu}/u.test(last)) return null;
  return { topic: `${first} ${last}`, plural: slots.plural };
}

interface Candidate {
  kind: Suggestion['kind'];
  frames: readonly string[];
  basis: string;
  /** A fallback: offered only when nothing of its kind was offered before it. */
  onlyIfNone?: boolean;
}

/** A complaint: something went wrong, or they are upset. Gratitude frames never answer one. */
function isComplaint(customer: CustomerAnalysis): boolean {
  const kind = customer.problemDetail?.kind ?? null;
  return customer.upset || (kind !== null && kind !== 'how-to');
}

function feeling(customer: CustomerAnalysis): Exclude<Emotion, 'grateful'> | null {
  const reading = customer.emotions.find((item) => item.emotion !== 'grateful');
  return reading ? (reading.emotion as Exclude<Emotion, 'grateful'>) : null;
}

function situationWords(situation: ProblemSituation): string {
  return situation.replace(/-/g, ' ');
}

function acknowledgementCandidates(
  customer: CustomerAnalysis,
  detail: ProblemDetail | null,
  slots: Slots,
  tone: Tone,
): Candidate[] {
  const candidates: Candidate[] = [];
  const situation = detail?.situation ?? null;
  const about = slots.topic ? ` (${slots.topic})` : '';
  if (situation && (situation !== 'how-to' || customer.upset)) {
    candidates.push({
      kind: 'acknowledgement',
      frames: framesFor(SITUATION_ACKNOWLEDGEMENTS[situation], slots, tone),
      basis: `what happened: ${situationWords(situation)}${about}`,
    });
  }
  const emotion = feeling(customer);
  if (customer.upset) {
    if (contactedBefore(customer))
      candidates.push({
        kind: 'acknowledgement',
        frames: ASKED_BEFORE_ACKNOWLEDGEMENTS[tone],
        basis: 'they have had to get in touch before',
      });
    const impact: ImpactKind | undefined = detail?.impact[0];
    if (impact)
      candidates.push({
        kind: 'acknowledgement',
        frames: IMPACT_ACKNOWLEDGEMENTS[impact][tone],
        basis: `what it costs them: ${impact}`,
      });
    if (emotion) {
      const evidence = customer.emotions
        .find((item) => item.emotion === emotion)
        ?.evidence.slice(0, 2)
        .map((item) => `“${item.text}”`)
        .join(', ');
      candidates.push({
        kind: 'acknowledgement',
        frames: EMOTION_ACKNOWLEDGEMENTS[emotion][tone],
        basis: `they sound ${emotion}${evidence ? ` (${evidence})` : ''}`,
      });
    }
    // The fallback that always fits an upset customer: the topic alone, or nothing at all.
    // Naming the topic again after the situation's own sentence would say the same thing twice.
    if (slots.topic)
      candidates.push({
        kind: 'acknowledgement',
        frames: framesFor(GENERAL_ACKNOWLEDGEMENTS, slots, tone),
        basis: `their problem is about ${slots.topic}`,
        onlyIfNone: true,
      });
    candidates.push({
      kind: 'acknowledgement',
      frames: GENERAL_ACKNOWLEDGEMENTS.withoutTopic[tone],
      basis: 'they are upset',
      onlyIfNone: true,
    });
  }
  return candidates;
}

/** Repeat-contact signals that are about writing to us, not just time passing ("a loyal user for over 20 years"). */
const CONTACT =
  /\b(?:contact|e-?mail|call|messag|writ|wrote|ask|told|tweet|reach|ticket|repl|respon|answer|heard|chat|report|explain|ignored|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|another|multiple|several|many|countless) times?\b)/i;

/** "You've had to chase this" needs them to have written before, not just a problem that came back. */
function contactedBefore(customer: CustomerAnalysis): boolean {
  return customer.stress.some((signal) => signal.kind === 'repeat-contact' && CONTACT.test(signal.text));
}

function reassuranceCandidates(
  customer: CustomerAnalysis,
  detail: ProblemDetail | null,
  slots: Slots,
  tone: Tone,
): Candidate[] {
  const candidates: Candidate[] = [];
  const kind: ProblemKind | null = detail?.kind ?? null;
  if (detail?.situation === 'refund')
    candidates.push({ kind: 'reassurance', frames: REFUND_REASSURANCES[tone], basis: 'they asked for a refund' });
  else if (kind)
    candidates.push({
      kind: 'reassurance',
      frames: framesFor(KIND_REASSURANCES[kind], slots, tone),
      basis: `what you will do about: ${kind.replace(/-/g, ' ')}`,
    });
  if (contactedBefore(customer))
    candidates.push({
      kind: 'reassurance',
      frames: ASKED_BEFORE_REASSURANCES[tone],
      basis: 'they have had to get in touch before',
    });
  if (detail?.impact.includes('deadline'))
    candidates.push({
      kind: 'reassurance',
      frames: DEADLINE_REASSURANCES[tone],
      basis: 'they are up against a deadline',
    });
  candidates.push({ kind: 'reassurance', frames: GENERAL_REASSURANCES[tone], basis: 'that you are on it' });
  return candidates;
}

/** The first variant of each candidate that passes the self-check, up to `limit`, without repeats. */
function pick(
  candidates: readonly Candidate[],
  limit: number,
  spin: number,
  customer: CustomerAnalysis,
  slots: Slots,
  into: Suggestion[],
): void {
  let added = 0;
  const simpler = plainer(slots);
  for (const candidate of candidates) {
    if (added >= limit) return;
    if (candidate.onlyIfNone && added > 0) continue;
    const offered = rotate(candidate.frames, spin)
      .flatMap((frame) => [
        fillFrame(frame, slots),
        ...(simpler && frame.includes('{topic}') ? [fillFrame(frame, simpler)] : []),
      ])
      .find((text) => text !== null && !into.some((item) => item.text === text) && checkSuggestion(text, customer).ok);
    if (offered) {
      into.push({ kind: candidate.kind, text: offered, basis: candidate.basis });
      added += 1;
    }
  }
}

/** The topic to write with: the customer's, or the natural one for the situation ("locked out" → "your account"). */
export function slotsFor(detail: ProblemDetail | null): Slots {
  const own = detail?.topic ? { text: detail.topic, plural: detail.topicPlural } : null;
  const topic = topicToWriteWith(detail?.situation ?? null, own);
  return topic ? { topic: topic.text, plural: topic.plural } : { topic: null, plural: false };
}

/**
 * Suggestions depend only on the customer's analysis (cached per message, so the same object while the agent
 * types), the tone and the seed: computed once per customer message, not on every keystroke.
 */
const suggestionCache = weakCache<CustomerAnalysis, Map<string, Suggestion[]>>('suggestions: by customer analysis');

export function suggest(customer: CustomerAnalysis | null, tone: Tone = 'warm', seed = ''): Suggestion[] {
  if (!customer) return [];
  let byKey = suggestionCache.get(customer);
  if (!byKey) {
    byKey = new Map();
    suggestionCache.set(customer, byKey);
  }
  const key = `${tone}\u0000${seed}`;
  let suggestions = byKey.get(key);
  if (!suggestions) {
    suggestions = composeSuggestions(customer, tone, seed);
    // Long customer messages as seeds must not pile up under one analysis.
    if (byKey.size >= 8) byKey.clear();
    byKey.set(key, suggestions);
  }
  return suggestions;
}

function composeSuggestions(customer: CustomerAnalysis, tone: Tone, seed: string): Suggestion[] {
  const detail = customer.problemDetail;
  const slots = slotsFor(detail);
  const spin = hash(seed);
  const suggestions: Suggestion[] = [];
  const complaint = isComplaint(customer);
  if (!complaint && customer.primaryEmotion === 'grateful') {
    pick(
      [{ kind: 'acknowledgement', frames: GRATITUDE_ACKNOWLEDGEMENTS[tone], basis: 'they are thanking you' }],
      1,
      spin,
      customer,
      slots,
      suggestions,
    );
    return suggestions;
  }
  if (!complaint && !detail) return suggestions;
  // A calm question that is no complaint ("Can I get a refund if I cancel?") has nothing to be sorry about.
  if (complaint)
    pick(
      acknowledgementCandidates(customer, detail, slots, tone),
      customer.upset ? ACKNOWLEDGEMENTS : 1,
      spin,
      customer,
      slots,
      suggestions,
    );
  pick(reassuranceCandidates(customer, detail, slots, tone), REASSURANCES, spin, customer, slots, suggestions);
  return suggestions;
}
