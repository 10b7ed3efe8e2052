/**
 * Where a phrase stands in its sentence's clauses, for ranking topic candidates (customer/topic.ts): the main
 * clause, an aside (a parenthesis, a relative clause: "my Social account (which I used for |Max Payne 3|)"), or a
 * time or concession clause ("when I open |the app|", "after visiting |your site|", "even though I am not changing
 * |any files|"): background more often than the problem, by how often the learned weights say.
 */
import type { Sentence, Term } from '../text';

export type ClauseKind = 'main' | 'aside' | 'time';

export interface Clause {
  kind: ClauseKind;
  /** Offsets in the message of its first and last term. */
  start: number;
  end: number;
}

/** Words that open a clause about when something happened (or a time phrase: "during conference calls"). */
const TIME_OPENERS: ReadonlySet<string> = new Set([
  'when',
  'whenever',
  'while',
  'since',
  'after',
  'before',
  'until',
  'till',
  'once',
  'during',
]);

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'or', 'then']);

/** Words that open a clause of its own that may well say the problem: a reason, a condition, a reported fact. */
const MAIN_OPENERS: ReadonlySet<string> = new Set(['because', 'cause', 'cuz', 'if', 'unless', 'whether']);

/** A concession is background like a time clause: "even though |I am not changing any files|". */
const CONCESSIONS: ReadonlySet<string> = new Set(['though', 'although']);

/** Words that start a clause of its own after "and", "but": "… and |it| crashes", "but |now| I can't". */
const CLAUSE_SUBJECTS = /^(?:i|it|they|we|you|he|she|this|that|now|then|still|there|nothing|everything)$/;

const CLAUSE_BREAK = /[,;:…]|\s[-–—]\s|^[–—]|\.\.\./;

/** "the files |that| I uploaded", "a lobby |where| …": after a noun, these open a clause about that noun. */
function opensRelative(term: Term, previous: Term | undefined): boolean {
  if (RELATIVE_PRONOUNS.has(term.normal)) return previous !== undefined;
  return (
    (term.normal === 'that' || term.normal === 'where') &&
    previous !== undefined &&
    previous.tags.has('Noun') &&
    !previous.tags.has('Pronoun') &&
    !/[,;:.!?]/.test(previous.post)
  );
}

/** What kind of clause a term opens, or null when it goes on with the clause before it. */
function opens(terms: readonly Term[], index: number): ClauseKind | null {
  const term = terms[index]!;
  const previous = terms[index - 1];
  if (TIME_OPENERS.has(term.normal) || CONCESSIONS.has(term.normal)) return 'time';
  if (opensRelative(term, previous)) return 'aside';
  if (index > 0 && MAIN_OPENERS.has(term.normal)) return 'main';
  // "I noticed |that my comments are …|": after a verb, "that" opens what was noticed, said or found.
  if (term.normal === 'that' && previous?.tags.has('Verb') === true) return 'main';
  const next = terms[index + 1];
  if (index > 0 && COORDINATORS.has(term.normal) && next !== undefined && CLAUSE_SUBJECTS.test(next.normal))
    return 'main';
  return null;
}

/**
 * The clauses of a sentence in order, cut at clause punctuation, parentheses, subordinators and a conjunction
 * before a new subject. A parenthesis is an aside whatever it holds; after it the clause around it goes on.
 */
export function clausesOf(sentence: Sentence): Clause[] {
  const terms = sentence.terms;
  const clauses: Clause[] = [];
  let kind: ClauseKind = 'main';
  let first = 0;
  let outside: ClauseKind = 'main';
  let depth = 0;
  const close = (last: number) => {
    if (last >= first) clauses.push({ kind, start: terms[first]!.start, end: terms[last]!.end });
    first = last + 1;
  };
  terms.forEach((term, index) => {
    if (term.pre.includes('(')) {
      close(index - 1);
      if (depth === 0) outside = kind;
      depth += 1;
      kind = 'aside';
    } else if (depth === 0) {
      const opened = opens(terms, index);
      if (opened) {
        close(index - 1);
        kind = opened;
      }
    }
    if (depth > 0 && term.post.includes(')')) {
      depth -= 1;
      close(index);
      if (depth === 0) kind = outside;
    } else if (CLAUSE_BREAK.test(term.post)) {
      close(index);
      kind = 'main';
      outside = 'main';
    }
  });
  close(terms.length - 1);
  return clauses;
}

/** The clause a span starts in (the last one when it starts after them all). */
export function clauseAt(clauses: readonly Clause[], start: number): Clause | undefined {
  return clauses.find((clause) => start >= clause.start && start <= clause.end) ?? clauses[clauses.length - 1];
}
