/**
 * A fixed 70/30 split of the ESConv lines by a hash of their text, so method work can be judged honestly: study
 * errors on the develop part only, and read the held-out part's figures as the estimate of unseen replies (it is
 * never printed line by line). The hash depends only on the line, so the split is stable when the file grows.
 */
import type { EvalLine } from './dataset';

export type HashSplit = 'develop' | 'held-out';

/** Share of lines in the develop part. */
export const DEVELOP_SHARE = 0.7;

/** FNV-1a over the UTF-16 code units: small, fast and the same in every runtime. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function hashSplitOf(line: Pick<EvalLine, 'customer' | 'draft'>): HashSplit {
  return fnv1a(`${line.customer}\u0000${line.draft}`) % 1000 < DEVELOP_SHARE * 1000 ? 'develop' : 'held-out';
}

export function inHashSplit<T extends Pick<EvalLine, 'customer' | 'draft'>>(
  lines: readonly T[],
  split: HashSplit,
): T[] {
  return lines.filter((line) => hashSplitOf(line) === split);
}
