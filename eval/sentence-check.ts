/**
 * The part of the suggestion self-check the evaluation owns: is a generated sentence sendable as text? It parses
 * as complete sentences (each has a subject before a finite verb, or is an imperative such as "Let me check."),
 * ends cleanly, and carries nothing copied raw from a tweet (URLs, @handles, #hashtags, HTML entities or their
 * decoded leftovers, markup, emoji, chat shorthand). Whether the engine's own rules raise findings on it is the
 * engine's self-check (cust-ack's lib/coach/suggestions/self-check.ts); the eval combines the two.
 */
import nlp from 'compromise/two';

export interface CheckResult {
  ok: boolean;
  problems: string[];
}

/** The shape both checks share: `checkSuggestion(text)` in lib/coach/suggestions/self-check.ts has it too. */
export type SuggestionChecker = (text: string) => CheckResult;

interface TermJson {
  text: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags: string[];
}

const COPIED_FROM_TWEETS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bhttps?:\s*\/\/|\bwww\.|\b[\w-]+\.(?:com|net|org|io|co|uk|us|ly|gg|tv|me)\b/i, 'contains a URL'],
  [/(?:^|[^\w.])@\w/, 'contains an @handle'],
  // "order #CK-201877", "ticket #4432": a reference the customer quoted after what it refers to is no hashtag.
  [/(?:^|\s)(?<!\b(?:order|ticket|case|invoice|booking|ref|reference|number|no\.?)\s)#\w/i, 'contains a #hashtag'],
  [/&(?:#\d+|#x[\da-f]+|[a-z]{2,8});/i, 'contains an HTML entity'],
  // "&amp;" decoded by dropping the punctuation leaves the entity's name behind as a word.
  [/\b(?:amp|quot|apos|nbsp)\b/i, 'contains a leftover HTML entity name'],
  [/<\/?[a-z][^>]*>/i, 'contains markup'],
  [/\p{Extended_Pictographic}/u, 'contains an emoji'],
];

/**
 * Chat shorthand and apostrophe-less contractions: none of these is a word an agent writes, so seeing one means a
 * customer's spelling was copied into the sentence.
 */
const SHORTHAND =
  /\b(?:u|ur|plz|pls|thx|thnx|ty|idk|im|ive|cant|dont|doesnt|didnt|isnt|wasnt|wont|couldnt|shouldnt|wouldnt|havent|hasnt)\b/i;

/** Words a sentence can't end on: it was cut off mid-phrase ("there was a new.", "put it in the."). */
const DANGLING_WORDS =
  /^(?:a|an|the|to|of|and|or|but|nor|with|from|for|your|my|their|our|its|his|her|very|really|than|because|if|when)$/i;
const ARTICLE = /^(?:a|an|the)$/i;

const hasTag = (term: TermJson, tag: string) => term.tags.includes(tag);

/** A verb that carries tense: "is", "can", "understand" after a subject, "helped" — not "to look" or "saying". */
function isFiniteVerb(term: TermJson, previous: TermJson | undefined): boolean {
  if (!hasTag(term, 'Verb')) return false;
  if (hasTag(term, 'Copula') || hasTag(term, 'Modal') || hasTag(term, 'Auxiliary') || hasTag(term, 'PastTense'))
    return true;
  if (hasTag(term, 'Gerund') || hasTag(term, 'Participle')) return false;
  if (previous && /^to$/i.test(previous.text)) return false;
  return hasTag(term, 'PresentTense') || hasTag(term, 'FutureTense');
}

const DEMONSTRATIVE = /^(?:this|that|these|those|it|there)$/i;
const isSubject = (term: TermJson) =>
  ((hasTag(term, 'Noun') || hasTag(term, 'Pronoun')) && !hasTag(term, 'Possessive')) ||
  DEMONSTRATIVE.test(term.text.replace(/['’]\w+$/, ''));
/** Lead-ins that stand as a clause of their own in a support reply: "Thanks for the details —", "Ugh,". */
const FORMULA = /^(?:thanks|thank|ugh|oh|wow|hi|hello|hey)$/i;
const isFormula = (clause: readonly TermJson[]) =>
  FORMULA.test(clause[0]?.text.replace(/[^\p{L}]/gu, '') ?? '') ||
  /^no (?:need|problem|worries)\b/i.test(clause.map((term) => term.text).join(' '));
/** Words after which English needs a full clause: "I'm sorry (that) <subject> <verb>". */
const TAKES_CLAUSE = /^(?:sorry|apologi[sz]e|glad|afraid)$/i;
/** What may follow "sorry" instead of a clause: "sorry about …", "sorry for …", "sorry to …", "sorry, …". */
const INSTEAD_OF_CLAUSE = /^(?:about|for|to|if|again|too|that's|so|indeed)$/i;

/** A run of words with a subject before a finite verb, or an imperative ("Let me check", "Totally get it"). */
function isClause(words: readonly TermJson[]): boolean {
  const lead = words.find((term) => !hasTag(term, 'Adverb'));
  if (
    lead &&
    (hasTag(lead, 'Imperative') ||
      (hasTag(lead, 'Infinitive') && !hasTag(lead, 'Gerund') && !/^(?:sorry)$/i.test(lead.text)))
  )
    return true;
  // Negative and polite imperatives: "Don't worry", "Please bear with me".
  if (lead && /^(?:don['’]t|do|please|never)$/i.test(lead.text)) {
    const next = words[words.indexOf(lead) + 1];
    if (next && hasTag(next, 'Verb')) return true;
  }
  return words.some((term, index) => {
    // "I'm" is one term in compromise's output plus an empty copula term after it.
    if (/['’](?:m|re|s|ve|ll|d)$/i.test(term.text) && isSubject(term)) return true;
    return isFiniteVerb(term, words[index - 1]) && words.slice(0, index).some(isSubject);
  });
}

const PERSONAL = /^(?:you|i|we|they|he|she)$/i;
const NOUN_PHRASE = (term: TermJson) =>
  !PERSONAL.test(term.text) &&
  ['Determiner', 'Possessive', 'Adjective', 'Noun', 'Value', 'Acronym'].some((tag) => hasTag(term, tag)) &&
  !hasTag(term, 'Verb');

/**
 * "your console you keep getting the message", "some reason you can't sign in": a noun phrase where the clause's
 * subject goes, then a second subject and only one verb — two clauses pasted together. ("The email you sent
 * bounced" has its second verb.)
 */
function pastedSubjects(words: readonly TermJson[]): boolean {
  let index = 0;
  // compromise may tag the noun after a determiner as a verb ("some/Determiner reason/Verb").
  const afterDeterminer = (at: number) =>
    at > 0 && (hasTag(words[at - 1]!, 'Determiner') || hasTag(words[at - 1]!, 'Possessive'));
  while (
    index < words.length &&
    !TAKES_CLAUSE.test(words[index]!.text) &&
    (NOUN_PHRASE(words[index]!) || afterDeterminer(index))
  )
    index += 1;
  const phrase = words.slice(0, index);
  const namesSomething = phrase.some(
    (term, at) => (hasTag(term, 'Noun') && !hasTag(term, 'Pronoun')) || hasTag(term, 'Value') || afterDeterminer(at),
  );
  if (!namesSomething || index >= words.length || !PERSONAL.test(words[index]!.text)) return false;
  // Count verb groups, not verbs: "can't sign" is one.
  const rest = words.slice(index + 1);
  const joined = (term: TermJson | undefined) =>
    !!term && ['Modal', 'Auxiliary', 'Negative', 'Copula'].some((tag) => hasTag(term, tag));
  const groups = rest.filter((term, at) => isFiniteVerb(term, rest[at - 1]) && !joined(rest[at - 1]));
  return groups.length <= 1;
}

/** The sentence cut where a new clause starts: after ";", ":", a dash. */
function clausesOf(words: readonly TermJson[]): TermJson[][] {
  const clauses: TermJson[][] = [[]];
  for (const term of words) {
    clauses[clauses.length - 1]!.push(term);
    if (/[;:—–]|\s-\s/.test(term.post ?? '')) clauses.push([]);
  }
  return clauses.filter((clause) => clause.some((term) => term.text.length > 0));
}

/** Whether a phrase stops mid-phrase ("the trouble with", "there was a new"): for `problem` and `topic` fragments too. */
export function endsMidPhrase(phrase: string): boolean {
  const sentence = (nlp(phrase).json() as Array<{ terms: TermJson[] }>).at(-1);
  return sentence ? danglingEnd(sentence.terms.filter((term) => term.text.length > 0)) !== null : false;
}

function danglingEnd(spoken: readonly TermJson[]): string | null {
  const last = spoken[spoken.length - 1];
  if (!last) return null;
  const bare = last.text.replace(/[^\p{L}\p{N}'’-]+/gu, '');
  // "…there was a new." — an article and an adjective with no noun after them.
  // compromise tags the cut-off word as a noun in context ("a/Noun new/Noun"), so ask its lexicon out of context.
  const articleThenAdjective =
    spoken.length > 1 &&
    ARTICLE.test(spoken[spoken.length - 2]!.text) &&
    (hasTag(last, 'Adjective') || nlp(bare).has('^(#Adjective|#PastTense|#Participle)$'));
  return DANGLING_WORDS.test(bare) || hasTag(last, 'Possessive') || articleThenAdjective ? bare : null;
}

/** Problems with one sentence's grammar, as compromise tags it. */
function sentenceProblems(terms: readonly TermJson[], sentence: string): string[] {
  const words = terms.filter((term) => term.text.length > 0 || hasTag(term, 'Copula'));
  if (words.length === 0) return [];
  const problems: string[] = [];
  const clauses = clausesOf(words);
  if (!isClause(clauses[0]!) && !(clauses.length > 1 && isFormula(clauses[0]!)))
    problems.push(`“${sentence}” has no subject and finite verb`);
  for (const clause of clauses) {
    const spoken = clause.filter((term) => term.text.length > 0);
    const afterThat = spoken.findIndex((term) => /^that$/i.test(term.text));
    if (pastedSubjects(spoken) || (afterThat >= 0 && pastedSubjects(spoken.slice(afterThat + 1))))
      problems.push(`“${sentence}” pastes two subjects onto one verb`);
  }
  for (const clause of clauses.slice(1)) {
    if (!isClause(clause) && !isFormula(clause.filter((term) => term.text.length > 0)))
      problems.push(`“${sentence}”: the clause after the break has no subject and finite verb`);
  }
  // "I'm sorry got this error", "sorry things missing": after "sorry (that)" English needs a subject and a verb.
  words.forEach((term, index) => {
    if (!TAKES_CLAUSE.test(term.text.replace(/[^\p{L}]/gu, ''))) return;
    if (/[,;:—–.!?]/.test(term.post ?? '')) return;
    let rest = words.slice(index + 1);
    const next = rest.find((candidate) => candidate.text.length > 0);
    if (!next || INSTEAD_OF_CLAUSE.test(next.text)) return;
    // "sorry that <clause>", but in "glad that helped" the "that" is the clause's subject.
    const afterThat = rest[rest.indexOf(next) + 1];
    if (/^that$/i.test(next.text) && !(afterThat && isFiniteVerb(afterThat, next)))
      rest = rest.slice(rest.indexOf(next) + 1);
    const end = rest.findIndex((candidate) => /[;:—–]|\s-\s/.test(candidate.post ?? ''));
    const complement = end < 0 ? rest : rest.slice(0, end + 1);
    if (complement.length > 0 && !isClause(complement))
      problems.push(`“${sentence}”: what follows “${term.text}” is not a clause`);
    else if (pastedSubjects(complement.filter((candidate) => candidate.text.length > 0)))
      problems.push(`“${sentence}”: what follows “${term.text}” pastes two subjects onto one verb`);
  });
  const dangling = danglingEnd(words.filter((term) => term.text.length > 0));
  if (dangling !== null) problems.push(`“${sentence}” ends mid-phrase on “${dangling}”`);
  // Existential "there" takes a form of "be" (or a modal, "seem", "appear"): "there automatically sync" is a cut clause.
  for (let index = 0; index + 1 < words.length; index += 1) {
    if (!/^there$/i.test(words[index]!.text)) continue;
    const next = words.slice(index + 1).find((term) => !hasTag(term, 'Adverb'));
    if (
      next &&
      hasTag(next, 'Verb') &&
      !hasTag(next, 'Copula') &&
      !hasTag(next, 'Modal') &&
      !hasTag(next, 'Auxiliary') &&
      !/^(?:seems?|appears?|has|have|had|used)$/i.test(next.text)
    ) {
      problems.push(`“${sentence}” puts a verb after “there” without “is/are”`);
    }
  }
  return problems;
}

/** What a phrase copied raw from a tweet: URLs, handles, hashtags, entities, markup, emoji, chat shorthand. */
export function copiedFromTweet(text: string): string[] {
  const problems = COPIED_FROM_TWEETS.filter(([pattern]) => pattern.test(text)).map(([, problem]) => problem);
  const shorthand = SHORTHAND.exec(text);
  if (shorthand) problems.push(`contains chat shorthand “${shorthand[0]}”`);
  return problems;
}

function surfaceProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.trim().length === 0) return ['is empty'];
  if (text !== text.trim()) problems.push('has leading or trailing space');
  if (!/^[\p{Lu}\p{N}“"'‘]/u.test(text.trim())) problems.push('does not start with a capital letter');
  if (!/[.!?]["”’)]?$/.test(text.trim())) problems.push('does not end with . ! or ?');
  problems.push(...copiedFromTweet(text));
  if (/\b(\w+)\s+\1\b/i.test(text)) problems.push('repeats a word');
  if (/\s[,.;:!?]/.test(text) || /[,;:]\s*[.!?]/.test(text)) problems.push('has misplaced punctuation');
  if (/(^|[\s(])i\b(?!\.)/.test(text)) problems.push('has a lower-case “i”');
  if (/\ba\s+[aeio]\w/i.test(text)) problems.push('uses “a” before a vowel');
  if (/\b\p{L}+\/\p{L}+\b/u.test(text.replace(/https?:\S+/g, '')))
    problems.push('contains a slashed abbreviation (“a/c”, “can/can not”)');
  const opened = (text.match(/[([]/g) ?? []).length;
  const closed = (text.match(/[)\]]/g) ?? []).length;
  if (
    opened !== closed ||
    (text.match(/"/g) ?? []).length % 2 === 1 ||
    (text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length
  )
    problems.push('has unbalanced brackets or quotes');
  return problems;
}

/** The eval's check of one generated sentence (or a few): `ok` when nothing is wrong. */
export const sentenceCheck: SuggestionChecker = (text) => {
  const problems = surfaceProblems(text);
  if (text.trim().length > 0) {
    const doc = nlp(text);
    const sentences = doc.json() as Array<{ text: string; terms: TermJson[] }>;
    for (const sentence of sentences) problems.push(...sentenceProblems(sentence.terms, sentence.text.trim()));
  }
  return { ok: problems.length === 0, problems };
};

/** Several checks as one: a sentence passes when every check passes; problems are prefixed by the check's name. */
export function allOf(checks: ReadonlyArray<{ name: string; check: SuggestionChecker }>): SuggestionChecker {
  return (text) => {
    const problems = checks.flatMap(({ name, check }) => check(text).problems.map((problem) => `${name}: ${problem}`));
    return { ok: problems.length === 0, problems };
  };
}
