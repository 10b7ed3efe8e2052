/**
 * Text the customer reports rather than says: an error message after "Error:", words in quotation marks ("it says
 * ‘coming soon’", a CEO quoted in the news). It is the system's or someone else's voice, so its imperatives ("Give
 * it some time and try connecting later"), capitals ("GTA ONLINE could not be downloaded") and sad words ("Some may
 * even die") say nothing about how the customer presses or feels.
 */
import { weakCache } from '../engine-state';
import type { AnalyzedText } from '../text';
import type { Span } from '../types';

/** A label that introduces reported text up to the end of its paragraph: "Error:", "the message says:". */
const LABEL = /\b(?:error(?: message| code)?|message|notification|warning|prompt|pop ?up|says|said|reads)\s*:\s*/giu;
/** Paired double quotes around at least two words (one quoted word is the customer's own emphasis: i "cant" play). */
const DOUBLE = /["“„]([^"“”„\n]*\s[^"“”„\n]*)["”“]/gu;
/** Paired single curly quotes around at least two words; a ’ inside a word is an apostrophe ("don’t"), not a close. */
const SINGLE = /(?<!\p{L})‘((?:[^‘’\n]|’(?=\p{L}))*\s(?:[^‘’\n]|’(?=\p{L}))*)’(?!\p{L})/gu;

/** Read once per message: both the stress reader and the valence count ask. */
const spansByText = weakCache<AnalyzedText, Span[]>('reported text: by analysed message');

export function reportedSpans(text: AnalyzedText): Span[] {
  const cached = spansByText.get(text);
  if (cached) return cached;
  const spans: Span[] = [];
  for (const pattern of [DOUBLE, SINGLE]) {
    for (const match of text.text.matchAll(pattern)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of text.text.matchAll(LABEL)) {
    const start = match.index + match[0].length;
    const paragraph = text.paragraphs.find((candidate) => start >= candidate.start && start <= candidate.end);
    spans.push({ start, end: paragraph?.end ?? text.text.length });
  }
  spansByText.set(text, spans);
  return spans;
}

export const insideAny = (spans: readonly Span[], offset: number): boolean =>
  spans.some((span) => offset >= span.start && offset < span.end);
