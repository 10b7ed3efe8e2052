/**
 * Phrase lists as data. A rule lists phrases in compromise match syntax (`we (can not|will not)`, `just #Infinitive`)
 * with a reason and optional replacements; `compilePhrases` builds them once into one compromise net and sweeps a
 * sentence in a single pass, the way compromise runs its own match rules.
 */
import nlp from 'compromise/two';
import { weakCache } from '../engine-state';
import type { Span } from '../types';
import { matchTerms, termSpan, type Net, type TermMatch } from '../matcher/net';
import type { RuleHit, SentenceInput } from './types';
import { assertMatchablePattern } from '../matcher/pattern-check';

export interface PhraseEntry {
  /** compromise match syntax, matched against one sentence. */
  match: string;
  /** What is wrong with this phrase (the finding's reason). */
  reason: string;
  /** Safe replacements for the whole matched text; absent: no automatic fix. */
  expected?: string[];
  /** A phrase-specific explanation, when the rule's `why` does not fit. */
  why?: string;
  /** Words at the end of the pattern that must follow but are not part of the finding ("you should have [done]"). */
  context?: number;
}

const CONTRACTION = /\w['’](t|s|re|m|ve|ll|d)\b/iu;

/** Any compromise view: all we need is its JSON with offsets. */
interface JsonView {
  json: (options: object) => unknown;
}

interface OffsetTermJson {
  text: string;
  offset?: { start: number; length: number };
}

/**
 * The span a compromise view covers, from its first to its last non-empty term (so surrounding punctuation and
 * contractions' implicit terms are excluded). Offsets are relative to the document the view belongs to.
 */
export function viewSpans(view: JsonView, trailingContext = 0): Span[] {
  const json = view.json({ offset: true, terms: { offset: true } }) as Array<{ terms?: OffsetTermJson[] }>;
  const spans: Span[] = [];
  for (const match of json) {
    let start = -1;
    let end = -1;
    const words = (match.terms ?? []).filter((term) => term.offset && term.offset.length > 0);
    for (const term of words.slice(0, Math.max(1, words.length - trailingContext))) {
      if (!term.offset) continue;
      if (start < 0) start = term.offset.start;
      end = term.offset.start + term.offset.length;
    }
    if (start >= 0 && end > start) spans.push({ start, end });
  }
  return spans;
}

/**
 * Gives a replacement the capitalisation of the text it replaces: "Kindly" → "Please". Text in capitals is
 * an abbreviation ("ASAP") or shouting, and its replacement stays as written.
 */
export function matchCase(replacement: string, actual: string): string {
  if (replacement.length === 0) return replacement;
  const letters = actual.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement;
  const first = actual.charAt(0);
  const startsUpper = first !== first.toLowerCase() && first === first.toUpperCase();
  return startsUpper ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

export type PhraseMatcher = (sentence: SentenceInput) => RuleHit[];

/**
 * Every phrase list of every rule shares one compromise net, so a sentence is swept once for all of them
 * (sweeping once per rule allocated a view per rule and sentence, and the garbage collector made that cost
 * several times the matching itself). The net is rebuilt when a new list is compiled.
 */
const phraseLists: Array<ReadonlyMap<string, PhraseEntry>> = [];
let sharedNet: Net | undefined;
/** Per sentence doc (shared through the text cache), the terms each pattern matched, from one sweep. */
const sweeps = weakCache<object, Map<string, TermMatch[]>>('phrases: sweeps by sentence document');

function sharedSweep(doc: SentenceInput['doc']): Map<string, TermMatch[]> {
  let byMatch = sweeps.get(doc);
  if (byMatch) return byMatch;
  sharedNet ??= nlp.buildNet([...new Set(phraseLists.flatMap((list) => [...list.keys()]))].map((match) => ({ match })));
  byMatch = new Map();
  for (const found of matchTerms(sharedNet, doc)) {
    const matches = byMatch.get(found.entry.match);
    if (matches) matches.push(found);
    else byMatch.set(found.entry.match, [found]);
  }
  sweeps.set(doc, byMatch);
  return byMatch;
}

/** Compiles phrase entries into a matcher; all matchers share one net and one sweep per sentence. */
export function compilePhrases(entries: readonly PhraseEntry[]): PhraseMatcher {
  const byMatch = new Map<string, PhraseEntry>();
  for (const entry of entries) {
    if (byMatch.has(entry.match)) throw new Error(`Duplicate phrase pattern "${entry.match}"`);
    // compromise expands contractions before matching: "it is" matches "it's" and "it is", but "it's" inside an
    // alternation matches nothing. Requiring the expanded form keeps every pattern matching both spellings.
    if (CONTRACTION.test(entry.match))
      throw new Error(`Write "${entry.match}" without contractions (e.g. "it is", "can not")`);
    assertMatchablePattern(entry.match);
    byMatch.set(entry.match, entry);
  }
  phraseLists.push(byMatch);
  sharedNet = undefined;
  sweeps.clear();
  return (sentence) => {
    const found = sharedSweep(sentence.doc);
    const hits: RuleHit[] = [];
    for (const [match, entry] of byMatch) {
      for (const { first, end } of found.get(match) ?? []) {
        const span = termSpan(sentence.terms, first, end, entry.context ?? 0);
        if (span) {
          const actual = sentence.text.slice(span.start, span.end);
          hits.push({
            ...span,
            reason: entry.reason.replaceAll('%s', actual),
            expected: (entry.expected ?? []).map((replacement) => matchCase(replacement, actual)),
            ...(entry.why ? { why: entry.why } : {}),
          });
        }
      }
    }
    return hits;
  };
}
