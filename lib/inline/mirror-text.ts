/**
 * How much of a form field's text its mirror (painter.ts) holds. The mirror exists for its highlights only, and
 * its text is transparent, so it needs the field's text up to a little after the last painted range — when what
 * follows cannot move what comes before on screen. That holds when lines start at the left edge (left to right,
 * start-aligned, no right-to-left script, whose runs are reordered with their whole line): words are placed from
 * the start of their line, and a line breaks before the first word that does not fit, whatever comes after it.
 * Typing after the last finding, as agents mostly do, then leaves the mirror untouched, and the browser has no
 * second copy of a long draft to lay out again on every keystroke. Pure; no DOM.
 */
import { editRegion } from './rebase';

/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, and their presentation forms; astral ones). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\ud802\ud803\ud83a\ud83b][\udc00-\udfff]/;
/** Spaces a line may break after (not the no-break space). */
const BREAKING_SPACE = /[ \t\n]/;
const WORD_START = /[\p{L}\p{N}]/u;

/** True when text after a cut can never move text before it: see the module comment. */
export function cutsExactly(value: string, style: { direction: string; textAlign: string; textAlignLast: string }) {
  return (
    style.direction === 'ltr' &&
    (style.textAlign === 'start' || style.textAlign === 'left') &&
    (style.textAlignLast === 'auto' || style.textAlignLast === 'start' || style.textAlignLast === 'left') &&
    !RTL.test(value)
  );
}

/**
 * The shortest prefix of `value`, at least `end` long, that lays out exactly as it does inside the whole text: the
 * whole text, or a cut just after a space and before a letter or digit — a line may always break there (UAX #14,
 * LB18), so the word before the cut is whole and nothing after it can pull it onto another line.
 */
export function cutAfter(value: string, end: number): number {
  let at = Math.max(end, 1);
  while (at < value.length && !(BREAKING_SPACE.test(value[at - 1]!) && WORD_START.test(value[at]!))) at++;
  return Math.min(at, value.length);
}

/** Replace `count` characters at `at` of the mirror's text with `text`; the mirror then holds `kept` characters. */
export interface MirrorEdit {
  at: number;
  count: number;
  text: string;
  kept: number;
}

/**
 * How a mirror holding the first `kept` characters of `before` follows the field's text becoming `after`: one
 * replacement of the edited stretch (so ranges after it move with the text, by the DOM's range rules), or null when
 * the edit starts past the mirror's text and the character just after it, which decided that the cut holds.
 */
export function mirrorEdit(before: string, after: string, kept: number): MirrorEdit | null {
  const region = editRegion(before, after);
  if (!region || kept === 0 || region.start > kept) return null;
  const end = Math.min(region.oldEnd, kept);
  return {
    at: region.start,
    count: end - region.start,
    text: after.slice(region.start, region.newEnd),
    // An edit that reaches past the mirror's text leaves it holding `after` up to the edit's end.
    kept: region.oldEnd <= kept ? kept + region.newEnd - region.oldEnd : region.newEnd,
  };
}
