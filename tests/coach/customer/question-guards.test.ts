/**
 * The request and rhetorical patterns in questions.ts are tried only after a short guard of their opening words
 * matches (so V8 compiles the long ones only when a clause comes near them). The guard may only rule out texts
 * the pattern cannot match: here every pattern is run alone, and wherever it matches its guard must match too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guardedPatterns } from '../../../lib/coach/customer/questions';

const careMessages = (
  JSON.parse(readFileSync(new URL('./fixtures/care-messages.json', import.meta.url), 'utf8')) as {
    messages: { text: string }[];
  }
).messages.map((message) => message.text);
const goldenMessages = readFileSync(new URL('../../fixtures/customers/golden.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** Every tail of a message from a word start: the `^` patterns meet each clause opening that way. */
function tails(message: string): string[] {
  const plain = message.replace(/[’]/g, "'");
  return [...plain.matchAll(/\b\w/g)].map((match) => plain.slice(match.index));
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEPARATORS = [' ', ' ', ' ', '  ', '\t', '\n', ', ', '! ', ' - '];
const FILLER = ['me', 'my', 'account', 'this', 'it', 'now', 'the', 'i', 'we', 'to', 'and', 'guys'];

/**
 * Texts built from the pattern's own words (the letters in its source that are not escapes), mostly in the order
 * the source gives them, with random words, case and spacing between: they come near the pattern far more often
 * than real messages do.
 */
function generated(pattern: RegExp, count: number, seed: number): string[] {
  const ordered = [...pattern.source.matchAll(/(?<!\\)[a-z][a-z']*/gi)].map((match) => match[0]);
  const vocabulary = [...new Set(ordered), ...FILLER];
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const texts: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const length = 1 + Math.floor(next() * 9);
    let position = Math.floor(next() * ordered.length * 0.3);
    let text = '';
    for (let word = 0; word < length; word += 1) {
      let chosen: string;
      if (next() < 0.7 && position < ordered.length) {
        chosen = ordered[position]!;
        // Short steps reach patterns with few words between their parts, long steps those with long lists.
        position += 1 + Math.floor(next() * (index % 2 === 0 ? 6 : Math.max(1, (ordered.length - position) / 3)));
      } else chosen = pick(vocabulary);
      const roll = next();
      const cased =
        roll < 0.1 ? chosen.toUpperCase() : roll < 0.2 ? chosen[0]!.toUpperCase() + chosen.slice(1) : chosen;
      text += (word === 0 ? '' : pick(SEPARATORS)) + cased;
    }
    texts.push(text);
  }
  return texts;
}

const realTexts = [...careMessages, ...goldenMessages].flatMap(tails);

describe('guarded question patterns', () => {
  const guarded = guardedPatterns();

  it('cover the rhetorical pattern and the long requests', () => {
    expect(guarded.length).toBeGreaterThanOrEqual(6);
  });

  it.each(guarded.map((entry, index) => [index, entry.pattern.source.slice(0, 60), entry] as const))(
    'guard %i (%s…) matches wherever its pattern does',
    (_index, _source, { guard, pattern }) => {
      const texts = [...realTexts, ...generated(pattern, 40_000, 1_000 + _index)];
      const missed = texts.filter((text) => pattern.test(text) && !guard.test(text));
      expect(missed).toEqual([]);
      // The texts reach the pattern often enough for the check to mean something.
      const reached = texts.filter((text) => pattern.test(text)).length;
      expect(reached, `${reached} texts match`).toBeGreaterThan(20);
    },
  );
});
