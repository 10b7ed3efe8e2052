import { describe, expect, test } from 'vitest';
import { editRegion } from '../../lib/messaging/edit-region';

/** The plain definition, one character at a time: what the chunked comparison must agree with. */
function byCharacter(before: string, after: string) {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < shorter - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** A small deterministic generator (mulberry32), so a failure names a case that can be run again. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('editRegion', () => {
  test('agrees with the character-by-character definition on edits anywhere in drafts of every length', () => {
    const next = random(15);
    // Few letters, so repeats (aaaa…) make prefix and suffix overlap; an astral emoji splits into two code units.
    const letters = ['a', 'b', ' ', '😀', '\n'];
    const text = (length: number) => Array.from({ length }, () => letters[Math.floor(next() * 5)]).join('');
    for (let i = 0; i < 3000; i++) {
      const before = text(Math.floor(next() ** 2 * 3000));
      const at = Math.floor(next() * (before.length + 1));
      const removed = Math.floor(next() ** 3 * (before.length - at + 1));
      const after = before.slice(0, at) + text(Math.floor(next() ** 3 * 40)) + before.slice(at + removed);
      expect(editRegion(before, after), `case ${i}`).toEqual(byCharacter(before, after));
    }
  });

  test('a keystroke at the end of a long draft', () => {
    const draft = 'sorry about the delay '.repeat(300);
    expect(editRegion(draft, `${draft}a`)).toEqual({
      start: draft.length,
      oldEnd: draft.length,
      newEnd: draft.length + 1,
    });
    expect(editRegion(`${draft}a`, draft)).toEqual({
      start: draft.length,
      oldEnd: draft.length + 1,
      newEnd: draft.length,
    });
    expect(editRegion(draft, draft)).toBeNull();
  });
});
