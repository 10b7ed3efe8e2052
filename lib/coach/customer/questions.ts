/**
 * What the customer asks the reply to answer: explicit questions ("…?"), implicit ones ("I need to know
 * whether…", "How to find the last location") and requests ("please help", "open my channel back", "can someone
 * look into this"). Rhetorical questions ("Why is this so hard?!") are left out: they vent rather than ask, and
 * answering them literally sounds defensive (the acknowledgement check still sees the customer is upset).
 *
 * Customers rarely write one question per sentence: a tweet is often one long run of clauses joined by commas,
 * emoticons or "and", ending in "?". Each sentence is cut into clauses first, and each clause is read on its own,
 * so a question is never the whole message.
 */
import type { CustomerCue } from '../lexicon/customer-cues';
import type { CueHit } from '../matcher/net';
import { valence } from '../lexicon/sentiment';
import { isContentTerm } from '../lexicon/words';
import type { AnalyzedText, Sentence, Term } from '../text';
import type { CustomerQuestion, Span } from '../types';

/** Questions that vent rather than ask. */
const RHETORICAL =
  /^(?:how many (?:more )?times (?:do|must|should|will|have|has|is|are|am|can)|are (?:you|u|y'?all)(?: guys)? (?:kidding|serious|joking|for real)|seriously|really|why me|what the (?:hell|heck|fuck|f)|wtf|is (?:anyone|anybody|someone) (?:there|listening|reading|home|awake)|how (?:hard|difficult) (?:can|could|is) it(?: be)?|what is wrong with (?:you|u|y'?all|your)|what'?s wrong with (?:you|u|y'?all)|do (?:you|u) (?:even |guys even )?care|does (?:anyone|anybody) (?:even )?(?:care|work)|who does that|what'?s the point|what is the point|what kind of \w+ is this|how (?:is|was) (?:this|that|it) (?:even )?(?:acceptable|ok|okay|fair|legal|possible|allowed|normal|right)|why (?:would|should) (?:i|anyone) (?:ever )?(?:pay|use|trust|buy))\b/i;
/** "Why is this so hard?!": a why/how question about the situation (not "my download") judging it as hard or bad. */
const JUDGED =
  /^(?:why|how come)\s+(?:is|are|was|does|do|has|must)\s+(?:this|it|that|everything|every\w*|you|y'?all|your (?:company|service|app|support|customer service|team))\s+(?:\w+\s+){0,2}?(?:so|this|that|such(?: an?)?)\s+([\p{L}'’-]+)/iu;
const HARD = new Set([
  'hard',
  'difficult',
  'complicated',
  'slow',
  'bad',
  'long',
  'expensive',
  'confusing',
  'impossible',
  'useless',
  'terrible',
  'awful',
  'horrible',
  'stupid',
  'incompetent',
  'unhelpful',
  'broken',
  'painful',
]);

/** Information verbs: "can you tell me…", "please explain…" ask for an answer, not an action. */
const ASK_FOR_INFO = String.raw`(?:tell|explain|advise|confirm|clarify|inform|let (?:me|us) know|show me how|update me)`;
/** Actions the reply must take or refuse: "open my channel back", "look into this", "refund me". */
const ACTION = String.raw`(?:help|fix|open|reopen|restore|recover|retrieve|return|unban|unlock|unblock|unsuspend|reinstate|reactivate|refund|credit|reverse|cancel|reset|give|send|resend|bring|sort|get|check|look|escalate|reply|respond|answer|contact|call|email|e-mail|dm|message|remove|delete|stop|change|resolve|investigate|verify|approve|release|replace|update|do|make|lift|review|undo|activate|enable|disable|allow|add|transfer|move|ship|deliver|process|honou?r|extend|waive|remove)`;
const ADDRESSEE = String.raw`(?:you|u|you guys|y'?all|someone|somebody|anyone|anybody|one of you|your team|support)`;

