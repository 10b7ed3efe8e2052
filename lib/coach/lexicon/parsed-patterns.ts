/**
 * Match patterns parsed ahead of time. compromise parses every match string with `methods.one.parseMatch` when a
 * net is built (its own ~600 post-tagging patterns on the first `nlp()` call, then each of our cue nets and phrase
 * lists): about a fifth of the engine's first call. `parsed-patterns.generated.ts` holds the parsed form of the
 * patterns the first analysis uses, written by `scripts/parsed-patterns.ts`; a lookup there replaces parsing.
 * Strings that are not in the table, or calls with options, go to compromise's parser as before, so a stale or
 * missing entry can only cost time — `tests/coach/core/parsed-patterns.test.ts` fails when the table is stale.
 */
import nlp from 'compromise';
import { PARSED_PATTERNS } from './parsed-patterns.generated';

type ParseMatch = (input: unknown, opts: unknown, world: unknown) => unknown[];

interface ParseMethods {
  one: { parseMatch: ParseMatch };
}

const methods = nlp.methods() as unknown as ParseMethods;

/** compromise's own parser, kept for the generator and the staleness test. */
export const compromiseParseMatch: ParseMatch = methods.one.parseMatch;

/**
 * Parsed tokens are plain JSON except `fastOr` (a Set of words) and `regex` (a RegExp); these tagged forms carry
 * them through JSON.
 */
export function encodeParsed(regs: unknown[]): string {
  return JSON.stringify(regs, (_key, value: unknown) => {
    if (value instanceof Set) return { $set: [...(value as Set<unknown>)] };
    if (value instanceof RegExp) return { $re: [value.source, value.flags] };
    if (typeof value === 'function') throw new Error('parsed match tokens hold a function; cannot serialise');
    return value;
  });
}

/** Turns the tagged forms back into a Set and a RegExp, in place (faster than a JSON.parse reviver on every value). */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = revive(value[i]);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown> & { $set?: unknown[]; $re?: [string, string] };
  if (record.$set) return new Set(record.$set);
  if (record.$re) return new RegExp(record.$re[0], record.$re[1]);
  for (const key of Object.keys(record)) {
    const field = record[key];
    if (field !== null && typeof field === 'object') record[key] = revive(field);
  }
  return record;
}

export function decodeParsed(json: string): unknown[] {
  return revive(JSON.parse(json)) as unknown[];
}

function isDefaultOptions(opts: unknown): boolean {
  return opts === undefined || opts === null || (typeof opts === 'object' && Object.keys(opts).length === 0);
}

let table: ReadonlyMap<string, string> | null = null;

/**
 * Each lookup decodes a fresh copy, as compromise's parser returns fresh objects: nothing shares tokens with a
 * net built earlier.
 */
function tableParseMatch(input: unknown, opts: unknown, world: unknown): unknown[] {
  if (typeof input === 'string' && isDefaultOptions(opts)) {
    table ??= new Map(Object.entries(PARSED_PATTERNS));
    const json = table.get(input);
    if (json !== undefined) return decodeParsed(json);
  }
  return compromiseParseMatch(input, opts, world);
}

/** `false` restores compromise's parser (the generator records with it, so the table never feeds itself). */
export function usePatternTable(enabled = true): void {
  methods.one.parseMatch = enabled ? tableParseMatch : compromiseParseMatch;
}

/**
 * Records every string parsed with default options until the returned function is called, which stops recording
 * and returns the patterns in first-parsed order with their parsed form.
 */
export function recordPatterns(): () => Array<[string, string]> {
  const seen = new Map<string, string>();
  methods.one.parseMatch = (input, opts, world) => {
    const regs = compromiseParseMatch(input, opts, world);
    if (typeof input === 'string' && isDefaultOptions(opts) && !seen.has(input)) seen.set(input, encodeParsed(regs));
    return regs;
  };
  return () => {
    usePatternTable(false);
    return [...seen];
  };
}

usePatternTable();
