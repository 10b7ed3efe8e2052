/**
 * What happened to the customer: the typed situations of lexicon/situations.ts found in their sentences, the
 * main one chosen by seriousness, and the impact on them (deadline, money, business, health).
 */
import { CueNet } from '../matcher/net';
import {
  SITUATION_CUES,
  SITUATIONS,
  type SituationCue,
  type SituationId,
  type SituationInfo,
} from '../lexicon/situations';
import type { AnalyzedText, Sentence } from '../text';
import type { ImpactKind, StressSignal } from '../types';

const situationNet = new CueNet(SITUATION_CUES);

export interface SituationHit {
  situation: SituationId;
  info: SituationInfo;
  cue: SituationCue;
  sentence: Sentence;
  /** Offsets in the whole message. */
  start: number;
  end: number;
  text: string;
}

/** "I don't think it was hacked": a negation just before the cue takes the situation back. */
function isDenied(sentence: Sentence, start: number, situation: SituationId): boolean {
  if (situation === 'not-arrived' || situation === 'not-working' || situation === 'how-to') return false;
  const before = sentence.terms.filter((term) => term.end <= start).slice(-3);
  return (
    before.some((term) => term.tags.has('Negative') && !/^(never)$/i.test(term.normal)) &&
    !before.some((term) => /^(but|and)$/.test(term.normal))
  );
}

export function findSituations(text: AnalyzedText): SituationHit[] {
  const hits: SituationHit[] = [];
  for (const sentence of text.sentences) {
    for (const hit of situationNet.sweep(sentence)) {
      const start = sentence.start + hit.start;
      if (isDenied(sentence, start, hit.cue.situation)) continue;
      hits.push({
        situation: hit.cue.situation,
        info: SITUATIONS[hit.cue.situation],
        cue: hit.cue,
        sentence,
        start,
        end: start + hit.text.length,
        text: hit.text,
      });
    }
  }
  return hits;
}

/**
 * The situation the message is about: the most serious one named, with how-to only when nothing went wrong.
 * Among equals the first mention wins (customers lead with the problem).
 */
export function mainSituation(hits: readonly SituationHit[]): SituationHit | null {
  let best: SituationHit | null = null;
  for (const hit of hits) {
    if (!best || hit.info.rank < best.info.rank) best = hit;
  }
  return best;
}

const HEALTH =
  /\b(hospital|hospitali[sz]ed|medical|medicine|medication|doctor|doctors|surgery|health|cancer|chemo|pregnan\w*|disability|wheelchair|insulin|prescription|ambulance|icu|covid|quarantine\w*|seizure|diabet\w*)\b/i;
const MONEY_AT_STAKE =
  /(?:[$€£¥]\s?\d)|\b(?:my money|our money|paid|paying|pay for|waste of money|charged|overcharged|refund|bank account|credit card|debit card)\b/i;

/** The pandemic named in passing ("price gouging during #COVID19") is the world's situation, not their health. */
const PANDEMIC_ONLY = /\b(?:covid|quarantine\w*)\b/i;

/** A hospital, a medication, a health-care job: the customer's health at stake, whatever the problem. */
export function healthAtStake(text: AnalyzedText): boolean {
  const named = text.text.match(new RegExp(HEALTH.source, 'gi')) ?? [];
  return named.some((word) => !PANDEMIC_ONLY.test(word));
}

/** What the problem costs the customer, from the stress signals and the situation. */
export function readImpact(
  text: AnalyzedText,
  stress: readonly StressSignal[],
  main: SituationHit | null,
): ImpactKind[] {
  const impact = new Set<ImpactKind>(main?.info.impact ?? []);
  if (stress.some((signal) => signal.kind === 'deadline' && !/^(today|now|tonight)$/i.test(signal.text.trim())))
    impact.add('deadline');
  if (stress.some((signal) => signal.kind === 'business-impact')) impact.add('business');
  if (main && main.info.kind !== 'how-to' && MONEY_AT_STAKE.test(text.text)) impact.add('money');
  if (healthAtStake(text)) impact.add('health');
  const order: readonly ImpactKind[] = ['deadline', 'money', 'business', 'health'];
  return order.filter((kind) => impact.has(kind));
}
