/**
 * Pattern shapes that compromise's match syntax accepts but matches as nothing, so a rule, cue or team guideline
 * written that way fails silently. Each is checked against compromise itself (tests/coach/core/pattern-check.test.ts):
 *
 * - a group inside a group: in `(caused|this (may|might) have caused)` the inner group makes the whole alternation
 *   match nothing;
 * - a contraction inside a group: compromise splits "cannot", "won't" or "dont" into two terms ("can" + an implied
 *   "not") before matching, and a group compares the word as written with the first term alone, so `we (cannot|will
 *   not) help` misses "we cannot help" (and a later alternative that would match is not tried);
 * - a hyphenated word inside a group that compromise splits in two ("wi-fi" → "wi-" + "fi", "2-step", "non-functioning";
 *   not "e-mail" or "pre-order"): the group compares it with the first half alone, so `no (signal|wi-fi)` misses "no
 *   wi-fi", while `no (signal|wi fi)` matches it;
 * - an optional word inside a group's alternative: `(sorry|very? sad)` requires "very" (and `{0,n}` or `*` there
 *   match at random);
 * - a group with an alternative of several words right after a repeated wildcard (`.{0,6}`, `.*`, `.+`): `charged
 *   .{0,6} (after|even after) i` matches nothing, not even "charged me after i" (a single wildcard, `.` or `.?`, is fine);
 * - an alternative whose words begin a later one: a group takes the first alternative that matches and does not come
 *   back to try the others, so `(i|i am) sorry` misses "i am sorry" (the group takes "i", then "sorry" fails on "am")
 *   and `(sorry|sorry for)` never takes "sorry for": list the longer alternative first.
 *
 * Rules and cues are checked where they are compiled, so such a pattern fails at load, not in production, and a
 * team's guideline pack gets the same message when it is validated.
 */
import nlp from 'compromise/two';
import { installCompromisePatches } from '../compromise-setup';

