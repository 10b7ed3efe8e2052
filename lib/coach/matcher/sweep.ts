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
 * `installCompromisePatches()` (compromise-setup.ts) installs it.
 */

import nlp from 'compromise/two';
import { STOP_WORDS } from '../lexicon/words';

/** A parsed match token (compromise's parseMatch output); only the fields read here. */
interface Reg {
  optional?: boolean;
  negative?: boolean;
  fuzzy?: boolean;
  anything?: boolean;
  greedy?: boolean;
  start?: boolean;
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
  normal?: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
  tags?: ReadonlySet<string>;
  index?: [number, number];
}

export interface MatchMethods {
  cacheDoc(document: InternalTerm[][]): Array<Set<string>>;
  match(docs: InternalTerm[][], todo: NetEntry, cache?: Array<Set<string>>): { ptrs: Array<[number, number, number]> };
}

/**
 * What a pattern needs to be present in a sentence: all of `words`, and for each group in `oneOf`, one of its
 * alternatives — a single word (`anyWord`, a set, since fast-or lists run to hundreds of words) or a requirement.
 */
interface Requirement {
  words: string[];
  oneOf: Group[];
}

interface Group {
  anyWord: ReadonlySet<string>;
  anyOf: Requirement[];
}

const NONE: Requirement = { words: [], oneOf: [] };

function isEmpty(requirement: Requirement): boolean {
  return requirement.words.length === 0 && requirement.oneOf.length === 0;
}

function groupOf(alternatives: readonly Requirement[]): Group {
  const anyWord = new Set<string>();
  const anyOf: Requirement[] = [];
  for (const alternative of alternatives) {
    if (alternative.words.length === 1 && alternative.oneOf.length === 0) anyWord.add(alternative.words[0]!);
    else anyOf.push(alternative);
  }
  return { anyWord, anyOf };
}

/**
 * A token every match must contain as written: not optional, negated, fuzzy, a wildcard, possibly absent, or
 * named/captured. Only such tokens may narrow which sentences a pattern is tried on.
 */
function mustMatchAsWritten(reg: Reg): boolean {
  return !(
    reg.optional ||
    reg.negative ||
    reg.fuzzy ||
    reg.anything ||
    reg.min === 0 ||
    reg.use !== undefined ||
    reg.id !== undefined
  );
}

/**
 * Mirrors compromise's `doesMatch`: a token with `word` matches a term's normal, text, machine form or alias; a
 * `tag` its tags; a fast-or list its root, implicit, machine or normal form or its text. Tokens that may match
 * nothing or anything (optional, negative, fuzzy, `{0,n}`, `.`, ids, regexes, methods, text-only `use`) require
 * nothing.
 */
function requirementOf(regs: readonly Reg[]): Requirement {
  const words: string[] = [];
  const oneOf: Group[] = [];
  for (const reg of regs) {
    if (!mustMatchAsWritten(reg)) continue;
    if (reg.word !== undefined) words.push(reg.word);
    else if (reg.tag !== undefined) words.push(`#${reg.tag}`);
    else if (reg.fastOr !== undefined) oneOf.push({ anyWord: reg.fastOr, anyOf: [] });
    else if (reg.choices !== undefined && reg.operator === 'or') {
      const alternatives = reg.choices.map(requirementOf);
      // An alternative that requires nothing makes the whole group require nothing.
      if (alternatives.length > 0 && !alternatives.some(isEmpty)) oneOf.push(groupOf(alternatives));
    }
  }
  return words.length === 0 && oneOf.length === 0 ? NONE : { words, oneOf };
}

/**
 * Every word and tag the candidate tests read, numbered once for all nets. A sentence chunk's words and tags
 * then become marks in an array, and each test reads the array instead of looking a string up in a set.
 */
const hookIds = new Map<string, number>();
function idOf(hook: string): number {
  let id = hookIds.get(hook);
  if (id === undefined) {
    id = hookIds.size;
    hookIds.set(hook, id);
  }
  return id;
}

