/**
 * Suggested acknowledgement and reassurance sentences, written from what this customer said: their strongest
 * emotion, their problem ("your export failed again"), and the pressure on them ("with your board meeting
 * tomorrow"). Several variants per kind, rotated by the message so two customers don't get the same opener.
 */
import type { CustomerAnalysis, Suggestion, Tone } from '../types';
import { ACKNOWLEDGEMENT_FRAMES, REASSURANCE_FRAMES, type ReassuranceFrame } from './phrasings';

const FLIP: Readonly<Record<string, string>> = { i: 'you', me: 'you', my: 'your', we: 'you', us: 'you', our: 'your', mine: 'yours', ours: 'yours', "i'm": "you're", am: 'are' };
const ACKNOWLEDGEMENTS = 3;
const REASSURANCES = 2;

/** "before my flight on Friday" → "before your flight on Friday". */
export function toSecondPerson(phrase: string): string {
  return phrase.replace(/\b(i'm|i|me|my|mine|we|us|our|ours|am)\b/gi, (word) => FLIP[word.toLowerCase()] ?? word);
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

/** The deadline the customer named, as a phrase that fits after "fixed": "before your flight on Friday". */
function deadlinePhrase(customer: CustomerAnalysis): string | null {
  const signal = customer.stress.find((item) => item.kind === 'deadline' && /^(by|before|in time for|tomorrow|tonight|today|this)\b/i.test(item.text));
  if (!signal) return null;
  const phrase = toSecondPerson(signal.text.trim().replace(/[.!?,]+$/, ''));
  return /^(tomorrow|tonight|today|this)\b/i.test(phrase) ? `by ${phrase}`.replace(/^by (this|today|tonight)/i, '$1') : phrase;
}

/** ", with your board meeting tomorrow" — the pressure on the customer, when they named it. */
function contextPhrase(customer: CustomerAnalysis, problem: string | null): string {
  const deadline = deadlinePhrase(customer);
  if (deadline && !(problem && problem.includes(deadline))) {
    return /^before /i.test(deadline) ? `, right ${deadline}` : `, when you need it ${deadline}`;
  }
  const business = customer.stress.find((item) => item.kind === 'business-impact');
  if (business) return `, with ${toSecondPerson(business.text.trim())} affected`;
  return '';
}

/** The thing that is broken, for "until … is working again": the problem's first noun phrase. */
function subjectOf(problem: string | null): string | null {
  if (!problem) return null;
  const match = /^((?:your|the|this|that)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|are|was|were|has|have|keeps|kept|won't|doesn't|didn't|isn't|failed|fails|stopped|crashed|crashes|broke|froze|disappeared|never|still|can't|will not|does not|did not)\b/i.exec(problem);
  return match ? match[1]! : null;
}

function fill(frame: string, slots: Readonly<Record<string, string | null>>): string | null {
  let missing = false;
  const text = frame.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const value = slots[slot];
    if (value === null || value === undefined) {
      missing = true;
      return '';
    }
    return value;
  });
  return missing ? null : text.replace(/\s+([,.;:!?])/g, '$1').replace(/\s{2,}/g, ' ').trim();
}

function situations(customer: CustomerAnalysis): Set<ReassuranceFrame['when']> {
  const found = new Set<ReassuranceFrame['when']>(['any']);
  for (const signal of customer.stress) {
    if (signal.kind === 'deadline') found.add('deadline');
    if (signal.kind === 'repeat-contact') found.add('repeat-contact');
    if (signal.kind === 'money') found.add('money');
  }
  if (customer.emotions.some((reading) => reading.emotion === 'anxious')) found.add('anxious');
  return found;
}

/**
 * Suggestions depend only on the customer's analysis (cached per message, so the same object while the agent
 * types), the tone and the seed: computed once per customer message, not on every keystroke.
 */
const suggestionCache = new WeakMap<CustomerAnalysis, Map<string, Suggestion[]>>();

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
  const problem = customer.problem;
  const emotion = customer.primaryEmotion ?? 'neutral';
  const feeling = customer.emotions.find((reading) => reading.emotion === emotion);
  const slots = {
    problem,
    context: contextPhrase(customer, problem),
    name: customer.name ? `, ${customer.name}` : '',
    deadline: deadlinePhrase(customer),
    subject: subjectOf(problem),
  };
  const spin = hash(seed);
  const suggestions: Suggestion[] = [];
  const basisParts = [
    feeling ? `they sound ${emotion} (${feeling.evidence.slice(0, 2).map((item) => `“${item.text}”`).join(', ')})` : null,
    problem ? `their problem: ${problem}` : null,
    slots.context ? `the pressure they mentioned${slots.context}` : null,
  ].filter(Boolean);
  const frames = ACKNOWLEDGEMENT_FRAMES[emotion][tone];
  const fallback = emotion === 'grateful' ? [] : ACKNOWLEDGEMENT_FRAMES.neutral[tone];
  for (const frame of [...rotate(frames, spin), ...fallback]) {
    if (suggestions.length >= ACKNOWLEDGEMENTS) break;
    const text = fill(frame, slots);
    if (text && !suggestions.some((item) => item.text === text)) suggestions.push({ kind: 'acknowledgement', text: capitalise(text), basis: basisParts.join('; ') || 'a neutral acknowledgement' });
  }
  if (emotion === 'grateful' && customer.distress < 0.3) return suggestions;
  const present = situations(customer);
  const reassurances = REASSURANCE_FRAMES[tone].filter((frame) => present.has(frame.when));
  const specific = reassurances.filter((frame) => frame.when !== 'any');
  const general = rotate(reassurances.filter((frame) => frame.when === 'any'), spin);
  let added = 0;
  for (const frame of [...specific, ...general]) {
    if (added >= REASSURANCES) break;
    const text = fill(frame.frame, slots);
    if (!text) continue;
    suggestions.push({ kind: 'reassurance', text: capitalise(text), basis: frame.when === 'any' ? 'confidence that it will be resolved' : `they mentioned ${frame.when.replace('-', ' ')}` });
    added += 1;
  }
  return suggestions;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
