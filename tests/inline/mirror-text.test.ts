import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cutAfter, cutsExactly, mirrorEdit } from '../../lib/inline/mirror-text';

const LTR = { direction: 'ltr', textAlign: 'start', textAlignLast: 'auto' };
/** Drafts from a few letters, digits, spaces, newlines and punctuation, so cuts and edits meet every case. */
const draft = fc.string({ unit: fc.constantFrom('a', 'b', '7', ' ', '\n', '.', '!', '\u00a0'), maxLength: 40 });

describe('cutsExactly', () => {
  test('only left-to-right, start-aligned text without right-to-left script', () => {
    expect(cutsExactly('We refunded you.', LTR)).toBe(true);
    expect(cutsExactly('We refunded you.', { ...LTR, textAlign: 'left' })).toBe(true);
    expect(cutsExactly('We refunded you.', { ...LTR, direction: 'rtl' })).toBe(false);
    expect(cutsExactly('We refunded you.', { ...LTR, textAlign: 'center' })).toBe(false);
    expect(cutsExactly('We refunded you.', { ...LTR, textAlign: 'justify' })).toBe(false);
    expect(cutsExactly('We refunded you.', { ...LTR, textAlignLast: 'right' })).toBe(false);
    expect(cutsExactly('Thanks, שלום', LTR)).toBe(false);
    expect(cutsExactly('Thanks, مرحبا', LTR)).toBe(false);
  });
});

describe('cutAfter', () => {
  test('cuts after a space before a letter or digit, or takes everything', () => {
    expect(cutAfter('Sorry for that. We fixed it.', 5)).toBe('Sorry '.length);
    // The word a span ends in is kept whole ("simply" + "fied" is one word that may wrap as one).
    expect(cutAfter('We simplyfied it', 9)).toBe('We simplyfied '.length);
    // No break before "!" after a space (UAX #14 LB13), none at a no-break space: go on to the next real break.
    expect(cutAfter('Merci ! Bye', 5)).toBe('Merci ! '.length);
    expect(cutAfter('Merci\u00a0vous ok', 5)).toBe('Merci\u00a0vous '.length);
    expect(cutAfter('All done', 8)).toBe(8);
    expect(cutAfter('All done', 6)).toBe(8);
  });

  test('never shorter than asked, and always at the end or at a break before a word', () => {
    fc.assert(
      fc.property(draft, fc.nat(45), (value, wanted) => {
        const end = Math.min(wanted, value.length);
        const cut = cutAfter(value, end);
        expect(cut).toBeGreaterThanOrEqual(Math.min(Math.max(end, 1), value.length));
        expect(cut).toBeLessThanOrEqual(value.length);
        if (cut < value.length) {
          expect(value[cut - 1]).toMatch(/[ \t\n]/);
          expect(value[cut]).toMatch(/[\p{L}\p{N}]/u);
        }
      }),
    );
  });
});

describe('mirrorEdit', () => {
  test('an edit past the mirror leaves it alone; one inside it is replaced in place', () => {
    const before = 'Sorry for the wait. We refunded you';
    const kept = cutAfter(before, 'Sorry'.length);
    expect(mirrorEdit(before, `${before} today`, kept)).toBeNull();
    expect(mirrorEdit(before, before.replace('Sorry', 'So sorry'), kept)).toEqual({
      at: 2,
      count: 0,
      text: ' so',
      kept: kept + 3,
    });
  });

  test('an empty mirror stays empty; a whole one follows every edit', () => {
    expect(mirrorEdit('abc', 'xabc', 0)).toBeNull();
    expect(mirrorEdit('abc', 'abcd', 3)).toEqual({ at: 3, count: 0, text: 'd', kept: 4 });
  });

  test('the mirror, edited, holds a prefix of the new text; left alone, its cut still holds', () => {
    fc.assert(
      fc.property(draft, draft, fc.nat(45), fc.boolean(), (before, after, wanted, whole) => {
        const kept = whole ? before.length : cutAfter(before, Math.min(wanted, before.length));
        const edit = mirrorEdit(before, after, kept);
        const mirror = before.slice(0, kept);
        if (edit) {
          const edited = mirror.slice(0, edit.at) + edit.text + mirror.slice(edit.at + edit.count);
          expect(edited).toBe(after.slice(0, edit.kept));
          if (whole) expect(edit.kept).toBe(after.length);
        } else if (before !== after && kept > 0) {
          // The mirror's text and the character after it are unchanged: its cut is still a cut.
          expect(after.slice(0, kept + 1)).toBe(before.slice(0, kept + 1));
        }
      }),
    );
  });
});