/**
 * The sentence chunk under test: `present[id] === stamp` for the words and tags compromise cached for it (what
 * needs, wants and ifNo are tested against), `spelled[id] === stamp` for its terms' texts (which the
 * requirement also accepts, as `doesMatch` does). One instance: `candidatesFor` runs to completion.
 */
class Marks {
  private present = new Uint32Array(1024);
  private spelled = new Uint32Array(1024);
  private stamp = 0;
  readonly presentIds: number[] = [];
  readonly spelledIds: number[] = [];

  mark(have: ReadonlySet<string>, terms: readonly InternalTerm[]): void {
    if (this.present.length < hookIds.size) {
      this.present = new Uint32Array(hookIds.size * 2);
      this.spelled = new Uint32Array(hookIds.size * 2);
      this.stamp = 0;
    }
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.present.fill(0);
      this.spelled.fill(0);
      this.stamp = 1;
    }
    this.presentIds.length = 0;
    this.spelledIds.length = 0;
    for (const key of have) {
      const id = hookIds.get(key);
      if (id !== undefined && this.present[id] !== this.stamp) {
        this.present[id] = this.stamp;
        this.presentIds.push(id);
      }
    }
    for (const term of terms) {
      const id = hookIds.get(term.text);
      if (id !== undefined && this.spelled[id] !== this.stamp) {
        this.spelled[id] = this.stamp;
        this.spelledIds.push(id);
      }
    }
  }

  has(id: number): boolean {
    return this.present[id] === this.stamp;
  }

  hasOrSpelled(id: number): boolean {
    return this.present[id] === this.stamp || this.spelled[id] === this.stamp;
  }
}

const marks = new Marks();

/** A requirement with its words numbered; a group's single words as a list and a set, to walk the shorter side. */
interface NumberedRequirement {
  words: number[];
  oneOf: Array<{ anyIds: number[]; anySet: ReadonlySet<number>; anyOf: NumberedRequirement[] }>;
}

function numbered(requirement: Requirement): NumberedRequirement {
  return {
    words: requirement.words.map(idOf),
    oneOf: requirement.oneOf.map(({ anyWord, anyOf }) => {
      const anyIds = [...anyWord].map(idOf);
      return { anyIds, anySet: new Set(anyIds), anyOf: anyOf.map(numbered) };
    }),
  };
}

function holds(requirement: NumberedRequirement): boolean {
  for (const id of requirement.words) if (!marks.hasOrSpelled(id)) return false;
  for (const { anyIds, anySet, anyOf } of requirement.oneOf) {
    if (!anyPresent(anyIds, anySet) && !anyOf.some(holds)) return false;
  }
  return true;
}

function anyPresent(ids: readonly number[], set: ReadonlySet<number>): boolean {
  if (ids.length === 0) return false;
  if (ids.length <= marks.presentIds.length + marks.spelledIds.length) {
    for (const id of ids) if (marks.hasOrSpelled(id)) return true;
    return false;
  }
  for (const id of marks.presentIds) if (set.has(id)) return true;
  for (const id of marks.spelledIds) if (set.has(id)) return true;
  return false;
}

/**
 * One token of a run of consecutive tokens that each take one term or more: the words and tags a term it matches
 * must carry (any one of them), whether it may repeat (`+`), and whether it is anchored to the first term (`^`).
 */
interface ChainToken {
  words: ReadonlySet<string>;
  tags: readonly string[];
  greedy: boolean;
  start: boolean;
}