const REGEX_TERM = /\/(?:\\.|[^/\\])+\//gu;
/** Contractions compromise splits by rule rather than from its list ("n't", "'re", "'m", "'ve", "'ll", "'d"). */
const SPLIT_SUFFIX = /(?:n['’]t|['’](?:re|m|ve|ll|d))$/u;
/** "'s" is a contraction after these ("it's" → "it is"); after a noun it is a possessive, which matches as written. */
const SPLIT_S = /^(?:it|that|what|there|here|he|she|who|where|how|let)['’]s$/u;
const OPTIONAL = /(?:\?|\*|\{0,\d*\})$/u;

/** The pattern's groups as lists of alternatives of words, or null when a group opens inside another. */
function groupsOf(pattern: string): string[][][] | null {
  const groups: string[][][] = [];
  let depth = 0;
  let body = '';
  for (const char of pattern.replace(REGEX_TERM, ' ')) {
    if (char === '(') {
      if (depth > 0) return null;
      depth = 1;
      body = '';
    } else if (char === ')' && depth > 0) {
      depth = 0;
      groups.push(body.split('|').map((alternative) => alternative.trim().split(/\s+/u).filter(Boolean)));
    } else if (depth > 0) body += char;
  }
  return groups;
}

let contractionWords: ReadonlySet<string> | undefined;

/** The words compromise's contraction list splits ("cannot", "gonna", "dont", and the engine's own additions). */
function listedContractions(): ReadonlySet<string> {
  if (contractionWords) return contractionWords;
  installCompromisePatches();
  const list = (nlp.world() as unknown as { model: { one: { contractions: Array<{ word?: string }> } } }).model.one
    .contractions;
  contractionWords = new Set(list.flatMap((entry) => (entry.word ? [entry.word] : [])));
  return contractionWords;
}

function isContraction(word: string): boolean {
  const plain = word.toLowerCase().replace(/^[!^]+|[?+*$]+$/gu, '');
  return listedContractions().has(plain) || SPLIT_SUFFIX.test(plain) || SPLIT_S.test(plain);
}

/** A hyphenated word compromise reads as two terms ("wi-fi", "2-step"); "e-mail" and "pre-order" stay one. */
function isSplitHyphenation(word: string): boolean {
  const plain = word.replace(/^[!^]+|[?+*$]+$/gu, '');
  return /[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(plain) && nlp(plain).terms().length > 1;
}

/** The words compromise reads a contraction as ("won't" → "will not"); null when it decides by context ("it's"). */
function expansionOf(word: string): string | null {
  const json = nlp(word).json({ terms: { text: true, implicit: true } }) as Array<{
    terms: Array<{ text: string; implicit?: string }>;
  }>;
  const terms = json[0]?.terms ?? [];
  return terms.length > 1 ? terms.map((term) => term.implicit ?? term.text).join(' ') : null;
}

/** The first alternative whose words begin a later alternative of the same group, with that later one. */
function shadowingAlternative(alternatives: readonly string[][]): { shorter: string; longer: string } | null {
  const lowered = alternatives.map((words) => words.map((word) => word.toLowerCase()));
  for (const [index, shorter] of lowered.entries()) {
    const longer = lowered
      .slice(index + 1)
      .find((later) => later.length > shorter.length && shorter.every((word, at) => later[at] === word));
    if (longer) return { shorter: shorter.join(' '), longer: longer.join(' ') };
  }
  return null;
}

/** A repeated wildcard and the group right after it: ". {0,6} (after|even after)". */
const WILDCARD_THEN_GROUP = /(?:^|\s)(\.(?:\{\d*,?\d*\}|[*+]))\s+\(([^()]*)\)/gu;

/** The wildcard and the several-word alternative of a group right after it, which compromise matches as nothing. */
function groupAfterWildcard(pattern: string): { wildcard: string; alternative: string } | null {
  for (const [, wildcard, body] of pattern.replace(REGEX_TERM, ' ').matchAll(WILDCARD_THEN_GROUP)) {
    const alternative = body!.split('|').find((words) => words.trim().split(/\s+/u).length > 1);
    if (alternative) return { wildcard: wildcard!, alternative: alternative.trim() };
  }
  return null;
}

/** Why compromise would match this pattern as nothing (or not as written), or null when it is fine. */
export function patternProblem(pattern: string): string | null {
  const groups = groupsOf(pattern);
  if (!groups) return 'nests a group inside a group, which compromise matches as nothing: list the alternatives flat';
  const afterWildcard = groupAfterWildcard(pattern);
  if (afterWildcard)
    return `has a group with “${afterWildcard.alternative}” right after “${afterWildcard.wildcard}”: compromise matches a repeated wildcard followed by a group with a several-word alternative as nothing: put a one-word term between them or list one-word alternatives only`;
  for (const alternatives of groups) {
    for (const words of alternatives) {
      const contraction = words.find(isContraction);
      if (contraction) {
        const words = expansionOf(contraction);
        return `has “${contraction}” inside a group: compromise splits it into ${words ? `“${words}”` : 'two words'} before matching and compares the group with the first alone, so the pattern misses it: write ${words ? `“${words}”` : 'the words in full'}`;
      }
      const hyphenated = words.find(isSplitHyphenation);
      if (hyphenated)
        return `has “${hyphenated}” inside a group: compromise splits it into two words and compares the group with the first alone, so the pattern misses it: write “${hyphenated.replace(/-/gu, ' ')}”, which matches it with or without the hyphen`;
      const optional = words.length > 1 ? words.find((word) => OPTIONAL.test(word)) : undefined;
      if (optional)
        return `has “${optional}” inside a group’s alternative, where compromise does not treat it as optional: list the alternative both with and without it`;
    }
    const shadowing = shadowingAlternative(alternatives);
    if (shadowing)
      return `lists “${shadowing.shorter}” before “${shadowing.longer}” in a group: compromise takes the first alternative that matches and never tries the longer one, so the pattern misses it or matches less: list “${shadowing.longer}” first`;
  }
  return null;
}

/** Throws when compromise would match the pattern as nothing; rules and cues call it where they are compiled. */
export function assertMatchablePattern(pattern: string): void {
  const problem = patternProblem(pattern);
  if (problem) throw new Error(`Pattern "${pattern}" ${problem}`);
}
