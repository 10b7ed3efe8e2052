/** Stress signals in the customer's message: shouting, "!!!", repeat contact, deadlines, money, business, leaving. */
import { valence } from '../lexicon/sentiment';
import { CUSTOMER_CUES, type CustomerCue } from '../lexicon/customer-cues';
import type { CueHit } from '../lexicon/net';
import type { AnalysedText } from '../text';
import type { StressSignal } from '../types';

const REPEATED_PUNCTUATION = /[!?]{2,}|[!?](?:\s*[!?]){2,}/g;

/** Runs of capitalised words that are not acronyms: "THIS IS RIDICULOUS", "NEVER". */
function shouting(text: AnalysedText): StressSignal[] {
  const signals: StressSignal[] = [];
  for (const sentence of text.sentences) {
    let run: Array<{ start: number; end: number; letters: number }> = [];
    const flush = (): void => {
      const letters = run.reduce((sum, word) => sum + word.letters, 0);
      if (run.length >= 2 || letters >= 4) {
        const start = run[0]!.start;
        const end = run[run.length - 1]!.end;
        signals.push({ kind: 'shouting', text: text.text.slice(start, end), span: { start, end } });
      }
      run = [];
    };
    for (const term of sentence.terms) {
      const letters = term.text.replace(/[^\p{L}]/gu, '');
      const capitals = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
      // A lone short capitalised word is usually an acronym ("PDF", "API"); inside a run it is shouting.
      const acronym = term.tags.has('Acronym') || term.tags.has('TechTerm') || (letters.length <= 3 && run.length === 0);
      if (capitals && !acronym) run.push({ start: term.start, end: term.end, letters: letters.length });
      else if (term.text.length > 0) flush();
    }
    flush();
  }
  return signals;
}

function repeatedPunctuation(text: AnalysedText): StressSignal[] {
  return [...text.text.matchAll(REPEATED_PUNCTUATION)].map((match) => ({
    kind: 'repeated-punctuation' as const,
    text: match[0],
    span: { start: match.index, end: match.index + match[0].length },
  }));
}

/** "My team is really happy" names the team but puts nothing at stake: business impact needs a negative sentence. */
function isNegative(text: AnalysedText, sentenceStart: number): boolean {
  const sentence = text.sentences.find((candidate) => candidate.start === sentenceStart);
  return sentence?.terms.some((term) => term.tags.has('Negative') || (valence(term.normal) ?? 0) < 0) ?? false;
}

/** Stress signals from pattern hits already swept over the customer's sentences. */
export function readStress(text: AnalysedText, hits: ReadonlyArray<CueHit<CustomerCue> & { sentenceStart: number }>): StressSignal[] {
  const signals: StressSignal[] = [...shouting(text), ...repeatedPunctuation(text)];
  for (const hit of hits) {
    const kind = hit.cue.kind;
    if (kind === 'implicit-question' || kind === 'problem') continue;
    if (kind === 'business-impact' && !isNegative(text, hit.sentenceStart)) continue;
    const start = hit.sentenceStart + hit.start;
    const end = hit.sentenceStart + hit.end;
    if (signals.some((signal) => signal.kind === kind && signal.span.start <= start && signal.span.end >= end)) continue;
    signals.push({ kind, text: text.text.slice(start, end), span: { start, end } });
  }
  return signals.sort((a, b) => a.span.start - b.span.start);
}

export const STRESS_CUES = CUSTOMER_CUES;