/** A token's words and tags when every way it matches a term is one word or one tag; otherwise null. */
function chainToken(reg: Reg): ChainToken | null {
  if (!mustMatchAsWritten(reg)) return null;
  const words = new Set<string>();
  const tags: string[] = [];
  const add = (one: Reg): boolean => {
    if (one.word !== undefined && !one.fuzzy && one.use === undefined && one.id === undefined) words.add(one.word);
    else if (one.tag !== undefined) tags.push(one.tag);
    else if (one.fastOr !== undefined) for (const word of one.fastOr) words.add(word);
    else return false;
    return true;
  };
  if (reg.choices !== undefined) {
    if (reg.operator !== 'or') return null;
    for (const choice of reg.choices) {
      const only = choice.length === 1 ? choice[0]! : undefined;
      // A choice of several words ("our team") or one that may repeat or be skipped takes other than one term.
      if (!only || only.greedy || only.optional || only.negative || only.choices !== undefined || !add(only))
        return null;
    }
  } else if (!add(reg)) return null;
  return { words, tags, greedy: reg.greedy === true, start: reg.start === true };
}

/** The pattern's runs of two or more consecutive one-term tokens, and single tokens anchored with `^`. */
function chainsOf(regs: readonly Reg[]): ChainToken[][] {
  const chains: ChainToken[][] = [];
  let run: ChainToken[] = [];
  const close = (): void => {
    if (run.length >= 2 || (run.length === 1 && run[0]!.start)) chains.push(run);
    run = [];
  };
  for (const reg of regs) {
    const token = chainToken(reg);
    if (token) run.push(token);
    else close();
  }
  close();
  return chains;
}

/** Every form compromise's `doesMatch` compares a word token or a fast-or list with (a superset: no `use`). */
function termHasWord(term: InternalTerm, words: ReadonlySet<string>): boolean {
  if (words.size === 0) return false;
  if (words.has(term.text) || (term.normal !== undefined && words.has(term.normal))) return true;
  if (term.machine && words.has(term.machine)) return true;
  if (term.implicit !== undefined && words.has(term.implicit)) return true;
  if (term.root !== undefined && words.has(term.root)) return true;
  return term.alias !== undefined && term.alias.some((alias) => words.has(alias));
}

function tokenMatches(token: ChainToken, term: InternalTerm): boolean {
  if (token.tags.length > 0 && term.tags !== undefined)
    for (const tag of token.tags) if (term.tags.has(tag)) return true;
  return termHasWord(term, token.words);
}

/**
 * Whether `chain` can match from term `at` on. A matched token is followed by the next term, or (as compromise's
 * matcher skips the silent half of a contraction, "we've" → we [have]) the one after a term with an implicit
 * form; a repeating token may also take more terms first. Like `requirementOf`, this only rules out patterns
 * compromise's matcher could not match.
 */
function chainFrom(chain: readonly ChainToken[], j: number, terms: readonly InternalTerm[], at: number): boolean {
  const token = chain[j]!;
  for (let i = at; i < terms.length && tokenMatches(token, terms[i]!); i += 1) {
    if (token.start && i !== 0) return false;
    if (j === chain.length - 1) return true;
    if (chainFrom(chain, j + 1, terms, i + 1)) return true;
    if (terms[i]!.implicit !== undefined && chainFrom(chain, j + 1, terms, i + 2)) return true;
    if (!token.greedy) return false;
  }
  return false;
}

function chainsHold(chains: readonly ChainToken[][], terms: readonly InternalTerm[]): boolean {
  for (const chain of chains) {
    let found = false;
    const last = chain[0]!.start ? 1 : terms.length;
    for (let at = 0; at < last && !found; at += 1) found = chainFrom(chain, 0, terms, at);
    if (!found) return false;
  }
  return true;
}

interface CandidateTest {
  requirement: NumberedRequirement;
  chains: ChainToken[][];
}

