/**
 * Where two versions of a draft differ: the longest common prefix and suffix, which a keystroke leaves all but a
 * few characters long. The page finds this several times a key on a long draft (the snapshot's wire edit, the inline
 * coach moving its findings and its textarea mirror), so the common stretches are compared a chunk at a time by
 * native string equality, growing while they match, instead of a JavaScript loop over every character. Pure.
 */

/** [start, oldEnd) of `before` became [start, newEnd) of `after`; null when the texts are equal. */
export interface EditRegion {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Chunks at least this long are compared whole; shorter ones character by character. */
const SMALLEST_CHUNK = 16;

/**
 * How many characters `a` and `b` have in common from the start (`fromEnd`: from the end), at most `limit`. Chunks
 * double while they match and halve when one does not, so a common stretch of n characters costs about 2n
 * characters of native comparison and a few dozen slices.
 */
function common(a: string, b: string, limit: number, fromEnd: boolean): number {
  const piece = (text: string, from: number, to: number) =>
    fromEnd ? text.slice(text.length - to, text.length - from) : text.slice(from, to);
  let same = 0;
  let chunk = SMALLEST_CHUNK * 4;
  while (limit - same >= SMALLEST_CHUNK) {
    const to = Math.min(same + chunk, limit);
    if (piece(a, same, to) === piece(b, same, to)) {
      same = to;
      chunk *= 2;
    } else if (to - same > SMALLEST_CHUNK) chunk = (to - same) >> 1;
    else break;
  }
  const at = (text: string, i: number) => text.charCodeAt(fromEnd ? text.length - 1 - i : i);
  while (same < limit && at(a, same) === at(b, same)) same++;
  return same;
}

export function editRegion(before: string, after: string): EditRegion | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  const start = common(before, after, shorter, false);
  const tail = common(before, after, shorter - start, true);
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}
