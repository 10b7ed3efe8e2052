/**
 * What the checks read from the draft: for each sentence, the cue hits of lib/coach/lexicon/draft-cues.ts and
 * its content-word stems. Both are cached by sentence text, so after a keystroke only the edited sentence is
 * swept again; the checks themselves only aggregate these small records.
 */
import { DRAFT_CUES, type DraftCue, type DraftCueKind } from '../lexicon/draft-cues';
import { CueNet, type CueHit } from '../matcher/net';
import { valence } from '../lexicon/sentiment';
import { contentStems, stem } from '../lexicon/words';
import { boundedCache, weakCache } from '../engine-state';
import type { AnalyzedText, Sentence } from '../text';
import type { Span } from '../types';

export interface SentenceFeatures {
  /** Cue hits, offsets relative to the sentence. */
  cues: ReadonlyArray<CueHit<DraftCue>>;
  stems: readonly string[];
  /** Ends with a question mark. */
  question: boolean;
  /** Opens like a question ("How…", "Do you…"), whatever its punctuation. */
  asks: boolean;
  /** Talks to the customer ("you", "your"). */
  secondPerson: boolean;
  /**
   * Praise addressed to the customer: a statement to "you" with clearly positive words (AFINN-165), that is not
   * a pleasantry, a question or a proposal — "That's a very thoughtful thing for you to do".
   */
  praise: boolean;
}

export interface DraftSentence {
  sentence: Sentence;
  features: SentenceFeatures;
}

export interface DraftView {
  text: AnalyzedText;
  sentences: DraftSentence[];
}

const net = new CueNet(DRAFT_CUES);
const cache = boundedCache<string, SentenceFeatures>('draft: sentence features', 4000);
/** Interjections and fillers before the real opening of a sentence ("Well, …", "Oh no, …", "Hello there, …"). */
const LEAD_IN =
  /^(?:(?:well|oh|ok|okay|so|and|but|yes|yeah|yep|no|hmm|hi|hello|hey|there|good|great|also|then|now|anyway|however|i see|oh no|oh good|sure|right)\b[\s,.!-]*)+/i;
const QUESTION_OPENING =
  /^(how|what|why|when|where|who|whom|which|whose|do|does|did|have|has|had|are|is|was|were|can|could|would|will|should|shall|may|might|am|anything|any|is there|are there)\b/i;
/** Subject–auxiliary inversion or a question word before a verb, anywhere: "…, why are you stressed?". */
const QUESTION_INSIDE =
  /\b(?:(?:do|does|did|have|has|had|can|could|would|will|should|is|are|was|were|may|might|shall)\s+(?:you|u|i|we|they|he|she|it|there|your|this|that|anyone|anything)|(?:what|why|how|when|where|who|which)(?:'d|'s|\s+(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|should|you|u|about|many|much|long|often|else)))\b/i;

/** Applies a cue's context conditions that match syntax cannot express (see DraftCue.notAfter / pauseAfter). */
function cueHolds(sentence: Sentence, hit: CueHit<DraftCue>): boolean {
  const { notAfter, pauseAfter } = hit.cue;
  if (notAfter) {
    const before = sentence.terms.filter((term) => term.text && term.end <= sentence.start + hit.start).at(-1);
    if (before && notAfter.includes(before.normal)) return false;
  }
  if (pauseAfter) {
    const rest = sentence.text.slice(hit.end);
    if (!/^\s*([,.;:!?…—–-]|$)/.test(rest)) return false;
  }
  return true;
}

/** Ritual words: "Thank you, have a great day!" is courtesy, not praise. */
const RITUAL = new Set([
  'thank',
  'thanks',
  'welcome',
  'day',
  'night',
  'weekend',
  'christmas',
  'holiday',
  'holidays',
  'luck',
  'bye',
  'hello',
  'hi',
  'morning',
  'evening',
  'year',
  'glad',
  'hope',
  'wish',
  'please',
  'help',
]);
const PROPOSAL =
  /\b(you|u) (could|should|might|may|need to|have to|must) |\b(i|we) (would|recommend|suggest|advise)\b|^(try|maybe|perhaps|consider|have you|why not|how about)\b/i;
const PRAISE_VALENCE = 4;