/** A pattern of a net with what the candidate test reads. */
interface Candidate {
  entry: NetEntry;
  /** A small number per pattern, so "already considered" is an array lookup. */
  pattern: number;
  /**
   * The entry's trimming fields, copied: compromise's entries come in many shapes (tag, unTag, reason, safe…),
   * and reading them from one object shape keeps this loop's property access monomorphic.
   */
  needs: readonly number[];
  ifNo: readonly number[];
  /** How many wanted words and tags must be present (`wantCounts` has them, counted on first use). */
  minWant: number;
  minWords: number;
  /** Listed under its wants: a sentence that reaches it has one of them. */
  listedByWant: boolean;
  /**
   * What the pattern's words require (`requirementOf`, `chainsOf`), read from its parsed tokens the first time a
   * sentence passes the trimming tests above: most patterns of a net never get that far in a first analysis, and
   * reading every pattern's tokens up front was about a tenth of the first analysis in a fresh process.
   */
  test: CandidateTest | null;
  wantCounts: WantCounts | null;
  /**
   * The pattern's hooks with their place in compromise's gathering order (hook rank × 2^16 + position in the
   * hook's list), earliest first: the first hook the sentence has gives the pattern's place in the result. Found
   * for a pattern a sentence keeps (`placesOf`), as the test above is.
   */
  places: Array<{ hook: number; place: number }> | null;
}

/** Wanted words and tags with how often each is listed (compromise counts repeats). */
interface WantCounts {
  ids: readonly number[];
  times: readonly number[];
  byId: ReadonlyMap<number, number>;
}

/**
 * A net indexed for `candidatesFor`. compromise lists a pattern under every word and tag it needs or wants, and
 * gathers candidates by walking every hook the sentence has — a pattern needing #Noun and "refund" is looked at
 * in every sentence with a noun. Here a pattern is listed under the hooks least likely to be present that it
 * cannot match without (`anchorsOf`): one of its needs, or each of its wants. The result is then put back in
 * compromise's order by `places`.
 */
interface IndexedNet {
  /** By hook number. */
  byAnchor: Array<Candidate[] | undefined>;
  always: Candidate[];
  /** Per pattern number, the sentence chunk that last saw it (`visit`). */
  seen: Uint32Array;
  visit: number;
  net: CompiledNet;
  /** Each hook's place in compromise's walk of the net's hooks. */
  rank: ReadonlyMap<string, number>;
}

/** Tags nearly every sentence has: a poor anchor. */
const COMMON_TAGS = new Set(
  'Noun Verb Determiner Adjective PresentTense Infinitive Singular Preposition Pronoun Adverb Copula Value PastTense Plural Modal Possessive Gerund Conjunction Auxiliary ProperNoun'.split(
    ' ',
  ),
);

/**
 * A rough chance that a sentence has this word or tag, to choose where a pattern is listed: common tags nearly
 * always, other tags and function words often, other words seldom. Only speed depends on it.
 */
function presence(hook: string): number {
  if (hook.startsWith('#')) return COMMON_TAGS.has(hook.slice(1)) ? 0.9 : 0.3;
  if (hook.startsWith('%')) return 0.3;
  return STOP_WORDS.has(hook) ? 0.3 : 0.03;
}

/**
 * Where a pattern is listed: under its rarest need (it cannot match without every need), or — when it also wants
 * one of several words and those are rarer together — under each of its wants (it cannot match without one).
 */
function anchorsOf(needs: readonly string[], wants: readonly string[]): { hooks: string[]; byWant: boolean } {
  let rarest: string | undefined;
  for (const need of needs) if (rarest === undefined || presence(need) < presence(rarest)) rarest = need;
  const bar = rarest === undefined ? Number.POSITIVE_INFINITY : presence(rarest);
  const distinctWants = new Set<string>();
  let wantChance = 0;
  for (const want of wants) {
    if (distinctWants.has(want)) continue;
    distinctWants.add(want);
    wantChance += presence(want);
    // The chance only grows (every presence is positive): once it reaches the need's, the need is the anchor.
    if (bar <= wantChance) break;
  }
  if (rarest !== undefined && (distinctWants.size === 0 || bar <= wantChance))
    return { hooks: [rarest], byWant: false };
  return { hooks: [...distinctWants], byWant: true };
}

const PLACE_STRIDE = 65536;

function candidateOf(entry: NetEntry, pattern: number): Candidate {
  return {
    entry,
    pattern,
    needs: entry.needs.map(idOf),
    ifNo: (entry.ifNo ?? []).map(idOf),
    minWant: entry.wants.length === 0 ? 0 : entry.minWant,
    minWords: entry.minWords,
    listedByWant: false,
    test: null,
    wantCounts: null,
    places: null,
  };
}

