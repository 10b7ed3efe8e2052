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

/** A net entry with what the candidate test reads, and a small number per distinct pattern text. */
interface Candidate {
  entry: NetEntry;
  pattern: number;
  requirement: Requirement;
}

/**
 * A net indexed for `candidatesFor`: each hook's rank in `Object.keys(net.hooks)` (compromise gathers candidates
 * in that order) and its entries as candidates. Pattern texts get numbers so deduplication is an array lookup.
 */
interface IndexedNet {
  rank: Map<string, number>;
  byRank: Candidate[][];
  always: Candidate[];
  /** Per pattern number, the sentence chunk that last saw it (`visit`). */
  seen: Uint32Array;
  visit: number;
}

const indexed = new WeakMap<CompiledNet, IndexedNet>();
function indexNet(net: CompiledNet): IndexedNet {
  let index = indexed.get(net);
  if (index) return index;
  const keys = Object.keys(net.hooks);
  const patterns = new Map<string, number>();
  const candidates = new Map<NetEntry, Candidate>();
  const candidate = (entry: NetEntry): Candidate => {
    let found = candidates.get(entry);
    if (!found) {
      let pattern = patterns.get(entry.match);
      if (pattern === undefined) {
        pattern = patterns.size;
        patterns.set(entry.match, pattern);
      }
      found = { entry, pattern, requirement: requirementOf(entry.regs) };
      candidates.set(entry, found);
    }
    return found;
  };
  const byRank = keys.map((key) => net.hooks[key]!.map(candidate));
  index = { rank: new Map(keys.map((key, rank) => [key, rank])), byRank, always: net.always.map(candidate), seen: new Uint32Array(patterns.size), visit: 0 };
  indexed.set(net, index);
  return index;
}

/**
 * The patterns of `net` worth running on one sentence (`terms`, whose compromise word/tag cache is `have`), in
 * compromise's order: hook candidates deduplicated by pattern, trimmed by needs/ifNo/wants, then the patterns
 * without hooks, then those the sentence is too short for dropped, then those whose requirement fails.
 */
export function candidatesFor(net: CompiledNet, terms: readonly InternalTerm[], have: ReadonlySet<string>): NetEntry[] {
  const index = indexNet(net);
  const ranks: number[] = [];
  for (const key of have) {
    const found = index.rank.get(key);
    if (found !== undefined) ranks.push(found);
  }
  ranks.sort((a, b) => a - b);
  let texts: Set<string> | undefined;
  const present = (word: string): boolean => {
    if (have.has(word)) return true;
    texts ??= new Set(terms.map((term) => term.text));
    return texts.has(word);
  };
  // A fresh visit number per call replaces a per-call "seen" set; on wrap-around the marks are cleared.
  index.visit = (index.visit + 1) >>> 0;
  if (index.visit === 0) {
    index.seen.fill(0);
    index.visit = 1;
  }
  const { seen, visit } = index;
  const result: NetEntry[] = [];
  for (const rank of ranks) {
    for (const { entry, pattern, requirement } of index.byRank[rank]!) {
      if (seen[pattern] === visit) continue;
      seen[pattern] = visit;
      if (!hasAll(entry.needs, have)) continue;
      if (entry.ifNo !== undefined && hasAny(entry.ifNo, have)) continue;
      if (entry.wants.length > 0 && countPresent(entry.wants, have) < entry.minWant) continue;
      if (terms.length >= entry.minWords && holds(requirement, present)) result.push(entry);
    }
  }
  for (const { entry, requirement } of index.always) {
    if (terms.length >= entry.minWords && holds(requirement, present)) result.push(entry);
  }
  return result;
}

function hasAll(words: readonly string[], have: ReadonlySet<string>): boolean {
  for (const word of words) if (!have.has(word)) return false;
  return true;
}

function hasAny(words: readonly string[], have: ReadonlySet<string>): boolean {
  for (const word of words) if (have.has(word)) return true;
  return false;
}

function countPresent(words: readonly string[], have: ReadonlySet<string>): number {
  let count = 0;
  for (const word of words) if (have.has(word)) count += 1;
  return count;
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
