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
/** The first words of RHETORICAL's alternatives: it is compiled and tried only on a clause opening with one (see Guarded). */
const RHETORICAL_OPENING = /^(?:how|are|seriously|really|why|what|wtf|is|do|who)/i;
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

/** Information verbs: "can you tell me…", "please explain…" ask for an answer, not an action ("please advise" asks for one). */
const ASK_FOR_INFO = String.raw`(?:tell|explain|confirm|clarify|inform|let (?:me|us) know|show me how|update me)`;
/** Actions the reply must take or refuse: "open my channel back", "look into this", "refund me". */
const ACTION = String.raw`(?:help|assist|fix|open|put|provide|reopen|restore|recover|retrieve|return|unban|unlock|unblock|unsuspend|reinstate|reactivate|refund|credit|reverse|cancel|reset|give|send|resend|bring|sort|get|check|look|escalate|reply|respond|answer|contact|call|email|e-mail|dm|message|remove|delete|stop|change|resolve|investigate|verify|approve|release|replace|update|do|make|lift|review|undo|activate|enable|disable|allow|add|transfer|move|ship|deliver|process|honou?r|extend|waive|remove)`;
const ADDRESSEE = String.raw`(?:you|u|you guys|y'?all|someone|somebody|anyone|anybody|one of you|your team|support)`;

/**
 * A long pattern behind a short one every text it matches also matches (its opening words, as written in it):
 * V8 compiles a regex on its first use, and the longest requests below (a hundred-word ACTION list inside a
 * repeated group) take milliseconds to compile in a fresh process, though few clauses come near them.
 * `test` is exactly `pattern.test`: the guard only rules out texts the pattern cannot match.
 */
export interface Guarded {
  guard: RegExp;
  pattern: RegExp;
}

/** Every guarded pattern here, with its guard: a test checks each guard matches wherever its pattern does. */
export function guardedPatterns(): readonly Guarded[] {
  return [
    { guard: RHETORICAL_OPENING, pattern: RHETORICAL },
    ...REQUESTS.filter((request): request is Guarded => !(request instanceof RegExp)),
  ];
}

function matches(request: RegExp | Guarded, text: string): boolean {
  return request instanceof RegExp ? request.test(text) : request.guard.test(text) && request.pattern.test(text);
}

