/**
 * compromise's `methods.one.parseMatch` with one faster step: its match-syntax parser, put together from
 * compromise's own stages (blocks, tokens, hyphens, roots, post-processing), except that a token of the plainest
 * kinds — a word, a `#Tag`, a `(list|of|choices)` of those, each perhaps `?` optional — is read here instead of by
 * compromise's token parser, which runs every flag and syntax test (groups, ranges, regexes, roots, methods…) on
 * it and on each word of a list. The engine's cue and phrase tables are mostly such lists, some of hundreds of
 * words; compromise builds a net's patterns when it is first swept, so this was a large part of the first
 * analysis in a fresh process. Every other token, and any call with options, goes to compromise's parser.
 *
 * `installCompromisePatches()` (compromise-setup.ts) installs it; tests/coach/core/parse.test.ts checks that it
 * returns exactly what compromise's parser returns for every pattern of compromise's tagger and the engine's nets.
 */
import nlp from 'compromise/two';
// compromise's package exports do not list these stages and they have no typings: loaded by path, as the chunker
// plugin is (compromise-setup.ts; tests/coach/core/compromise-pin.test.ts checks the pinned version).
// @ts-expect-error -- untyped JavaScript file outside the package's exports
import parseBlocks from '../../../node_modules/compromise/src/1-one/match/methods/parseMatch/01-parseBlocks.js';
// @ts-expect-error -- untyped JavaScript file outside the package's exports
import parseToken from '../../../node_modules/compromise/src/1-one/match/methods/parseMatch/02-parseToken.js';
// @ts-expect-error -- untyped JavaScript file outside the package's exports
import splitHyphens from '../../../node_modules/compromise/src/1-one/match/methods/parseMatch/03-splitHyphens.js';
// @ts-expect-error -- untyped JavaScript file outside the package's exports
import inflectRoot from '../../../node_modules/compromise/src/1-one/match/methods/parseMatch/04-inflect-root.js';
// @ts-expect-error -- untyped JavaScript file outside the package's exports
import postProcess from '../../../node_modules/compromise/src/1-one/match/methods/parseMatch/05-postProcess.js';

/** A parsed token, before compromise's post-processing; only the fields the plain kinds have. */
interface Token {
  optional?: true;
  word?: string;
  tag?: string;
  choices?: Token[][];
  operator?: 'or';
}

type Stage = (tokens: unknown[], worldOrOpts: unknown) => unknown[];
const stages = {
  blocks: parseBlocks as (input: string) => string[],
  token: parseToken as (token: string, opts: object) => unknown,
  hyphens: splitHyphens as Stage,
  roots: inflectRoot as Stage,
  post: postProcess as Stage,
};

// Characters none of compromise's token tests react to (flags, brackets, ranges, escapes, methods, wildcards).
const WORD = /^[\p{L}\p{N}'’-]+$/u;
const TAG = /^#[A-Za-z]+$/;

/**
 * compromise's token parse of `token` when it is of a plain kind, with its fields in the order compromise's
 * parser adds them; otherwise null.
 */
export function plainToken(token: string): Token | null {
  const optional = token.endsWith('?');
  const body = optional ? token.slice(0, -1) : token;
  // Built as compromise's parser builds it, an empty object and then each field in its order, so the tokens have
  // the same hidden classes as compromise's own: the matcher reads them on every keystroke, and mixed shapes made
  // its property reads slower (a 1,000-word draft's keystroke ~0.4 ms slower with object literals here).
  const read: Token = {};
  if (optional) read.optional = true;
  if (WORD.test(body)) {
    read.word = body.toLowerCase();
    return read;
  }
  if (TAG.test(body)) {
    read.tag = body.charAt(1).toUpperCase() + body.slice(2);
    return read;
  }
  if (body.length < 2 || !body.startsWith('(') || !body.endsWith(')') || body.includes('&&')) return null;
  // As compromise splits a list: on '|', outer parentheses off, each choice trimmed, empty ones dropped, and
  // each choice's words split on single spaces.
  const choices = body.split('|');
  choices[0] = choices[0]!.slice(1);
  choices[choices.length - 1] = choices.at(-1)!.slice(0, -1);
  const parsed: Token[][] = [];
  for (const choice of choices.map((text) => text.trim()).filter((text) => text)) {
    const words: Token[] = [];
    for (const word of choice.split(' ')) {
      const inner = plainToken(word);
      // A list inside a list is not compromise's syntax: its parser would read the parentheses as a word.
      if (!inner || inner.choices) return null;
      words.push(inner);
    }
    parsed.push(words);
  }
  read.choices = parsed;
  read.operator = 'or';
  return read;
}

type ParseMatch = (input: unknown, opts: unknown, world: unknown) => unknown;

interface ParseMethods {
  one: { parseMatch: ParseMatch };
}

const compromiseMethods = nlp.methods() as unknown as ParseMethods;

/** compromise's own parseMatch, kept so tests can check this one against it. */
export const compromiseParseMatch: ParseMatch = compromiseMethods.one.parseMatch;

/** Options change how compromise reads a token (`caseSensitive`, `fuzzy`): those calls go to compromise. */
function hasOptions(opts: unknown): boolean {
  return opts !== undefined && opts !== null && Object.keys(opts).length > 0;
}

/** compromise's `syntax()` (parseMatch/index.js), with `plainToken` before its token parser. */
export const parseMatch: ParseMatch = (input, opts, world) => {
  if (typeof input !== 'string' || input === '' || hasOptions(opts)) return compromiseParseMatch(input, opts, world);
  const noOptions = {};
  let tokens = stages.blocks(input).map((token) => plainToken(token) ?? stages.token(token, noOptions));
  tokens = stages.hyphens(tokens, world);
  tokens = stages.roots(tokens, world);
  return stages.post(tokens, noOptions);
};

/** Makes compromise parse match patterns with `parseMatch`; `false` restores compromise's. */
export function useFastParse(enabled = true): void {
  compromiseMethods.one.parseMatch = enabled ? parseMatch : compromiseParseMatch;
}
