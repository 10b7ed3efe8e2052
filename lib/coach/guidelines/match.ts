/**
 * Finding a guideline phrase in a draft. Literal phrases match case-insensitively on word boundaries, with any
 * run of spaces between words and either apostrophe; match phrases use compromise match syntax on each
 * sentence. The regular expressions here are built by us from escaped literal text — never from user input.
 */
import nlp from 'compromise/two';
import { boundedCache } from '../engine-state';
import { withChunks, type AnalyzedText } from '../text';
import type { Phrase, Span } from '../types';
import { viewSpans } from '../rules/phrases';

const literalPatterns = boundedCache<string, RegExp>('guidelines: literal patterns', 5000);
type ParsedMatch = ReturnType<typeof nlp.parseMatch>;
const parsedMatches = boundedCache<string, ParsedMatch>('guidelines: parsed matches', 5000);

function escapeLiteral(text: string): string {
  // Only syntax characters may be escaped in a Unicode-mode pattern ("\\-" is an error there).
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, (char) => `\\${char}`);
}

/** A word-bounded, case-insensitive pattern for a literal phrase. */
export function literalPattern(phrase: string): RegExp {
  const cached = literalPatterns.get(phrase);
  if (cached) return cached;
  const body = phrase
    .trim()
    .split(/\s+/u)
    .map((word) => escapeLiteral(word).replace(/['’]/gu, "['’]"))
    .join('\\s+');
  // Word boundaries only where the phrase itself starts or ends with a word character ("C++" ends with "+").
  const lead = /^[\p{L}\p{N}_]/u.test(phrase.trim()) ? '(?<![\\p{L}\\p{N}_])' : '';
  const trail = /[\p{L}\p{N}_]$/u.test(phrase.trim()) ? '(?![\\p{L}\\p{N}_])' : '';
  const pattern = new RegExp(`${lead}${body}${trail}`, 'giu');
  literalPatterns.set(phrase, pattern);
  return pattern;
}

function parsedMatch(match: string): ParsedMatch {
  let parsed = parsedMatches.get(match);
  if (!parsed) {
    parsed = nlp.parseMatch(match);
    parsedMatches.set(match, parsed);
  }
  return parsed;
}

interface ChunkReg {
  chunk?: string;
  choices?: ChunkReg[][];
}

/** Whether a parsed pattern reads compromise's chunks (`<Noun>`), which sentences get only when asked for. */
function readsChunks(regs: readonly ChunkReg[]): boolean {
  return regs.some((reg) => reg.chunk !== undefined || (reg.choices?.some(readsChunks) ?? false));
}

/**
 * Every place a phrase occurs in the draft, sorted, in UTF-16 offsets of the draft. A match phrase runs sentence
 * by sentence; `clock` (the pack's time budget) is checked between sentences and may throw to stop the pack.
 */
export function findPhrase(text: AnalyzedText, phrase: Phrase, clock?: { check(): void }): Span[] {
  const spans: Span[] = [];
  if (typeof phrase === 'string') {
    const pattern = literalPattern(phrase);
    pattern.lastIndex = 0;
    for (const found of text.text.matchAll(pattern))
      spans.push({ start: found.index, end: found.index + found[0].length });
    return spans;
  }
  const parsed = parsedMatch(phrase.match);
  const chunks = readsChunks(parsed as unknown as ChunkReg[]);
  for (const sentence of text.sentences) {
    clock?.check();
    const doc = chunks ? withChunks(sentence.doc) : sentence.doc;
    for (const span of viewSpans(doc.match(parsed))) {
      spans.push({ start: span.start + sentence.start, end: span.end + sentence.start });
    }
  }
  return spans;
}

/** Whether a phrase occurs inside a span of the draft. */
export function phraseWithin(text: AnalyzedText, phrase: Phrase, region: Span, clock?: { check(): void }): boolean {
  return findPhrase(text, phrase, clock).some((span) => span.start >= region.start && span.end <= region.end);
}