const REQUESTS: ReadonlyArray<RegExp | Guarded> = [
  // "please open my channel back", "kindly refund me", "plz help" (not "please note…", not "please tell me…").
  new RegExp(
    String.raw`^(?:please|kindly|pls|plz)\b[\s,!]*(?!(?:note|see|be aware|find attached|find|ignore|disregard|try again|try later|retry|wait|return to|refresh|reload|confirm your|check your|enter|sign in|log in)\b)(?!${ASK_FOR_INFO}\b)(?:\w+\b)`,
    'i',
  ),
  // "help please", "fix it asap please", "help plz!"
  /\b(?:please|kindly)[\s.!?]*$/i,
  // "can someone look into this", "could you please restore my account", "will you fix it?"
  {
    guard: /\b(?:can|could|would|will|may|can't|won't|cant|wont)\s/i,
    pattern: new RegExp(
      String.raw`\b(?:can|could|would|will|may|can't|won't|cant|wont)\s+${ADDRESSEE}\s+(?:please\s+|just\s+|kindly\s+|maybe\s+|possibly\s+)*${ACTION}\b`,
      'i',
    ),
  },
  // "can I get some help", "could we get my account back", "may I have a little help"
  {
    guard: /\b(?:can|could|may)\s+(?:i|we)\s/i,
    pattern:
      /\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:get|have|receive)\s+(?:(?:some|a|an|my|our|the|little|bit|of|quick)\s+){0,3}(?:help|assistance|support|refund|replacement|callback|call back|\w+(?:\s+\w+){0,3}\s+back)\b/i,
  },
  // "I need help", "we want our money back", "i need refund", "I expect a quick answer", "I request you to verify my channel"
  /\b(?:i|we)\s+(?:really\s+|just\s+|urgently\s+|desperately\s+|still\s+)?(?:need|want|wanna|would like|'d like|’d like|demand|require|request|expect|am asking for|am requesting)\s+(?:(?:some|your|urgent|immediate|a|an|my|our|the|little|quick|proper|full|real)\s+){0,3}(?:help|assistance|support|refund|replacement|answer|reply|response|callback|fix|solution|date|explanation|update|confirmation|statement|invoice|receipt|credit|compensation|(?:money|account|channel|\w+)\s+back|someone to|you to|you guys to)\b/i,
  // "I really need this fixed", "I want this problem to be fixed", "i need to get 2 step verification removed"
  /\b(?:i|we)\s+(?:really\s+|just\s+|urgently\s+|desperately\s+|still\s+)?(?:need|want|would like|'d like)\s+(?:to\s+(?:get|have)\s+)?(?:it|this|that|them|(?:my|our|the|this|that)(?:\s+[\w-]+){1,4})\s+(?:to\s+be\s+)?(?:fixed|resolved|sorted|solved|removed|refunded|reversed|restored|unlocked|unbanned|reactivated|reinstated|changed|deleted|cancell?ed|canceled|looked at|reset|reviewed|reconsidered|escalated|investigated|replaced|repaired|corrected|credited|waived|updated|back)\b/i,
  // "I'd love to get it back if possible", "we would like to have the notes back", "Really need them back"
  /\b(?:(?:i|we)(?:\s+would|['’]d)\s+(?:love|like)\s+to\s+(?:get|have)|(?:really|just|still)\s+need)\s+(?:it|this|that|them|these|those|(?:my|our|the)(?:\s+[\w-]+){1,3})\s+back\b/i,
  // "Any communication would be nice", "it would be awesome if you could issue …", "would appreciate a call"
  /\b(?:would|will|'d)\s+(?:be\s+(?:nice|great|appreciated|awesome|helpful|amazing|lovely|wonderful|much appreciated|greatly appreciated)|(?:really\s+|greatly\s+|much\s+)?appreciate)\b/i,
  // "Hopefully the charge can be removed."
  /^hopefully\b[^.!?]*\b(?:can|will|could|gets?)\s+(?:be\s+)?\w+(?:ed|en)\b/i,
  // "anyway to get some help", "Any chance of getting assistance?", "Anything you can do to help?"
  // ("Is there any way to fix this?" asks whether, and stays a question.)
  /^(?:any ?way|any chance|anything (?:you|u|y'?all) (?:can|could) do)\b[^.!?]*\b(?:help|assist\w*|support)\b/i,
  // "was wondering if you can help me out", "hope someone can look into this"
  {
    guard: /\b(?:if|hope|hoping|wondering|whether)\s/i,
    pattern: new RegExp(
      String.raw`\b(?:if|hope|hoping|wondering|whether)\s+${ADDRESSEE}\s+(?:can|could|would|will)\s+(?:please\s+|kindly\s+)?${ACTION}\b`,
      'i',
    ),
  },
  // "You need to fix this", "someone has to look at this"
  // (The guard: the addressee's last word and the modal's first.)
  {
    guard:
      /\b(?:you|u|guys|y'?all|someone|somebody|anyone|anybody|team|support)\s+(?:need|needs|have|has|must|should|better|is|are)\s/i,
    pattern: new RegExp(
      String.raw`\b${ADDRESSEE}\s+(?:need to|needs to|have to|has to|must|should|better|is gonna|is going to|are gonna|are going to)\s+(?:\w+\s+)?${ACTION}\b`,
      'i',
    ),
  },
  // "@yahoo needs to hurry up and fix their problem": the company was the subject, a handle the cleaning took away.
  {
    guard: /^(?:needs to|has to|must)\s/i,
    pattern: new RegExp(String.raw`^(?:needs to|has to|must)\s+(?:[\w'-]+\s+(?:and\s+)?){0,3}?${ACTION}\b`, 'i'),
  },
  // "Help!", "help me", "someone help", "need help asap", "any help would be appreciated"
  /^(?:(?:someone|somebody|anyone|pls|please|plz)\s+)?(?:help|need help|needing help|help needed|any help|any assistance|a little help|some help)\b/i,
  /(?:^|\b(?:please|pls|plz|kindly|someone|somebody|anyone|anybody|need|needs|needing|want|some|any|urgent|your|ur)\s+)help(?:\s+(?:me|us|please|pls|plz|asap|now|urgent|urgently|immediately))*[\s.!?]*$/i,
  // "Anyone?" after the problem: a plea for someone to help.
  /^(?:anyone|anybody|someone|somebody|hello|help)\s*[?!]+$/i,
];
/** Thanks for help already given or hoped for is not a request: "thanks for the help", "thank you in advance for your help". */
const THANKS_FOR_HELP = /\b(?:thanks|thank you|thx|appreciate|grateful)\b[^.!?]{0,40}\bhelp\b/i;
/** A clause that is only "please": manners on the ask beside it. */
const BARE_PLEASE = /^(?:please|pls|plz|kindly)[\s.!?]*$/i;
/** A request verb first, with no subject: "Fix it.", "Open my channel back", "Give me my money back". */
const IMPERATIVE_ACTION = new RegExp(String.raw`^${ACTION}\b`, 'i');

/** A clause that opens a question: a question word or an inverted auxiliary ("are y'all gonna…", "does anyone…"). */
const QUESTION_OPENER =
  /^(?:how|what|what's|whats|why|when|where|which|who|whom|whose|is|are|am|was|were|do|does|did|can|could|would|will|should|shall|may|might|have|has|had|isn't|aren't|don't|doesn't|didn't|can't|won't|wouldn't|shouldn't|haven't|hasn't|any|anyone|anybody|is there|are there)\b/i;
/** A question word opening a clause with no "?" ("How to find last location"), unless it is an exclamation ("What a scam"). */
const BARE_QUESTION =
  /^(?:(?:how|what|why|when|where|which|who)\b(?!\s+(?:a|an|the heck|the hell|a joke|nice|great|lovely|fun|terrible|awful)\b)\s+(?:to|do|does|did|can|could|should|would|will|is|are|was|were|am|has|have)|why\s+(?:i|we|my|it|this)|(?:what's|whats)\s+(?:this|that|it|the|going on|happening|up with)|how many\s+\w+\s+(?:can|could|do|does|should|will))\b/i;
/**
 * A question opened by an inverted auxiliary, with no "?": "Can I talk to someone or should I write…", "is it
 * possible to get it reactivated". Only modals and "is it/is there" before a subject: "Do I…" with no "?" is often
 * a statement's inversion in quoted speech.
 */
const INVERTED_QUESTION =
  /^(?:(?:can|could|should|may|will|would)\s+(?:i|we)\s+(?!not\b)\w+|(?:can|could)\s+(?:you|u)\s+not\s+\w+|is\s+(?:it|there)\s+(?:possible|any|a|an|some|something|anything|someone|anyone|way)\b)/i;
/** A "?" in the final punctuation: "…?", "…?!", "…!?". */
const QUESTION_END = /[!?]*\?[!?]*[\s"'”’)]*$/;
/** Leading words that do not change what a clause asks. */
const LEAD_IN = /^(?:(?:so|and|but|also|just|hey|hi|hello|ok|okay|well|now|then|plus|oh|um|uh|also,)\b[\s,]*)+/i;

/**
 * Where a clause ends inside a sentence: commas, semicolons, dashes, colons, emoticons, emoji, ellipses, and a full
 * stop with no space before a pronoun, modal or plea ("I need help.i can't…", "…so hard.can u put…"; not a domain).
 */
const CLAUSE_BREAK =
  // eslint-disable-next-line no-misleading-character-class -- the class lists emoji modifiers (variation selector, skin tones, ZWJ) as single code points on purpose
  /[,;]\s+|\s*[,;](?=\p{L})|(?<=\p{Ll}{2})\.(?=(?:[iIuU]|[Yy]ou|[Ww]e|[Mm]y|[Cc]an|[Cc]ould|[Pp]lease|[Pp]ls|[Pp]lz|[Nn]eed|[Hh]elp)\b)|:\s+|\s+[-–—]+\s+|\s*(?:[:;=]-?['’]?[()[\]/\\|]+|<\/?3)(?=\s|$)\s*|\s*\p{Extended_Pictographic}(?:[\u{FE0F}\u{1F3FB}-\u{1F3FF}\u200d]|\p{Extended_Pictographic})*\s*|\.{2,}\s*|…\s*/gu;
/** In a long run-on clause, a conjunction before a new subject starts another clause: "… and it still charged me". */
const RUN_ON_BREAK =
  /\s+(?=(?:and|but|so|because|cause|cuz|now)\s+(?:i|we|it|they|he|she|you|my|the|this|that|there)\b)/gi;
/** Clauses longer than this (in words) are split at conjunctions too. */
const RUN_ON_WORDS = 18;
/**
 * An ask that starts inside a clause with no comma before it: "…I did not get the volatol please help", "…my
 * account has been hacked how to recover it ?", "…none of the other benefits can you help me out?". Tweets drop the
 * punctuation that would end the statement first.
 */
const ASK_ONSET = new RegExp(
  String.raw`\s+(?=(?:please|pls|plz|kindly)\s+(?!(?:and|or|but|thanks?|thank|thx|ty)\b)\p{L}|(?:can|could|would|will|can't|won't|cant|wont)\s+${ADDRESSEE}\s|(?:how|what|what's|whats|why|where|which|when)\s+(?:to|do|does|did|can|could|should|would|will|is|are|am)\s|(?:what's|what’s|whats)\s|(?:can|could|should|may)\s+(?:i|we)\s|how many\s+\S+\s+(?:can|could|do|does|should|will)\s|(?:i|we)\s+(?:really\s+|just\s+|urgently\s+)?(?:need|want)\s|(?:i've|i’ve|ive|i have)\s+(?:tried|been|already)\s|i\s+(?:tried|already)\s)`,
  'giu',
);
/**
 * Words after which that onset is embedded, not new: "I don't know how to…", "wondering if you could…", "what can
 * you do", "you could please…". The ask then belongs to the whole clause.
 */
const EMBEDDING = new Set(
  [
    'know knows knew wonder wondering wondered ask asking asked tell telling told idea sure explain show learn figure',
    'out find see understand about on of me us clue matter no regardless decide unclear clear confused everything',
    'anything something exactly is was if whether that than what how why when where which who so and or but to you',
    'u i we can could would will should please pls plz kindly just someone somebody anyone anybody guys yall',
  ]
    .join(' ')
    .split(' '),
);
/** A plea that is complete before a new statement, unpunctuated: "i need help | my account password got changed", "Help pls | I do not have…". */
const PLEA_END =
  /\b(?:help+(?:\s+(?:me|us))?(?:\s+(?:please|pls|plz|asap|now|urgently))?|fixed|resolved|sorted|back|asap)(?=\s+(?:i|i've|i’ve|ive|i'm|i’m|im|we|someone|somebody|my|our)\s)/giu;

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

/** Where a new ask starts inside a piece (an ASK_ONSET not embedded), and where a complete plea ends (PLEA_END). */
function askBreaks(text: string, offset: number, terms: readonly Term[]): number[] {
  const breaks: number[] = [];
  for (const found of text.matchAll(ASK_ONSET)) {
    const before = /([\p{L}'’]+)[^\p{L}]*$/u.exec(text.slice(0, found.index))?.[1]?.toLowerCase();
    if (before !== undefined && !EMBEDDING.has(before.replace(/[’]/g, "'"))) breaks.push(found.index);
  }
  for (const found of text.matchAll(PLEA_END)) {
    const end = found.index + found[0].length;
    // "help my son log in" goes on; "help my account password got changed" is a new statement: its own finite verb.
    const next = terms.filter((term) => term.start >= offset + end).slice(1, 6);
    const possessive = /^\s+(?:my|our)\s/i.test(text.slice(end));
    const statement = next.some(
      (term) => term.tags.has('PastTense') || term.tags.has('Copula') || term.tags.has('Auxiliary'),
    );
    if (!possessive || statement) breaks.push(end);
  }
  return breaks.sort((a, b) => a - b);
}

/** A piece cut at the given positions (relative to its text), dropping the whitespace at each cut. */
function cutAt(text: string, offset: number, positions: readonly number[]): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const position of positions) {
    if (position > start) spans.push({ start: offset + start, end: offset + position });
    start = position;
  }
  spans.push({ start: offset + start, end: offset + text.length });
  return spans;
}

/** The clauses of a sentence, with their terms; offsets into the analysed text. */
export function clausesOf(sentence: Sentence): Clause[] {
  const slice = (span: Span) => sentence.text.slice(span.start - sentence.start, span.end - sentence.start);
  const pieces = cut(sentence.text, sentence.start, CLAUSE_BREAK)
    .flatMap((span) => {
      const text = slice(span);
      return wordCount(text) > RUN_ON_WORDS ? cut(text, span.start, RUN_ON_BREAK) : [span];
    })
    .flatMap((span) => cutAt(slice(span), span.start, askBreaks(slice(span), span.start, sentence.terms)));
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
  // "Please why is it so hard?" vents as much without its "please".
  const plain = core(text)
    .replace(/[’]/g, "'")
    .replace(/^(?:please|pls|plz)\b[\s,]*/i, '');
  if (RHETORICAL_OPENING.test(plain) && RHETORICAL.test(plain)) return true;
  const judged = JUDGED.exec(plain);
  if (!judged) return false;
  const word = judged[1]!.toLowerCase();
  return HARD.has(word) || (valence(word) ?? 0) < 0;
}

/**
 * An imperative is a request only when compromise reads its first word as a verb ("Check my order", not "Check
 * engine light"), and not as the auxiliary of a question ("Do you still have a chat service?").
 */
function opensWithImperative(clause: Clause): boolean {
  const first = clause.terms.find((term) => /[\p{L}]/u.test(term.text) && !LEAD_IN.test(term.text));
  return (
    first !== undefined &&
    first.tags.has('Verb') &&
    !first.tags.has('PastTense') &&
    !first.tags.has('Gerund') &&
    !first.tags.has('QuestionWord')
  );
}

/** "can you / could someone / are you going to" before the verb of the ask. */
const MODAL_ADDRESSEE = new RegExp(
  String.raw`\b(?:(?:can|could|would|will|can't|won't|cant|wont)\s+${ADDRESSEE}|(?:are|r)\s+(?:you|u|y'?all|you guys)\s+(?:gonna|going to))\s+(?:(?:please|pls|plz|just|kindly|possibly|maybe|maybe just)\s+)*(?=[\p{L}])`,
  'giu',
);
/** Verbs after "can you" that ask what the company knows or thinks, not for something done: "Can you tell me…", "would you like…". */
const NOT_AN_ACTION = new RegExp(
  String.raw`^(?:${ASK_FOR_INFO}|know|see|hear|believe|imagine|be|like|guess|think|understand|say|not|ever|even|still|really|also|only|use|get away)\b`,
  'i',
);

/**
 * "can you assist me", "could you please provide a new option", "are you going to get on this?": a modal and the
 * company before a verb compromise reads as an infinitive, which is an ask for an action (the ACTION list need not
 * name it). The clause must be the customer addressing the company, so the modal opens the clause (after lead-ins).
 */
function asksForAction(clause: Clause, plain: string): boolean {
  MODAL_ADDRESSEE.lastIndex = 0;
  const found = MODAL_ADDRESSEE.exec(plain);
  if (!found || found.index > 0) return false;
  const rest = plain.slice(found.index + found[0].length);
  if (NOT_AN_ACTION.test(rest)) return false;
  const word = /^[\p{L}'’]+/u.exec(rest)?.[0].toLowerCase();
  const verb = clause.terms.find((term) => term.text.toLowerCase() === word || term.normal === word);
  return verb !== undefined && verb.tags.has('Verb') && !verb.tags.has('PastTense') && !verb.tags.has('Gerund');
}

type Reading = CustomerQuestion['kind'] | 'rhetorical' | null;

/** One clause on its own: rhetorical, a request, a question (its own "?", an implicit cue, a bare question word) or nothing. */
function readClause(clause: Clause, implicitCue: boolean): Reading {
  const text = clause.text;
  if (isRhetorical(text)) return 'rhetorical';
  // "Helppp" is "help" drawn out.
  const plain = core(text)
    .replace(/[’]/g, "'")
    .replace(/\b(help)p+\b/gi, '$1');
  const phrased =
    REQUESTS.some((request) => matches(request, plain)) &&
    !(
      THANKS_FOR_HELP.test(plain) && !/\b(?:please|pls|plz|need|can|could)\b/i.test(plain.replace(THANKS_FOR_HELP, ''))
    );
  if (phrased || asksForAction(clause, plain) || (opensWithImperative(clause) && IMPERATIVE_ACTION.test(plain)))
    return 'request';
  if (QUESTION_END.test(text)) return 'explicit';
  if (implicitCue) return 'implicit';
  // "What's wrong with the game!" exclaims; "What should I do!!!" still asks about the customer's next step.
  if (/!\s*$/.test(text) && !/\b(?:i|we)\b/i.test(plain)) return null;
  if (BARE_QUESTION.test(plain) || INVERTED_QUESTION.test(plain)) return 'implicit';
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

/** Quoted stretches: “…” and "…" pairs (straight quotes paired in order), each closed within QUOTE_LENGTH characters. */
const QUOTE_LENGTH = 300;
export function quotedRanges(text: string): Span[] {
  const ranges: Span[] = [];
  const quoted = new RegExp(`“[^”]{1,${QUOTE_LENGTH}}”|"[^"]{1,${QUOTE_LENGTH}}"`, 'g');
  for (const found of text.matchAll(quoted)) ranges.push({ start: found.index, end: found.index + found[0].length });
  return ranges;
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
    // "Help! Please!", "Can you help, please?": a bare "please" belongs to the request just before it.
    const previous = questions.at(-1);
    if (
      previous?.kind === 'request' &&
      BARE_PLEASE.test(text.text.slice(span.start, span.end)) &&
      /^[\s,.!?]*$/.test(text.text.slice(previous.span.end, span.start))
    ) {
      previous.span = { start: previous.span.start, end: span.end };
      previous.text = text.text.slice(previous.span.start, span.end);
      return;
    }
    if (words.length > 0) questions.push({ text: text.text.slice(span.start, span.end), span, kind, keywords: words });
  };
  const quotes = quotedRanges(text.text);
  for (const sentence of text.sentences) {
    // What the customer quotes (an error message, the company's help page, "please confirm your info") asks nothing of the reply.
    const clauses = clausesOf(sentence).filter(
      (clause) => !quotes.some((quote) => clause.start >= quote.start && clause.start < quote.end),
    );
    if (clauses.length === 0) continue;
    const cues = hits
      .filter((hit) => hit.cue.kind === 'implicit-question' && hit.sentenceStart === sentence.start)
      .map((hit) => sentence.start + hit.start)
      .filter((at) => !quotes.some((quote) => at >= quote.start && at < quote.end));
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
        // "I buy the game to deal with this?", "I can't access my account????": a statement of the customer's own, asked in disbelief.
        const disbelief =
          /^(?:i|i'm|i’m|im|i've|i’ve)\b/i.test(core(asked)) &&
          !clauses.slice(part.first, part.last + 1).some((clause) => QUESTION_OPENER.test(core(clause.text))) &&
          !cues.some((at) => at >= span.start && at < span.end);
        const rhetorical =
          exclaimed ||
          disbelief ||
          readings.slice(part.first, part.last + 1).includes('rhetorical') ||
          isRhetorical(asked);
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
