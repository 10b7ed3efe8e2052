/**
 * Compiles a list of pattern cues into one compromise net (`nlp.buildNet`) and sweeps a sentence with it in one
 * pass. Matches come back with offsets relative to the swept text, so callers can turn them into draft spans.
 */
import nlp from 'compromise';
import type { SentenceDoc } from '../text';
import { candidatesFor, type CompiledNet, type InternalTerm, type MatchMethods } from './sweep';

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
type Net = ReturnType<typeof nlp.buildNet>;

interface SweepMatch {
  id?: string;
  view: { json(options: { offset: boolean }): Array<{ offset?: { start: number; length: number }; text: string }> };
}

interface SweepableView {
  document: InternalTerm[][];
  methods: { one: MatchMethods };
  update(pointers: Array<[number, number, number]>): SweepMatch['view'];
}

export class CueNet<C extends PatternCue> {
  private net: Net | null = null;
  private readonly byId = new Map<string, C>();

  constructor(readonly cues: readonly C[]) {
    for (const cue of cues) {
      if (this.byId.has(cue.id)) throw new Error(`Duplicate cue id "${cue.id}"`);
      this.byId.set(cue.id, cue);
    }
  }

  /** Built on first use, so importing the engine stays cheap. */
  private compiled(): Net {
    this.net ??= nlp.buildNet(this.cues.map(({ id, match }) => ({ id, match })));
    return this.net;
  }

  /**
   * compromise's `doc.sweep(net)` without tagging, minus the views of the whole document it builds: the candidate
   * patterns come from lexicon/sweep.ts (compromise's order and trimming, plus its word pre-filter), and each
   * gets the sentence's word/tag cache so `match` can skip patterns whose required words are absent.
   */
  private sweepFound(doc: SentenceDoc): SweepMatch[] {
    const net = this.compiled() as unknown as CompiledNet;
    const internal = doc as unknown as SweepableView;
    const { document } = internal;
    const methods = internal.methods.one;
    const caches = methods.cacheDoc(document);
    const found: SweepMatch[] = [];
    for (let n = 0; n < document.length; n += 1) {
      const terms = document[n]!;
      const have = caches[n]!;
      for (const entry of candidatesFor(net, terms, have)) {
        const result = methods.match([terms], entry, [have]);
        for (const ptr of result.ptrs) {
          const first = terms[ptr[1]];
          const pointer: [number, number, number] = first?.index ? [first.index[0], first.index[1], ptr[1] + (ptr[2] - ptr[1])] : [n, ptr[1], ptr[2]];
          found.push({ id: entry.id, view: internal.update([pointer]) });
        }
      }
    }
    return found;
  }

  sweep(doc: SentenceDoc): Array<CueHit<C>> {
    const found = this.sweepFound(doc);
    const hits: Array<CueHit<C>> = [];
    for (const match of found) {
      const cue = match.id === undefined ? undefined : this.byId.get(match.id);
      if (!cue) continue;
      for (const part of match.view.json({ offset: true })) {
        if (!part.offset) continue;
        // compromise's match text carries the last word's trailing punctuation; spans should cover words only.
        const trailing = /[\s.,;:!?…]+$/u.exec(part.text)?.[0].length ?? 0;
        const end = Math.max(part.offset.start, part.offset.start + part.offset.length - trailing);
        hits.push({ cue, start: part.offset.start, end, text: part.text.slice(0, part.text.length - trailing) });
      }
    }
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}
