/**
 * A faster `methods.one.bulkMatch` for compromise: the function behind `doc.sweep(net)`, which compromise's own
 * tagger runs with its ~600 post-tagging patterns on every sentence, and which the cue nets and phrase lists
 * here run too. It returns exactly what compromise's returns, in the same order (the tagger applies tags in that
 * order), and removes three costs that profiles of a keystroke put at about a third of the engine's time:
 *
 * - compromise walks every hook of the net (hundreds) for every sentence; this walks the sentence's own words
 *   and tags and looks each up, then restores compromise's hook order by rank;
 * - compromise's needs/ifNo/wants trimming allocates three filtered arrays per sentence; this tests in place;
 * - compromise runs the matcher for each remaining pattern from every word. Patterns whose alternatives are
 *   phrases ("(if i understand|to make sure i understand)") pass the hook test on any one of their words, so
 *   most of those runs fail. A requirement compiled from each pattern (these words and tags, and one of these
 *   alternatives) is checked against the sentence's words first, and the matcher runs only if it can succeed.
 *
 * The requirement is necessary, never sufficient: it only names words and tags that compromise's term matcher
 * (`doesMatch`) cannot match without, so skipping the matcher when it fails changes no result.
 *
 * Importing this module installs it (text.ts imports it before tagging anything).
 */

import nlp from 'compromise';

/** A parsed match token (compromise's parseMatch output); only the fields read here. */
interface Reg {
  optional?: boolean;
  negative?: boolean;
  fuzzy?: boolean;
  anything?: boolean;
  min?: number;
  use?: string;
  id?: string;
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  operator?: 'or' | 'and';
}

