/**
 * The analysed text every rule and check reads: paragraphs → sentences → terms, with UTF-16 offsets into the
 * original string. compromise tags each sentence on its own, and results are cached by text, so after a
 * one-character edit only the paragraph and sentence that changed are split and tagged again.
 */
import nlp from 'compromise/two';
import { installCompromisePatches } from './compromise-setup';
import { boundedCache, registerCache, weakCache } from './engine-state';
import type { Span } from './types';

/** compromise's own lexicon: each word's tag (or tags) as listed, before any sentence is read. */
export const LEXICON = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } })
  .model.one.lexicon;

installCompromisePatches();

/** Chunks for a document that asks (compromise no longer computes them on construction: compromise-setup.ts). */
const chunked = weakCache<SentenceDoc, true>('text: documents with chunks');
export function withChunks(doc: SentenceDoc): SentenceDoc {
  if (!chunked.has(doc)) {
    doc.compute('chunks');
    chunked.set(doc, true);
  }
  return doc;
}

/** A compromise document for one sentence; its offsets are relative to the sentence start. */
export type SentenceDoc = ReturnType<typeof nlp>;

export interface Term extends Span {
  text: string;
  /** compromise's normal form: lower case, no punctuation, contractions and unicode folded. */
  normal: string;
  tags: ReadonlySet<string>;
  pre: string;
  post: string;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  text: string;
  terms: Term[];
  /** The tagged compromise document for this sentence alone (offsets relative to `start`). */
  doc: SentenceDoc;
}

export interface AnalyzedText {
  text: string;
  paragraphs: Span[];
  sentences: Sentence[];
  words: number;
}

interface TaggedSentence {
  doc: SentenceDoc;
  /** Terms with offsets relative to the sentence. */
  terms: Term[];
}

const sentenceCache = boundedCache<string, TaggedSentence>('text: tagged sentences', 4000);
const paragraphCache = boundedCache<string, Span[]>('text: sentence spans by paragraph', 1000);

/** A term of compromise's internal document: the fields read here. */
interface CompromiseTerm {
  text: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags?: ReadonlySet<string>;
}
type CompromiseDocument = CompromiseTerm[][];
const NO_TAGS: ReadonlySet<string> = new Set();

interface CompromiseWorld {
  hooks: string[];
  methods: { one: { tokenize: { fromString(text: string, world: CompromiseWorld): CompromiseDocument } } };
}
type ViewConstructor = new (document: CompromiseDocument) => SentenceDoc;

const world = nlp.world() as unknown as CompromiseWorld;
/** compromise's View class (not exported by name): what `nlp(text)` returns an instance of. */
const View = nlp('').constructor as unknown as ViewConstructor;

/**
 * Places compromise's terms on the sentence text by searching for each term's text from where the previous one
 * ended. compromise's own offsets drift after control characters, bidi marks and ZWJ emoji; searching keeps
 * `text.slice(start, end) === term.text` true whatever the input.
 */
function placeTerms(text: string, document: CompromiseDocument): Term[] {
  const terms: Term[] = [];
  let cursor = 0;
  for (const sentence of document) {
    for (const term of sentence) {
      const found = term.text.length > 0 ? text.indexOf(term.text, cursor) : -1;
      const start = found >= 0 ? found : Math.min(cursor, text.length);
      const end = found >= 0 ? found + term.text.length : start;
      cursor = end;
      terms.push({
        text: text.slice(start, end),
        normal: term.normal ?? term.text.toLowerCase(),
        // compromise's own set: a sentence document is never tagged again once cached.
        tags: term.tags ?? NO_TAGS,
        pre: term.pre ?? '',
        post: term.post ?? '',
        start,
        end,
      });
    }
  }
  return terms;
}

function taggedOf(text: string, document: CompromiseDocument): TaggedSentence {
  const doc = new View(document);
  // Term indices ([sentence, term]) must count within this sentence's own document, as `nlp(text)` would give.
  doc.compute('index');
  return { doc, terms: placeTerms(text, document) };
}

/**
 * Tags sentences that are not cached, in one compromise pass: each is tokenized on its own (so it is split and
 * tagged exactly as `nlp(sentence)` would — compromise tags each of its sentences without looking at the others,
 * `tests/coach/core/incremental.test.ts` checks the tags agree), then all are tagged as one document, and each
 * gets its own document back. One pass instead of one `nlp()` per sentence saves the fixed cost of each call
 * (views, the compute pipeline), ~12% of tagging a fresh draft.
 */
function tagSentences(texts: readonly string[]): void {
  const pending = [...new Set(texts)].filter((text) => sentenceCache.get(text) === undefined);
  if (pending.length === 0) return;
  const parts = pending.map((text) => world.methods.one.tokenize.fromString(text, world));
  const all = new View(parts.flat());
  all.compute(world.hooks);
  const document = (all as unknown as { document: CompromiseDocument }).document;
  if (document.length !== parts.reduce((sum, part) => sum + part.length, 0)) {
    // Never seen: compromise's steps keep its sentences. Should one ever merge or split them, tag one by one.
    for (const text of pending)
      sentenceCache.set(text, taggedOf(text, nlp(text).document as unknown as CompromiseDocument));
    return;
  }
  let next = 0;
  pending.forEach((text, index) => {
    const count = parts[index]!.length;
    sentenceCache.set(text, taggedOf(text, document.slice(next, next + count)));
    next += count;
  });
}

