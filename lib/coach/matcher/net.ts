/**
 * Compiles a list of pattern cues into one compromise net (`nlp.buildNet`) and sweeps a sentence with it in one
 * pass. Matches come back with offsets relative to the swept text, so callers can turn them into draft spans.
 */
import nlp from 'compromise/two';
import { weakCache } from '../engine-state';
import type { Sentence, SentenceDoc, Term } from '../text';
import type { Span } from '../types';
import { candidatesFor, type CompiledNet, type InternalTerm, type MatchMethods, type NetEntry } from './sweep';
import { assertMatchablePattern } from './pattern-check';

export interface PatternCue {
  id: string;
  match: string;
}

export interface CueHit<C extends PatternCue> {
  cue: C;
  /** Offsets relative to the start of the swept sentence. */
  start: number;
  end: number;
  text: string;
}

/** compromise's net type is not exported by its typings; this is the opaque value `buildNet` returns. */
export type Net = ReturnType<typeof nlp.buildNet>;

interface SweepableView {
  document: InternalTerm[][];
  methods: { one: MatchMethods };
}

/** A pattern of a net found in a sentence: the sentence's terms it covers, `first` up to (not including) `end`. */
export interface TermMatch {
  entry: NetEntry;
  first: number;
  end: number;
}

/**
 * compromise's word/tag cache per sentence document. Sentence docs are tagged once and never re-tagged (sweeps
 * here do not tag), so the several nets swept over one sentence share one cache.
 */
const documentCaches = weakCache<InternalTerm[][], Array<Set<string>>>('net: word and tag sets by sentence document');

/**
 * Every match of `net` in a sentence doc, in compromise's order: what `doc.sweep(net, { tagger: false })` finds,
 * without the view per match and the offsets of the whole document that sweep's results cost to read. The
 * candidate patterns come from sweep.ts (compromise's order and trimming, plus its pre-filters). Term
 * indices count across the doc's sentences, as `Sentence.terms` does.
 */
export function matchTerms(net: Net, doc: SentenceDoc): TermMatch[] {
  const compiled = net as unknown as CompiledNet;
  const { document, methods } = doc as unknown as SweepableView;
  let caches = documentCaches.get(document);
  if (!caches) {
    caches = methods.one.cacheDoc(document);
    documentCaches.set(document, caches);
  }
  const found: TermMatch[] = [];
  let base = 0;
  for (let n = 0; n < document.length; n += 1) {
    const terms = document[n]!;
    const have = caches[n]!;
    for (const entry of candidatesFor(compiled, terms, have)) {
      for (const [, first, end] of methods.one.match([terms], entry, [have]).ptrs)
        found.push({ entry, first: base + first, end: base + end });
    }
    base += terms.length;
  }
  return found;
}

/**
 * The span of `terms[first..end)` from its first to its last word with text (so surrounding punctuation and
 * contractions' silent terms are left out), less `trailingWords` words of context at the end (one word stays).
 */
export function termSpan(terms: readonly Term[], first: number, end: number, trailingWords = 0): Span | null {
  const words: Term[] = [];
  for (let i = first; i < end && i < terms.length; i += 1) if (terms[i]!.text.length > 0) words.push(terms[i]!);
  const kept = words.slice(0, Math.max(1, words.length - trailingWords));
  const last = kept.at(-1);
  return kept.length > 0 && last && last.end > kept[0]!.start ? { start: kept[0]!.start, end: last.end } : null;
}

export class CueNet<C extends PatternCue> {
  private net: Net | null = null;
  private readonly byId = new Map<string, C>();

  constructor(readonly cues: readonly C[]) {
    for (const cue of cues) {
      if (this.byId.has(cue.id)) throw new Error(`Duplicate cue id "${cue.id}"`);
      assertMatchablePattern(cue.match);
      this.byId.set(cue.id, cue);
    }
  }

  /** Built on first use, so importing the engine stays cheap. */
  private compiled(): Net {
    this.net ??= nlp.buildNet(this.cues.map(({ id, match }) => ({ id, match })));
    return this.net;
  }

  /** The cues found in a sentence, with offsets relative to the sentence, sorted by start (longer first). */
  sweep(sentence: Pick<Sentence, 'doc' | 'terms' | 'start' | 'text'>): Array<CueHit<C>> {
    const hits: Array<CueHit<C>> = [];
    for (const { entry, first, end } of matchTerms(this.compiled(), sentence.doc)) {
      const cue = entry.id === undefined ? undefined : this.byId.get(entry.id);
      const span = cue ? termSpan(sentence.terms, first, end) : null;
      if (!cue || !span) continue;
      const start = span.start - sentence.start;
      const stop = span.end - sentence.start;
      hits.push({ cue, start, end: stop, text: sentence.text.slice(start, stop) });
    }
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}