/** One pattern of a compiled net (compromise's buildNet output). */
export interface NetEntry {
  id?: string;
  match: string;
  regs: Reg[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

export interface CompiledNet {
  hooks: Record<string, NetEntry[]>;
  always: NetEntry[];
}

export interface InternalTerm {
  text: string;
  index?: [number, number];
}

export interface MatchMethods {
  cacheDoc(document: InternalTerm[][]): Array<Set<string>>;
  match(docs: InternalTerm[][], todo: NetEntry, cache?: Array<Set<string>>): { ptrs: Array<[number, number, number]> };
}

/** What a pattern needs to be present in a sentence: all of `words`, and for each group in `oneOf`, one requirement. */
interface Requirement {
  words: string[];
  oneOf: Requirement[][];
}

const NONE: Requirement = { words: [], oneOf: [] };

function isEmpty(requirement: Requirement): boolean {
  return requirement.words.length === 0 && requirement.oneOf.length === 0;
}

/**
 * Mirrors compromise's `doesMatch`: a token with `word` matches a term's normal, text, machine form or alias; a
 * `tag` its tags; a fast-or list its root, implicit, machine or normal form or its text. Tokens that may match
 * nothing or anything (optional, negative, fuzzy, `{0,n}`, `.`, ids, regexes, methods, text-only `use`) require
 * nothing.
 */
function requirementOf(regs: readonly Reg[]): Requirement {
  const words: string[] = [];
  const oneOf: Requirement[][] = [];
  for (const reg of regs) {
    if (reg.optional || reg.negative || reg.fuzzy || reg.anything || reg.min === 0 || reg.use !== undefined || reg.id !== undefined) continue;
    if (reg.word !== undefined) words.push(reg.word);
    else if (reg.tag !== undefined) words.push(`#${reg.tag}`);
    else if (reg.fastOr !== undefined) oneOf.push([...reg.fastOr].map((word) => ({ words: [word], oneOf: [] })));
    else if (reg.choices !== undefined && reg.operator === 'or') {
      const alternatives = reg.choices.map(requirementOf);
      // An alternative that requires nothing makes the whole group require nothing.
      if (alternatives.length > 0 && !alternatives.some(isEmpty)) oneOf.push(alternatives);
    }
  }
  return words.length === 0 && oneOf.length === 0 ? NONE : { words, oneOf };
}

function holds(requirement: Requirement, present: (word: string) => boolean): boolean {
  for (const word of requirement.words) if (!present(word)) return false;
  for (const group of requirement.oneOf) if (!group.some((alternative) => holds(alternative, present))) return false;
  return true;
}

const requirements = new WeakMap<NetEntry, Requirement>();
function requirementFor(entry: NetEntry): Requirement {
  let requirement = requirements.get(entry);
  if (!requirement) {
    requirement = requirementOf(entry.regs);
    requirements.set(entry, requirement);
  }
  return requirement;
}

/** Each hook's position in `Object.keys(net.hooks)`: compromise gathers candidates in that order. */
const hookRanks = new WeakMap<CompiledNet, { keys: string[]; rank: Map<string, number> }>();
function ranksOf(net: CompiledNet): { keys: string[]; rank: Map<string, number> } {
  let ranks = hookRanks.get(net);
  if (!ranks) {
    const keys = Object.keys(net.hooks);
    ranks = { keys, rank: new Map(keys.map((key, rank) => [key, rank])) };
    hookRanks.set(net, ranks);
  }
  return ranks;
}

/**
 * The patterns of `net` worth running on one sentence (`terms`, whose compromise word/tag cache is `have`), in
 * compromise's order: hook candidates deduplicated by pattern, trimmed by needs/ifNo/wants, then the patterns
 * without hooks, then those the sentence is too short for dropped, then those whose requirement fails.
 */
export function candidatesFor(net: CompiledNet, terms: readonly InternalTerm[], have: ReadonlySet<string>): NetEntry[] {
  const { keys, rank } = ranksOf(net);
  const ranks: number[] = [];
  for (const key of have) {
    const found = rank.get(key);
    if (found !== undefined) ranks.push(found);
  }
  ranks.sort((a, b) => a - b);
  let texts: Set<string> | undefined;
  const present = (word: string): boolean => {
    if (have.has(word)) return true;
    texts ??= new Set(terms.map((term) => term.text));
    return texts.has(word);
  };
  const seen = new Set<string>();
  const candidates: NetEntry[] = [];
  const consider = (entry: NetEntry): void => {
    if (terms.length >= entry.minWords && holds(requirementFor(entry), present)) candidates.push(entry);
  };
  for (const index of ranks) {
    for (const entry of net.hooks[keys[index]!]!) {
      if (seen.has(entry.match)) continue;
      seen.add(entry.match);
      if (!entry.needs.every((need) => have.has(need))) continue;
      if (entry.ifNo !== undefined && entry.ifNo.some((no) => have.has(no))) continue;
      if (entry.wants.length > 0) {
        let wanted = 0;
        for (const want of entry.wants) if (have.has(want)) wanted += 1;
        if (wanted < entry.minWant) continue;
      }
      consider(entry);
    }
  }
  for (const entry of net.always) consider(entry);
  return candidates;
}

interface BulkMatchMethods {
  one: MatchMethods;
}

type BulkMatchResult = NetEntry & { pointer: [number, number, number] };

/** Drop-in for compromise's `methods.one.bulkMatch(document, net, methods, opts)`. */
export function bulkMatch(document: InternalTerm[][], net: CompiledNet, methods: BulkMatchMethods, opts: { matchOne?: boolean } = {}): BulkMatchResult[] {
  const caches = methods.one.cacheDoc(document);
  const results: BulkMatchResult[] = [];
  for (let n = 0; n < document.length; n += 1) {
    const terms = document[n]!;
    for (const entry of candidatesFor(net, terms, caches[n]!)) {
      const { ptrs } = methods.one.match([terms], entry);
      if (ptrs.length === 0) continue;
      for (const ptr of ptrs) {
        ptr[0] = n;
        const todo: BulkMatchResult = Object.assign({}, entry, { pointer: ptr });
        if (entry.unTag !== undefined) todo.unTag = entry.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}

interface SweepMethods {
  one: { bulkMatch: typeof bulkMatch };
}

const compromiseMethods = nlp.methods() as unknown as SweepMethods;

/** compromise's own bulkMatch, kept so tests can check the replacement against it. */
export const compromiseBulkMatch: typeof bulkMatch = compromiseMethods.one.bulkMatch;

/** Makes every `doc.sweep` (and so compromise's tagger) use `bulkMatch`; `false` restores compromise's. */
export function useFastSweep(enabled = true): void {
  compromiseMethods.one.bulkMatch = enabled ? bulkMatch : compromiseBulkMatch;
}

useFastSweep();
