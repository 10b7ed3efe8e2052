import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editRegion, rebase } from '../../lib/inline/rebase';

const finding = (text: string, word: string, from = 0) => {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`${word} not in ${text}`);
  return { span: { start, end: start + word.length }, actual: word };
};

describe('editRegion', () => {
  test('finds the one changed stretch', () => {
    expect(editRegion('abc', 'abc')).toBeNull();
    expect(editRegion('abc', 'abXc')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
    expect(editRegion('abcdef', 'abef')).toEqual({ start: 2, oldEnd: 4, newEnd: 2 });
    // Repeated letters: the prefix is taken first, so the region never has a negative length.
    expect(editRegion('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
  });
});

describe('rebase', () => {
  const before = 'Simply check the box. We will never lose your data again.';
  const simply = finding(before, 'Simply');
  const never = finding(before, 'never lose');

  test('spans before the edit stay, spans after it move, spans it touches are dropped', () => {
    const after = before.replace('the box', 'the blue box');
    expect(rebase([simply, never], before, after)).toEqual([
      simply,
      { ...never, span: { start: never.span.start + 5, end: never.span.end + 5 } },
    ]);
    const edited = before.replace('never lose', 'never ever lose');
    expect(rebase([simply, never], before, edited)).toEqual([simply]);
  });

  test('letters typed against a span end it; a space or punctuation does not', () => {
    const word = 'We simply';
    const f = finding(word, 'simply');
    expect(rebase([f], word, `${word}fied`)).toEqual([]);
    expect(rebase([f], word, `${word} `)).toEqual([f]);
    expect(rebase([f], word, `${word},`)).toEqual([f]);
    expect(rebase([f], word, `Wex simply`)).toEqual([{ ...f, span: { start: 4, end: 10 } }]);
    expect(rebase([f], word, `Wesimply`)).toEqual([]);
  });

  test('a finding that does not read back from its own draft is never shown', () => {
    expect(rebase([{ span: { start: 0, end: 6 }, actual: 'Wrong!' }], before, `${before} Thanks.`)).toEqual([]);
  });

  test('property: every rebased span reads back its text in the new draft', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.nat(40),
        fc.nat(6),
        fc.string({ maxLength: 6 }),
        (text, at, cut, insert) => {
          const base = `${text} needs attention ${text}`;
          const f = finding(base, 'attention');
          const start = Math.min(at, base.length);
          const after = base.slice(0, start) + insert + base.slice(Math.min(base.length, start + cut));
          for (const moved of rebase([f], base, after))
            expect(after.slice(moved.span.start, moved.span.end)).toBe('attention');
        },
      ),
    );
  });
});