const REQUESTS: readonly RegExp[] = [
  // "please open my channel back", "kindly refund me", "plz help" (not "please note…", not "please tell me…").
  new RegExp(
    String.raw`^(?:please|kindly)\b[\s,!]*(?!(?:note|see|be aware|find attached|find|ignore|disregard)\b)(?!${ASK_FOR_INFO}\b)(?:\w+\b)`,
    'i',
  ),
  // "help please", "fix it asap please", "help plz!"
  /\b(?:please|kindly)[\s.!?]*$/i,
  // "can someone look into this", "could you please restore my account", "will you fix it?"
  new RegExp(
    String.raw`\b(?:can|could|would|will|may|can't|won't|cant|wont)\s+${ADDRESSEE}\s+(?:please\s+|just\s+|kindly\s+|maybe\s+|possibly\s+)*${ACTION}\b`,
    'i',
  ),
  // "can I get some help", "could we get my account back", "may I have a refund"
  /\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:get|have|receive)\s+(?:some\s+|a\s+|an\s+|my\s+|our\s+|the\s+)?(?:help|assistance|support|refund|replacement|callback|call back|\w+(?:\s+\w+){0,3}\s+back)\b/i,
  // "I need help", "we want our money back", "I want a refund", "I request you to verify my channel"
  /\b(?:i|we)\s+(?:really\s+|just\s+|urgently\s+|desperately\s+|still\s+)?(?:need|want|would like|'d like|’d like|demand|require|request|expect|am asking for|am requesting)\s+(?:some\s+|your\s+|urgent\s+|immediate\s+|a\s+little\s+)?(?:help|assistance|support|a refund|my refund|a replacement|my money back|our money back|(?:my|our)\s+\w+(?:\s+\w+){0,2}\s+back|someone to|you to|it fixed|this fixed|it resolved)\b/i,
  // "You need to fix this", "someone has to look at this"
  new RegExp(
    String.raw`\b${ADDRESSEE}\s+(?:need to|needs to|have to|has to|must|should|better)\s+(?:\w+\s+)?${ACTION}\b`,
    'i',
  ),
  // "Help!", "help me", "someone help", "need help asap", "any help would be appreciated"
  /^(?:(?:someone|somebody|anyone|pls|please|plz)\s+)?(?:help|need help|needing help|help needed|any help|any assistance)\b/i,
  /(?:^|\b(?:please|pls|plz|kindly|someone|somebody|anyone|anybody|need|needs|needing|want|some|any|urgent|your|ur)\s+)help(?:\s+(?:me|us|please|pls|plz|asap|now|urgent|urgently|immediately))*[\s.!?]*$/i,
  // "Anyone?" after the problem: a plea for someone to help.
  /^(?:anyone|anybody|someone|somebody|hello|help)\s*[?!]+$/i,
];
/** Thanks for help already given or hoped for is not a request: "thanks for the help", "thank you in advance for your help". */
const THANKS_FOR_HELP = /\b(?:thanks|thank you|thx|appreciate|grateful)\b[^.!?]{0,40}\bhelp\b/i;
/** A request verb first, with no subject: "Fix it.", "Open my channel back", "Give me my money back". */
const IMPERATIVE_ACTION = new RegExp(String.raw`^${ACTION}\b`, 'i');

/** A clause that opens a question: a question word or an inverted auxiliary ("are y'all gonna…", "does anyone…"). */
const QUESTION_OPENER =
  /^(?:how|what|what's|whats|why|when|where|which|who|whom|whose|is|are|am|was|were|do|does|did|can|could|would|will|should|shall|may|might|have|has|had|isn't|aren't|don't|doesn't|didn't|can't|won't|wouldn't|shouldn't|haven't|hasn't|any|anyone|anybody|is there|are there)\b/i;
/** A question word opening a clause with no "?" ("How to find last location"), unless it is an exclamation ("What a scam"). */
const BARE_QUESTION =
  /^(?:how|what|why|when|where|which|who)\b(?!\s+(?:a|an|the heck|the hell|a joke|nice|great|lovely|fun|terrible|awful)\b)\s+(?:to|do|does|did|can|could|should|would|will|is|are|was|were|am|has|have|i|we|my|it)\b/i;
