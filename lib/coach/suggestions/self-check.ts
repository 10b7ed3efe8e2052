/**
 * The check every generated sentence passes before it is offered: it is whole (each sentence has a subject and a
 * finite verb by compromise's parse, no clause dangles after a colon, it does not stop on "a" or "the"), it
 * carries nothing of raw customer text (markup, entities, @handles, links, hashtags, chat shorthand), and the
 * engine's own rules raise no finding on it (no overpromising, no boilerplate, no blame). A suggestion the coach
 * would flag in the agent's own draft must never come from the coach.
 */
import { runRules } from '../rules/index';
import { LEXICON as lexicon, analyzeText, type Sentence } from '../text';
import type { CustomerAnalysis } from '../types';

export interface SelfCheck {
  ok: boolean;
  problems: string[];
}

/** Chat shorthand and misspellings customers type that a reply must not copy. */
const SHORTHAND = new Set(
  `u ur urs r ya yall y'all pls plz thx thnx ty tho cuz coz b4 im ive dont cant wont didnt doesnt isnt wasnt havent
  hasnt shouldnt wouldnt couldnt idk imo imho lol lmao omg wtf btw fyi asap amp gonna wanna gotta kinda dunno smh
  tbh rn nvm pic pics acc`
    .split(/\s+/)
    .filter(Boolean),
);
const MARKUP = /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+|#x[\da-f]+);/i;
const HANDLE = /(?:^|[^\p{L}\d])@[\p{L}\d_]/u;
const LINK = /\bhttps?:|\bwww\.|\b[\w-]+\.(?:com|net|org|io|co|ly|be|gl)\b/i;
/** "#StopEbay" is a hashtag; "#A-20931" is an order reference (it has a digit). */
const HASHTAG = /#(?=[\p{L}_])(?![\p{L}\d_-]*\d)/u;
const FINITE = ['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary'];
const MAX_WORDS = 32;

/** compromise's own word list says the word is an adjective, whatever it tagged it here ("a new." → Noun). */
function isLexiconAdjective(word: string): boolean {
  const tags = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return tags === 'Adjective' || (Array.isArray(tags) && tags.includes('Adjective'));
}

const isFinite = (tags: ReadonlySet<string>): boolean => FINITE.some((tag) => tags.has(tag)) && !tags.has('Gerund');

/** A subject (a noun or pronoun) before the first finite verb of the stretch of terms. */
function hasSubjectAndVerb(terms: Sentence['terms']): boolean {
  let subject = false;
  let previous: Sentence['terms'][number] | null = null;
  for (const term of terms) {
    if (!term.text && !term.tags.has('Copula') && !term.tags.has('Modal') && !term.tags.has('Auxiliary')) continue;
    // "That's great": a demonstrative right before the verb is its subject.
    if (isFinite(term.tags) && (subject || previous?.tags.has('Determiner'))) return true;
    if (term.tags.has('Noun') || term.tags.has('Pronoun')) subject = true;
    previous = term;
  }
  return false;
}

function grammarProblems(sentence: Sentence): string[] {
  const problems: string[] = [];
  const words = sentence.terms.filter((term) => term.text.length > 0);
  if (!hasSubjectAndVerb(sentence.terms)) problems.push(`no subject and finite verb: “${sentence.text.trim()}”`);
  // "That would confuse anyone: them down." — what follows a colon or semicolon must be a clause too.
  let clause: Sentence['terms'] = [];
  for (const term of sentence.terms) {
    clause.push(term);
    if (/[:;]/.test(term.post)) {
      if (!hasSubjectAndVerb(clause)) problems.push(`a clause without a verb before “${term.post.trim()}”`);
      clause = [];
    }
  }
  if (clause.length > 0 && clause.length < sentence.terms.length && !hasSubjectAndVerb(clause))
    problems.push('a clause without a verb after a colon');
  const last = words[words.length - 1];
  const beforeLast = words[words.length - 2];
  const article = beforeLast && /^(a|an|the|my|your|our|their|his|her)$/.test(beforeLast.normal);
  const stops = last && /^(a|an|the|to|of|for|with|and|or|but|because|which|my|your|our|their)$/.test(last.normal);
  if (last && (stops || (article && (last.tags.has('Adjective') || isLexiconAdjective(last.normal))))) {
    problems.push(`it stops mid-phrase on “${last.text}”`);
  }
  for (let index = 1; index < words.length; index += 1) {
    if (words[index]!.normal === words[index - 1]!.normal && /\p{L}/u.test(words[index]!.normal))
      problems.push(`“${words[index]!.text}” twice in a row`);
  }
  return problems;
}

/** Whether a generated sentence may be offered as it is, and if not, why. */
export function checkSuggestion(text: string, customer: CustomerAnalysis | null = null): SelfCheck {
  const problems: string[] = [];
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, problems: ['empty'] };
  if (/[{}]/.test(trimmed)) problems.push('an unfilled slot');
  if (MARKUP.test(trimmed)) problems.push('markup or an HTML entity');
  if (HANDLE.test(trimmed)) problems.push('an @handle');
  if (LINK.test(trimmed)) problems.push('a link');
  if (HASHTAG.test(trimmed)) problems.push('a hashtag');
  if (!/^[\p{Lu}"“]/u.test(trimmed)) problems.push('it does not start with a capital letter');
  if (!/[.!?]["”]?$/.test(trimmed)) problems.push('it does not end a sentence');
  if (/\s[,.;:!?]/.test(trimmed) || /\s{2,}/.test(trimmed)) problems.push('stray spacing');
  const analysed = analyzeText(trimmed);
  if (analysed.words > MAX_WORDS) problems.push(`too long (${analysed.words} words)`);
  for (const sentence of analysed.sentences) {
    for (const term of sentence.terms) {
      const word = term.text.toLowerCase().replace(/[^\p{L}']/gu, '');
      if (SHORTHAND.has(word)) problems.push(`chat shorthand “${term.text}”`);
    }
    problems.push(...grammarProblems(sentence));
  }
  for (const finding of runRules(analysed, { customer, disabled: new Set() })) {
    problems.push(`${finding.ruleId}: ${finding.reason}`);
  }
  return { ok: problems.length === 0, problems };
}
