/**
 * Moves findings from the draft they were analysed on to the draft as it is now. The agent keeps typing while the
 * worker analyses, so a finding arrives for an older text; and every keystroke changes the text under the ones on
 * screen. One edit region (the longest common prefix and suffix of the two texts) explains both: spans before it
 * stay, spans after it move by the length difference, and a span the region touches is dropped — its words changed,
 * so its reason may no longer hold. No DOM; pure but for editRegion's one kept answer, which changes no result.
 */

import { editRegion as findEditRegion, type EditRegion } from '../messaging/edit-region';

export type { EditRegion };

let last: { before: string; after: string; region: EditRegion | null } | null = null;

/**
 * messaging/edit-region.ts's editRegion, with its last answer kept (callers only read it): a keystroke asks for the
 * same two texts twice here (moving the findings, then the textarea mirror's text), and a long draft's common prefix
 * is the costly part.
 */
export function editRegion(before: string, after: string): EditRegion | null {
  if (last?.before !== before || last.after !== after) last = { before, after, region: findEditRegion(before, after) };
  return last.region;
}

export interface Rebasable {
  span: { start: number; end: number };
  actual: string;
}

/**
 * The findings of `before` placed in `after`, each with a new span; findings the edit touched are left out.
 * "Touched" includes typing letters right against a span's edge ("simply" + "fied" is another word), but not a
 * space or punctuation after it.
 */
export function rebase<F extends Rebasable>(findings: readonly F[], before: string, after: string): F[] {
  const region = editRegion(before, after);
  if (!region) return findings.slice();
  const shift = region.newEnd - region.oldEnd;
  const out: F[] = [];
  for (const finding of findings) {
    const { start, end } = finding.span;
    let moved: { start: number; end: number };
    if (end < region.start || (end === region.start && !isWordChar(after, end))) moved = finding.span;
    else if (start > region.oldEnd || (start === region.oldEnd && !isWordChar(after, start + shift - 1))) {
      moved = { start: start + shift, end: end + shift };
    } else continue;
    // A finding whose text does not read back the same was already stale (or the inputs disagree): never show it.
    if (after.slice(moved.start, moved.end) !== finding.actual) continue;
    out.push(moved === finding.span ? finding : { ...finding, span: moved });
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}_'’-]/u;

function isWordChar(text: string, index: number): boolean {
  const char = text[index];
  return char !== undefined && WORD_CHAR.test(char);
}