/** A "?" in the final punctuation: "…?", "…?!", "…!?". */
const QUESTION_END = /[!?]*\?[!?]*[\s"'”’)]*$/;
/** Leading words that do not change what a clause asks. */
const LEAD_IN = /^(?:(?:so|and|but|also|just|hey|hi|hello|ok|okay|well|now|then|plus|oh|um|uh|also,)\b[\s,]*)+/i;

/** Where a clause ends inside a sentence: commas, semicolons, dashes, colons, emoticons, emoji, ellipses. */
const CLAUSE_BREAK =
  // eslint-disable-next-line no-misleading-character-class -- the class lists emoji modifiers (variation selector, skin tones, ZWJ) as single code points on purpose
  /[,;]\s+|:\s+|\s+[-–—]+\s+|\s*(?:[:;=]-?['’]?[()[\]/\\|]+|<\/?3)(?=\s|$)\s*|\s*\p{Extended_Pictographic}(?:[\u{FE0F}\u{1F3FB}-\u{1F3FF}\u200d]|\p{Extended_Pictographic})*\s*|\.{2,}\s*|…\s*/gu;
/** In a long run-on clause, a conjunction before a new subject starts another clause: "… and it still charged me". */
const RUN_ON_BREAK =
  /\s+(?=(?:and|but|so|because|cause|cuz|now)\s+(?:i|we|it|they|he|she|you|my|the|this|that|there)\b)/gi;
/** Clauses longer than this (in words) are split at conjunctions too. */
const RUN_ON_WORDS = 18;

interface Clause extends Span {
  text: string;
  terms: Term[];
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function cut(text: string, offset: number, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const found of text.matchAll(pattern)) {
    if (found.index > start) spans.push({ start: offset + start, end: offset + found.index });
    start = found.index + found[0].length;
  }
  if (start < text.length) spans.push({ start: offset + start, end: offset + text.length });
  return spans;
}

/** The clauses of a sentence, with their terms; offsets into the analysed text. */
export function clausesOf(sentence: Sentence): Clause[] {
  const pieces = cut(sentence.text, sentence.start, CLAUSE_BREAK).flatMap((span) => {
    const text = sentence.text.slice(span.start - sentence.start, span.end - sentence.start);
    return wordCount(text) > RUN_ON_WORDS ? cut(text, span.start, RUN_ON_BREAK) : [span];
  });
  return pieces
    .map((span) => {
      const raw = sentence.text.slice(span.start - sentence.start, span.end - sentence.start);
      const lead = raw.length - raw.trimStart().length;
      const start = span.start + lead;
      const end = span.start + raw.trimEnd().length;
      return {
        start,
        end,
        text: raw.trim(),
        terms: sentence.terms.filter((term) => term.start >= start && term.end <= end && term.text.length > 0),
      };
    })
    .filter((clause) => /[\p{L}\p{N}]/u.test(clause.text));
}

function keywords(terms: readonly Term[]): string[] {
  const seen = new Set<string>();
  for (const term of terms) if (isContentTerm(term)) seen.add(term.normal);
  return [...seen];
}

/** The clause without its lead-in words ("so", "hey"), and without punctuation before the first letter. */
function core(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+/u, '').replace(LEAD_IN, '');
}

export function isRhetorical(text: string): boolean {
  const plain = core(text).replace(/[’]/g, "'");
  if (RHETORICAL.test(plain)) return true;
  const judged = JUDGED.exec(plain);
  if (!judged) return false;
  const word = judged[1]!.toLowerCase();
  return HARD.has(word) || (valence(word) ?? 0) < 0;
}

/** An imperative is a request only when compromise reads its first word as a verb ("Check my order", not "Check engine light"). */
function opensWithImperative(clause: Clause): boolean {
  const first = clause.terms.find((term) => /[\p{L}]/u.test(term.text) && !LEAD_IN.test(term.text));
  return first !== undefined && first.tags.has('Verb') && !first.tags.has('PastTense') && !first.tags.has('Gerund');
}

type Reading = CustomerQuestion['kind'] | 'rhetorical' | null;

/** One clause on its own: rhetorical, a request, a question (its own "?", an implicit cue, a bare question word) or nothing. */
function readClause(clause: Clause, implicitCue: boolean): Reading {
  const text = clause.text;
  if (isRhetorical(text)) return 'rhetorical';
  const plain = core(text).replace(/[’]/g, "'");
  const phrased =
    REQUESTS.some((pattern) => pattern.test(plain)) &&
    !(
      THANKS_FOR_HELP.test(plain) && !/\b(?:please|pls|plz|need|can|could)\b/i.test(plain.replace(THANKS_FOR_HELP, ''))
    );
  if (phrased || (IMPERATIVE_ACTION.test(plain) && opensWithImperative(clause))) return 'request';
  if (QUESTION_END.test(text)) return 'explicit';
  if (implicitCue || BARE_QUESTION.test(plain)) return 'implicit';
  return null;
}

/**
 * Where the question of a sentence ending in "?" starts: at the last clause that opens a question ("…, it still
 * charged me 1.4 mil, could I get some help?" asks only its last clause). With no opener, the whole sentence when
 * it is short, otherwise its last clause.
 */
function questionStart(clauses: readonly Clause[]): number {
  for (let index = clauses.length - 1; index >= 0; index -= 1)
    if (QUESTION_OPENER.test(core(clauses[index]!.text))) return index;
  const words = clauses.reduce((sum, clause) => sum + clause.terms.length, 0);
  return words <= RUN_ON_WORDS ? 0 : clauses.length - 1;
}

export function readQuestions(
  text: AnalyzedText,
  hits: ReadonlyArray<CueHit<CustomerCue> & { sentenceStart: number }>,
): CustomerQuestion[] {
  const questions: CustomerQuestion[] = [];
  const messageWords = keywords(text.sentences.flatMap((sentence) => sentence.terms));
  let context: string[] = [];
  const add = (kind: CustomerQuestion['kind'], span: Span, terms: readonly Term[]): void => {
    const own = keywords(terms);
    // "Where is it?", "Please help!" ask about what was said before them.
    const verbs = terms
      .filter((term) => term.tags.has('Verb') && !term.tags.has('Auxiliary') && !term.tags.has('Modal'))
      .map((term) => term.normal);
    // A bare "Please help" still asks something the reply must take up: its own verb is all there is to match.
    const words =
      own.length > 0
        ? own
        : context.length > 0
          ? context
          : kind === 'request'
            ? messageWords.length > 0
              ? messageWords.slice(0, 6)
              : verbs
            : [];
    if (words.length > 0) questions.push({ text: text.text.slice(span.start, span.end), span, kind, keywords: words });
  };
  for (const sentence of text.sentences) {
    const clauses = clausesOf(sentence);
    if (clauses.length === 0) continue;
    const cues = hits
      .filter((hit) => hit.cue.kind === 'implicit-question' && hit.sentenceStart === sentence.start)
      .map((hit) => sentence.start + hit.start);
    const readings = clauses.map((clause) =>
      readClause(
        clause,
        cues.some((at) => at >= clause.start && at < clause.end),
      ),
    );
    // A sentence ending in "?" asks one question: its trailing requests ("…, please help?") stand on their own.
    let part: { first: number; last: number } | null = null;
    if (QUESTION_END.test(sentence.text.trim())) {
      let last = clauses.length - 1;
      while (last >= 0 && readings[last] === 'request') last -= 1;
      // When the "?" closed a request, what comes before it is a question only if a clause opens one.
      const opened =
        last === clauses.length - 1 ||
        clauses.slice(0, last + 1).some((clause) => QUESTION_OPENER.test(core(clause.text)));
      if (last >= 0 && opened) part = { first: questionStart(clauses.slice(0, last + 1)), last };
    }
    clauses.forEach((clause, index) => {
      if (part && index === part.first) {
        const span = { start: clause.start, end: clauses[part.last]!.end };
        const terms = clauses.slice(part.first, part.last + 1).flatMap((piece) => piece.terms);
        const asked = text.text.slice(span.start, span.end);
        // "This is HIGHLY frustrating?!!?" exclaims: no question word, and a "!" in its final punctuation.
        const exclaimed =
          !QUESTION_OPENER.test(core(asked)) && /!/.test(/[?!]+[\s"'”’)]*$/.exec(sentence.text.trim())?.[0] ?? '');
        const rhetorical =
          exclaimed || readings.slice(part.first, part.last + 1).includes('rhetorical') || isRhetorical(asked);
        if (!rhetorical) add('explicit', span, terms);
      } else if (!part || index < part.first || index > part.last) {
        const reading = readings[index];
        if (reading && reading !== 'rhetorical') add(reading, { start: clause.start, end: clause.end }, clause.terms);
      }
      const own = keywords(clause.terms);
      if (own.length > 0) context = own;
    });
  }
  return questions;
}