function tagSentence(text: string): TaggedSentence {
  const cached = sentenceCache.get(text);
  if (cached) return cached;
  tagSentences([text]);
  return sentenceCache.get(text)!;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sr jr st vs etc e.g i.e eg ie approx appt apt dept est inc ltd co corp no nos tel ext fig vol jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun a.m p.m u.s u.k cf al min max ref'.split(
    ' ',
  ),
);
/** Sentence-final punctuation, closing quotes or brackets, then whitespace or the end. */
const BOUNDARY = /[.!?…。！？]+["'”’)\]]*(?=\s|$)/gu;

/**
 * Sentence spans within one paragraph, relative to the paragraph start. A plain scan instead of compromise's
 * tokenizer: it costs microseconds (the tokenizer ~8 ms per 1,000 words) and keeps every character in a
 * sentence, which compromise's offsets do not after control characters and ZWJ emoji.
 */
function splitSentences(paragraph: string): Span[] {
  const cached = paragraphCache.get(paragraph);
  if (cached) return cached;
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    const text = paragraph.slice(start, end);
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (text.trim().length > 0) spans.push({ start: start + lead, end: end - trail });
    start = end;
  };
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (match[0] === '.') {
      const word = /[\p{L}\p{N}.]*$/u.exec(paragraph.slice(start, match.index))?.[0].toLowerCase() ?? '';
      // "Dr. Lee", "e.g. this", "J. Smith": not a sentence end.
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    push(end);
  }
  push(paragraph.length);
  paragraphCache.set(paragraph, spans);
  return spans;
}

/** Paragraph spans: runs of text separated by line breaks (helpdesk drafts use one block per line). */
function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const lineBreak = /\r?\n/g;
  let start = 0;
  for (let match = lineBreak.exec(text); ; match = lineBreak.exec(text)) {
    const end = match ? match.index : text.length;
    const line = text.slice(start, end);
    const lead = line.length - line.trimStart().length;
    const trail = line.length - line.trimEnd().length;
    if (line.trim().length > 0) spans.push({ start: start + lead, end: end - trail });
    if (!match) break;
    start = match.index + match[0].length;
  }
  return spans;
}

/**
 * The sentences of the last analysis. Sentence objects are never mutated, so one that kept its text, position,
 * index and paragraph is reused as it is: after a keystroke the sentences before the edit cost a comparison,
 * not a copy of every term.
 */
let lastSentences: readonly Sentence[] = [];
registerCache('text: sentences of the last analysis', {
  get size() {
    return lastSentences.length;
  },
  clear() {
    lastSentences = [];
  },
});

function placedTerms(tagged: TaggedSentence, start: number): Term[] {
  if (start === 0) return tagged.terms;
  const terms = new Array<Term>(tagged.terms.length);
  for (let i = 0; i < terms.length; i += 1) {
    const term = tagged.terms[i]!;
    terms[i] = {
      text: term.text,
      normal: term.normal,
      tags: term.tags,
      pre: term.pre,
      post: term.post,
      start: term.start + start,
      end: term.end + start,
    };
  }
  return terms;
}

/** How many words compromise tags Negative ("not", "never", "can't"): both customer models read it. */
export function negationCount(text: AnalyzedText): number {
  return text.sentences.reduce(
    (sum, sentence) => sum + sentence.terms.filter((term) => term.tags.has('Negative')).length,
    0,
  );
}

export function analyzeText(text: string): AnalyzedText {
  const paragraphs = splitParagraphs(text);
  const previous = lastSentences;
  // First the sentence spans, and which sentences kept their text and place since the last analysis…
  const spans: Array<Span & { paragraph: number; kept?: Sentence }> = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const local of splitSentences(text.slice(paragraph.start, paragraph.end))) {
      const start = paragraph.start + local.start;
      const end = paragraph.start + local.end;
      const before = previous[spans.length];
      // Compared in place: slicing every unchanged sentence out of the new draft just to compare it cost more.
      const kept =
        before &&
        before.start === start &&
        before.end === end &&
        before.paragraph === paragraphIndex &&
        text.startsWith(before.text, start);
      spans.push({ start, end, paragraph: paragraphIndex, ...(kept ? { kept: before } : {}) });
    }
  });
  // …then every other sentence tagged in one pass.
  tagSentences(spans.filter((span) => !span.kept).map((span) => text.slice(span.start, span.end)));
  let words = 0;
  const sentences = spans.map(({ start, end, paragraph, kept }, index): Sentence => {
    if (kept) {
      words += kept.terms.length;
      return kept;
    }
    const sentenceText = text.slice(start, end);
    const tagged = tagSentence(sentenceText);
    const terms = placedTerms(tagged, start);
    words += terms.length;
    return { index, paragraph, text: sentenceText, start, end, terms, doc: tagged.doc };
  });
  lastSentences = sentences;
  return { text, paragraphs, sentences, words };
}