/** Every want is a hook of the net, numbered when it was indexed: counting them numbers nothing new. */
function wantCountsOf(candidate: Candidate): WantCounts {
  if (candidate.wantCounts) return candidate.wantCounts;
  const byId = new Map<number, number>();
  for (const want of candidate.entry.wants) byId.set(idOf(want), (byId.get(idOf(want)) ?? 0) + 1);
  candidate.wantCounts = { ids: [...byId.keys()], times: [...byId.values()], byId };
  return candidate.wantCounts;
}

/**
 * compromise lists a pattern under each of its needs and wants (`hooks[word]`), keeping the first pattern of a
 * text in each list: the places of the entry in those lists.
 */
function placesOf(candidate: Candidate, index: IndexedNet): Array<{ hook: number; place: number }> {
  if (candidate.places) return candidate.places;
  const places: Array<{ hook: number; place: number }> = [];
  const { entry } = candidate;
  for (const hook of new Set([...entry.needs, ...entry.wants])) {
    // Only the net's own hooks (`rank`): a word such as "__proto__" is not a key of compromise's hook object.
    const rank = index.rank.get(hook);
    const position = rank === undefined ? -1 : index.net.hooks[hook]!.indexOf(entry);
    if (position >= 0) places.push({ hook: idOf(hook), place: rank! * PLACE_STRIDE + position });
  }
  candidate.places = places.sort((a, b) => a.place - b.place);
  return places;
}

/** Numbers new words and tags (see `candidatesFor`). */
function testOf(candidate: Candidate): CandidateTest {
  candidate.test ??= {
    requirement: numbered(requirementOf(candidate.entry.regs)),
    chains: chainsOf(candidate.entry.regs),
  };
  return candidate.test;
}

function passes(candidate: Candidate, terms: readonly InternalTerm[]): boolean {
  const { requirement, chains } = candidate.test!;
  return holds(requirement) && chainsHold(chains, terms);
}

// Built from the compiled nets (code), never from text: not an engine cache, so clearEngineCaches() keeps it.
const indexed = new WeakMap<CompiledNet, IndexedNet>();
function indexNet(net: CompiledNet): IndexedNet {
  let index = indexed.get(net);
  if (index) return index;
  const byText = new Map<string, Candidate>();
  const rank = new Map<string, number>();
  for (const hook of Object.keys(net.hooks)) {
    // Every hook is numbered here, before any sentence is marked: needs and wants are hooks.
    idOf(hook);
    rank.set(hook, rank.size);
    for (const entry of net.hooks[hook]!) {
      // Entries with the same pattern text share every hook, and compromise keeps the first of them in each list.
      if (!byText.has(entry.match)) byText.set(entry.match, candidateOf(entry, byText.size));
    }
  }
  const byAnchor: Array<Candidate[] | undefined> = [];
  const list = (hook: string): Candidate[] => (byAnchor[idOf(hook)] ??= []);
  for (const candidate of byText.values()) {
    const { hooks, byWant } = anchorsOf(candidate.entry.needs, candidate.entry.wants);
    candidate.listedByWant = byWant;
    for (const hook of hooks) list(hook).push(candidate);
  }
  const always = net.always.map((entry, n) => candidateOf(entry, byText.size + n));
  index = { byAnchor, always, seen: new Uint32Array(byText.size + always.length), visit: 0, net, rank };
  indexed.set(net, index);
  return index;
}

function placeIn(candidate: Candidate, index: IndexedNet): number {
  for (const { hook, place } of placesOf(candidate, index)) if (marks.has(hook)) return place;
  return Number.MAX_SAFE_INTEGER;
}

/**
 * The patterns of `net` worth running on one sentence (`terms`, whose compromise word/tag cache is `have`), in
 * compromise's order: hook candidates deduplicated by pattern, trimmed by needs/ifNo/wants, then the patterns
 * without hooks, then those the sentence is too short for dropped, then those whose requirement or word
 * sequences fail.
 */