function isPraise(sentence: Sentence, secondPerson: boolean, question: boolean, opening: string): boolean {
  if (!secondPerson || question || PROPOSAL.test(opening)) return false;
  let positive = 0;
  for (const term of sentence.terms) {
    if (RITUAL.has(term.normal)) return false;
    positive += valence(term.normal) ?? 0;
  }
  return positive >= PRAISE_VALENCE;
}

function computeFeatures(sentence: Sentence): SentenceFeatures {
  const trimmed = sentence.text.trim();
  const opening = trimmed.replace(/^[^\p{L}]+/u, '').replace(LEAD_IN, '');
  const secondPerson = sentence.terms.some(
    (term) => /^(you|your|yours|yourself|u)$/.test(term.normal) || /^you['’]/i.test(term.text),
  );
  const question = /\?[\s"'”’)]*$/.test(trimmed);
  return {
    praise: isPraise(sentence, secondPerson, question, opening),
    cues: net.sweep(sentence).filter((hit) => cueHolds(sentence, hit)),
    stems: contentStems(sentence.terms),
    question,
    asks: QUESTION_OPENING.test(opening) || QUESTION_INSIDE.test(trimmed.replace(/’/g, "'")),
    secondPerson,
  };
}

export function featuresOf(sentence: Sentence): SentenceFeatures {
  const cached = cache.get(sentence.text);
  if (cached) return cached;
  const features = computeFeatures(sentence);
  cache.set(sentence.text, features);
  return features;
}

export function viewDraft(text: AnalyzedText): DraftView {
  return { text, sentences: text.sentences.map((sentence) => ({ sentence, features: featuresOf(sentence) })) };
}

/** Cue hits of the given kinds as draft spans. */
export function cueSpans(
  view: DraftView,
  kinds: readonly DraftCueKind[],
  sentences: readonly DraftSentence[] = view.sentences,
): Array<Span & { id: string; kind: DraftCueKind; sentence: number }> {
  const spans: Array<Span & { id: string; kind: DraftCueKind; sentence: number }> = [];
  for (const { sentence, features } of sentences) {
    for (const hit of features.cues) {
      if (kinds.includes(hit.cue.kind))
        spans.push({
          start: sentence.start + hit.start,
          end: sentence.start + hit.end,
          id: hit.cue.id,
          kind: hit.cue.kind,
          sentence: sentence.index,
        });
    }
  }
  return spans;
}

/** What an apology may name without naming anything: "sorry to hear that", "sorry for any inconvenience". */
const EMPTY_APOLOGY_OBJECTS = new Set(
  [
    'hear',
    'inconvenience',
    'cause',
    'caused',
    'trouble',
    'issue',
    'issues',
    'problem',
    'problems',
    'situation',
    'experience',
    'any',
  ].map(stem),
);

/** An apology counts as acknowledgement only when it names the problem or feeling it is sorry for. */
function namesSomething(entry: DraftSentence, hit: CueHit<DraftCue>): boolean {
  // Hits live in the sentence's cached features and the answer depends only on the sentence text: cache it on the hit.
  const known = namesCache.get(hit);
  if (known !== undefined) return known;
  const after = entry.sentence.terms.filter((term) => term.start >= entry.sentence.start + hit.end);
  const names = contentStems(after).some((word) => !EMPTY_APOLOGY_OBJECTS.has(word));
  namesCache.set(hit, names);
  return names;
}
const namesCache = weakCache<CueHit<DraftCue>, boolean>('draft: cue hits that name the customer');

/**
 * Acknowledging or reassuring cue hits, as draft spans. Hits inside a question that opens like one ("Can you
 * tell me what you feel?") ask rather than acknowledge, and apologies must name what they are sorry for.
 */
export function supportSpans(
  view: DraftView,
  kinds: readonly DraftCueKind[],
): Array<Span & { id: string; kind: DraftCueKind; sentence: number }> {
  const spans: Array<Span & { id: string; kind: DraftCueKind; sentence: number }> = [];
  for (const entry of view.sentences) {
    if (entry.features.question && entry.features.asks) continue;
    for (const hit of entry.features.cues) {
      if (!kinds.includes(hit.cue.kind)) continue;
      if (hit.cue.kind === 'apology' && !namesSomething(entry, hit)) continue;
      spans.push({
        start: entry.sentence.start + hit.start,
        end: entry.sentence.start + hit.end,
        id: hit.cue.id,
        kind: hit.cue.kind,
        sentence: entry.sentence.index,
      });
    }
  }
  return spans;
}
