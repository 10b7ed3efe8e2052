/**
 * Stress signals in the customer's message: shouting, "!!!", repeat contact, deadlines, money, business, leaving,
 * and the pressure in how they say it: demands ("Fix it."), accusations ("You know this."), sarcasm in a
 * complaint ("Thanks for nothing"), sad or angry faces (":(", ":'(", "😡").
 */
import { valence } from '../lexicon/sentiment';
import { CUSTOMER_CUES, type CustomerCue } from '../lexicon/customer-cues';
import type { CueHit } from '../matcher/net';
import type { AnalyzedText, Sentence, Term } from '../text';
import type { StressSignal } from '../types';
import { NEGATORS } from './emotions';
import { insideAny, reportedSpans } from './reported';

const REPEATED_PUNCTUATION = /[!?]{2,}|[!?](?:\s*[!?]){2,}/g;
/** Sad, crying, angry and fed-up faces, typed or emoji; ":)" and friends are not pressure. */
const SAD_FACE =
  /(?<![\w/]):['’]?-?[([]+|(?<![\w/])[:;]-?\/(?![/\w])|(?<![\w/])D:(?!\w)|(?<![\w])T_+T(?![\w])|;_;|[😡😠🤬😤😢😭😞😔🙁☹😩😫💔😒😖😣😟😕🤦🙄🤨😑]/gu;
/** Verbs that, bare at the start of a sentence and without "please", order rather than ask ("Fix it."). */
const DEMAND_VERBS = new Set([
  'fix',
  'sort',
  'give',
  'refund',
  'return',
  'stop',
  'answer',
  'respond',
  'reply',
  'explain',
  'do',
  'cancel',
  'reinstate',
  'unban',
  'restore',
  'remove',
  'change',
  'make',
  'send',
  'resolve',
  'solve',
  'pay',
  'update',
  'unlock',
  'reopen',
  'reverse',
]);
const POLITE = /\b(please|pls|plz|kindly|thanks|thank|thx|could|would|can you|if possible)\b/i;

/** A sentence that opens with a bare verb of the demand list and asks nothing politely. */
function demands(text: AnalyzedText): StressSignal[] {
  const signals: StressSignal[] = [];
  for (const sentence of text.sentences) {
    const words = sentence.terms.filter(
      (term) => term.text.length > 0 && !/^[@#]/.test(term.text) && !term.tags.has('Expression'),
    );
    const first = words[0];
    if (!first || !DEMAND_VERBS.has(first.normal) || first.tags.has('PastTense') || first.tags.has('Gerund')) continue;
    if (!first.tags.has('Verb') && words.length > 1) continue;
    // "Do I need to download it again (120 GB!) or …?": "do" before its subject asks; the sentence split at "!" hides the "?".
    if (first.normal === 'do' && /^(?:i|we|you|they|it|he|she)$/.test(words[1]?.normal ?? '')) continue;
    if (POLITE.test(sentence.text) || /\?\s*$/.test(sentence.text)) continue;
    const end = words[Math.min(words.length, 6) - 1]!.end;
    signals.push({ kind: 'demand', text: text.text.slice(first.start, end), span: { start: first.start, end } });
  }
  return signals;
}

function sadFaces(text: AnalyzedText): StressSignal[] {
  return [...text.text.matchAll(SAD_FACE)].map((match) => ({
    kind: 'sad-face' as const,
    text: match[0],
    span: { start: match.index, end: match.index + match[0].length },
  }));
}

/** Laughing at one's own problem ("you don't even let me recover my own account lmao", "so funny… suspended 😂"). */
const LAUGHTER = /\b(?:lol|lmao|lmfao|rofl|haha(?:ha)*|hehe)\b|[😂🤣]/giu;

/**
 * Laughter in a complaint is bitter, not amused: read as sarcasm. `complaint` comes from the caller, which knows
 * the situations; in a message where nothing went wrong ("my kid loves it lol") laughter is just laughter.
 */
export function bitterLaughter(text: AnalyzedText, complaint: boolean): StressSignal[] {
  if (!complaint) return [];
  return [...text.text.matchAll(LAUGHTER)].map((match) => ({
    kind: 'sarcasm' as const,
    text: match[0],
    span: { start: match.index, end: match.index + match[0].length },
  }));
}

/**
 * Sarcasm needs a complaint around it: "great job" in a message with nothing negative is praise. Terms inside
 * `except` do not count: a cue's own words ("|cancel| my membership") are not the complaint it needs.
 */
function hasNegative(text: AnalyzedText, except?: { start: number; end: number }): boolean {
  return text.sentences.some((sentence) =>
    sentence.terms.some(
      (term, index) =>
        isNegativeTerm(sentence.terms, index) && !(except && term.start >= except.start && term.end <= except.end),
    ),
  );
}

/**
 * A negation ("nothing" and "nobody" too: "thanks for nothing") or a word of negative tone; "no." before a number is
 * "number" ("member no. 20417"), not a no.
 */
function isNegativeTerm(terms: readonly Term[], index: number): boolean {
  const term = terms[index]!;
  if (term.normal === 'no' && terms[index + 1]?.tags.has('Value')) return false;
  return term.tags.has('Negative') || /^(?:nothing|nobody|none)$/.test(term.normal) || (valence(term.normal) ?? 0) < 0;
}

/** Runs of capitalised words that are not acronyms: "THIS IS RIDICULOUS", "NEVER". */
function shouting(text: AnalyzedText): StressSignal[] {
  const signals: StressSignal[] = [];
  let complaint: boolean | null = null;
  for (const sentence of text.sentences) {
    // One capitalised positive word in a message with nothing negative is a promotion's emphasis ("for FREE");
    // "NEVER", "AGAIN", and "HELP!" beside a problem are shouted.
    let positive = false;
    let run: Array<{ start: number; end: number; letters: number }> = [];
    const flush = (): void => {
      const letters = run.reduce((sum, word) => sum + word.letters, 0);
      if (run.length >= 2 || (letters >= 4 && (!positive || (complaint ??= hasNegative(text))))) {
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
      // A word with a digit is a code or a reference ("QF3K9PL", "HG2 7QP"), typed as issued, never shouted.
      const acronym =
        term.tags.has('Acronym') ||
        term.tags.has('TechTerm') ||
        /\d/.test(term.text) ||
        (letters.length <= 3 && run.length === 0);
      // A hashtag or handle is a name, written as its owner spells it (#COVID19), not shouted.
      if (/^[#@]/.test(term.text)) {
        flush();
        continue;
      }
      if (capitals && !acronym) {
        if (run.length === 0) positive = (valence(term.normal) ?? 0) > 0;
        run.push({ start: term.start, end: term.end, letters: letters.length });
      } else if (term.text.length > 0) flush();
    }
    flush();
  }
  return signals;
}

/**
 * "!!!", "???", "?!": marks stacked in frustration. Exclamation marks closing a sentence of thanks or praise with
 * nothing negative in it are delight ("made my 40th birthday!!", "Thank you Marcy and Dev!!"), not pressure.
 */
function repeatedPunctuation(text: AnalyzedText): StressSignal[] {
  return [...text.text.matchAll(REPEATED_PUNCTUATION)]
    .filter((match) => match[0].includes('?') || !isDelighted(text, match.index))
    .map((match) => ({
      kind: 'repeated-punctuation' as const,
      text: match[0],
      span: { start: match.index, end: match.index + match[0].length },
    }));
}

/** The sentence holding `offset` is warm (a positive word) with nothing negative in it. */
function isDelighted(text: AnalyzedText, offset: number): boolean {
  const sentence = text.sentences.find((candidate) => offset >= candidate.start && offset <= candidate.end);
  if (!sentence) return false;
  const warm = sentence.terms.some((term) => (valence(term.normal) ?? 0) > 0);
  return warm && !sentence.terms.some((_, index) => isNegativeTerm(sentence.terms, index));
}

/** "My team is really happy" names the team but puts nothing at stake: business impact needs a negative sentence. */
function isNegative(sentence: Sentence): boolean {
  return sentence.terms.some((_, index) => isNegativeTerm(sentence.terms, index));
}

/** The sentence says something is wrong, or still waited for: where a duration is repeated failure. */
function isTroubled(sentence: Sentence): boolean {
  return isNegative(sentence) || STILL_WRONG.test(sentence.text);
}

const STILL_WRONG =
  /\b(?:still|wait|waits|waiting|waited|on hold|queue|again|keeps?|kept|stuck|nothing|never|yet|like (?:this|that))\b/i;

/** Words before a deadline word that only suppose one ("for |anything| urgent", "|if| urgent"). */
const SUPPOSING: ReadonlySet<string> = new Set(['anything', 'if', 'unless']);
/** Words after it that make it a kind of case, not this one ("for urgent |matters|"). */
const KIND_OF_CASE = /^(?:matters?|issues?|enquiries|inquiries|queries|requests?|cases?)$/;

/**
 * A negation among the two words before: "not urgent", "isn't really urgent" (as a feeling is taken back,
 * emotions.ts); or a deadline only supposed: "for anything urgent please call", "if urgent", "for urgent matters".
 */
function isTakenBack(sentence: Sentence, start: number, end: number): boolean {
  const before = sentence.terms.filter((term) => term.end <= start).slice(-2);
  const after = sentence.terms.find((term) => term.start >= end);
  return (
    before.some((term) => NEGATORS.has(term.normal) || SUPPOSING.has(term.normal)) ||
    KIND_OF_CASE.test(after?.normal ?? '')
  );
}

/** Stress signals from pattern hits already swept over the customer's sentences. */
export function readStress(
  text: AnalyzedText,
  hits: ReadonlyArray<CueHit<CustomerCue> & { sentenceStart: number }>,
): StressSignal[] {
  const signals: StressSignal[] = [
    ...shouting(text),
    ...repeatedPunctuation(text),
    ...demands(text),
    ...sadFaces(text),
  ];
  for (const hit of hits) {
    const kind = hit.cue.kind;
    if (kind === 'implicit-question' || kind === 'problem') continue;
    const start = hit.sentenceStart + hit.start;
    const end = hit.sentenceStart + hit.end;
    const needsComplaint = hit.cue.needsComplaint ?? (kind === 'sarcasm' && !hit.cue.standsAlone);
    // "I'd like to cancel my membership": the cue's own word is negative ("cancel"); the complaint must be elsewhere.
    if (needsComplaint && !hasNegative(text, { start, end })) continue;
    const sentence = text.sentences.find((candidate) => candidate.start === hit.sentenceStart);
    if (!sentence) continue;
    if (kind === 'business-impact' && !isNegative(sentence)) continue;
    if (hit.cue.needsTrouble && !isTroubled(sentence)) continue;
    // "Not urgent, but …", "for anything urgent please call": a deadline taken back or only supposed is no pressure.
    if (kind === 'deadline' && isTakenBack(sentence, start, end)) continue;
    if (signals.some((signal) => signal.kind === kind && signal.span.start <= start && signal.span.end >= end))
      continue;
    signals.push({ kind, text: text.text.slice(start, end), span: { start, end } });
  }
  // An error message or a quotation is someone else's voice: its imperatives and capitals are not the customer's.
  const reported = reportedSpans(text);
  return signals
    .filter((signal) => !insideAny(reported, signal.span.start))
    .sort((a, b) => a.span.start - b.span.start);
}

export const STRESS_CUES = CUSTOMER_CUES;