export function candidatesFor(net: CompiledNet, terms: readonly InternalTerm[], have: ReadonlySet<string>): NetEntry[] {
  // Indexing numbers the net's hooks, so it comes before marking the sentence.
  const index = indexNet(net);
  marks.mark(have, terms);
  // A fresh visit number per call replaces a per-call "seen" set; on wrap-around the marks are cleared.
  index.visit = (index.visit + 1) >>> 0;
  if (index.visit === 0) {
    index.seen.fill(0);
    index.visit = 1;
  }
  const { seen, visit } = index;
  const found: Array<{ entry: NetEntry; place: number }> = [];
  // Patterns no sentence has tested yet wait until the loop is done (`testOf` may number new words and tags).
  let untested: Candidate[] | null = null;
  for (const id of marks.presentIds) {
    const candidates = index.byAnchor[id];
    if (candidates === undefined) continue;
    for (const candidate of candidates) {
      if (seen[candidate.pattern] === visit) continue;
      seen[candidate.pattern] = visit;
      if (terms.length < candidate.minWords || !hasAll(candidate.needs) || hasAny(candidate.ifNo)) continue;
      const enoughWants = candidate.minWant === 0 || (candidate.listedByWant && candidate.minWant <= 1);
      if (!enoughWants && !hasWants(candidate)) continue;
      if (candidate.test === null) (untested ??= []).push(candidate);
      else if (passes(candidate, terms)) found.push({ entry: candidate.entry, place: placeIn(candidate, index) });
    }
  }
  const always = index.always;
  let alwaysUntested = false;
  for (const candidate of always) if (candidate.test === null) alwaysUntested = true;
  if (untested || alwaysUntested) {
    // A pattern's first test numbers the words and tags it names; the sentence is marked again for any new one.
    const numberedBefore = hookIds.size;
    for (const candidate of untested ?? []) testOf(candidate);
    for (const candidate of always) testOf(candidate);
    if (hookIds.size !== numberedBefore) marks.mark(have, terms);
    for (const candidate of untested ?? [])
      if (passes(candidate, terms)) found.push({ entry: candidate.entry, place: placeIn(candidate, index) });
  }
  found.sort((a, b) => a.place - b.place);
  const result = found.map((item) => item.entry);
  for (const candidate of always)
    if (terms.length >= candidate.minWords && passes(candidate, terms)) result.push(candidate.entry);
  return result;
}

function hasAll(ids: readonly number[]): boolean {
  for (const id of ids) if (!marks.has(id)) return false;
  return true;
}

function hasAny(ids: readonly number[]): boolean {
  for (const id of ids) if (marks.has(id)) return true;
  return false;
}

/**
 * compromise's test: the wants present, counted with repeats, reach the number of or-groups. Walks whichever is
 * shorter, the sentence's words and tags or the pattern's wants (fast-or lists run to hundreds of words).
 */
function hasWants(candidate: Candidate): boolean {
  const { minWant } = candidate;
  const { ids: wantIds, times: wantTimes, byId: wantTimesById } = wantCountsOf(candidate);
  let count = 0;
  if (wantIds.length <= marks.presentIds.length) {
    for (let i = 0; i < wantIds.length; i += 1)
      if (marks.has(wantIds[i]!) && (count += wantTimes[i]!) >= minWant) return true;
  } else {
    for (const id of marks.presentIds) if ((count += wantTimesById.get(id) ?? 0) >= minWant) return true;
  }
  return false;
}

interface BulkMatchMethods {
  one: MatchMethods;
}

type BulkMatchResult = NetEntry & { pointer: [number, number, number] };

/** Drop-in for compromise's `methods.one.bulkMatch(document, net, methods, opts)`. */
export function bulkMatch(
  document: InternalTerm[][],
  net: CompiledNet,
  methods: BulkMatchMethods,
  opts: { matchOne?: boolean } = {},
): BulkMatchResult[] {
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
