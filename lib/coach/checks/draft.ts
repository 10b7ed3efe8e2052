/**
 * What the checks read from the draft: for each sentence, the cue hits of lib/coach/lexicon/draft-cues.ts and
 * its content-word stems. Both are cached by sentence text, so after a keystroke only the edited sentence is
 * swept again; the checks themselves only aggregate these small records.
 */
import { DRAFT_CUES, type DraftCue, type DraftCueKind } from '../lexicon/draft-cues';
import { CueNet, type CueHit } from '../lexicon/net';
import { contentStems } from '../lexicon/words';
import { LruCache, type AnalysedText, type Sentence } from '../text';
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
}

export interface DraftSentence {
  sentence: Sentence;
  features: SentenceFeatures;
}

export interface DraftView {
  text: AnalysedText;
  sentences: DraftSentence[];
}

const net = new CueNet(DRAFT_CUES);
const cache = new LruCache<string, SentenceFeatures>(4000);
const QUESTION_OPENING = /^(how|what|why|when|where|who|whom|which|whose|do|does|did|have|has|had|are|is|was|were|can|could|would|will|should|shall|may|might|am)\b/i;

function computeFeatures(sentence: Sentence): SentenceFeatures {
  const trimmed = sentence.text.trim();
  const firstWord = trimmed.replace(/^[^\p{L}]+/u, '');
  return {
    cues: net.sweep(sentence.doc),
    stems: contentStems(sentence.terms),
    question: /\?[\s"'”’)]*$/.test(trimmed),
    asks: QUESTION_OPENING.test(firstWord),
    secondPerson: sentence.terms.some((term) => /^(you|your|yours|yourself)$/.test(term.normal) || /^you['’]/i.test(term.text)),
  };
}

export function featuresOf(sentence: Sentence): SentenceFeatures {
  const cached = cache.get(sentence.text);
  if (cached) return cached;
  const features = computeFeatures(sentence);
  cache.set(sentence.text, features);
  return features;
}

export function viewDraft(text: AnalysedText): DraftView {
  return { text, sentences: text.sentences.map((sentence) => ({ sentence, features: featuresOf(sentence) })) };
}

/** Cue hits of the given kinds as draft spans. */
export function cueSpans(view: DraftView, kinds: readonly DraftCueKind[], sentences: readonly DraftSentence[] = view.sentences): Array<Span & { id: string; kind: DraftCueKind; sentence: number }> {
  const spans: Array<Span & { id: string; kind: DraftCueKind; sentence: number }> = [];
  for (const { sentence, features } of sentences) {
    for (const hit of features.cues) {
      if (kinds.includes(hit.cue.kind)) spans.push({ start: sentence.start + hit.start, end: sentence.start + hit.end, id: hit.cue.id, kind: hit.cue.kind, sentence: sentence.index });
    }
  }
  return spans;
}

export function clearDraftCache(): void {
  cache.clear();
}
