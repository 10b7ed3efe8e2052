/**
 * Text generators for the robustness tests: any Unicode (including lone surrogates and control characters), and
 * support-like text mixed with emoji, right-to-left scripts, CJK and combining marks.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { parseReport, reportSpanErrors } from '../../../lib/coach/report-schema';
import type { Report } from '../../../lib/coach/types';

export const FRAGMENTS = {
  support: [
    "I'm so sorry the export failed again.",
    'Can you refund order #48213?',
    'This is the THIRD time!!!',
    'You should have restarted the router.',
    'We will email you by Friday at 5 pm.',
    'Obviously, simply click Save.',
    'Please be advised that kindly as per policy.',
    'Hey guys, touch base ASAP re: 03/04.',
    'Thanks,\nSam',
    'Hi Maria,',
  ],
  emoji: ['👋', '🙏🏽', '👩‍💻', '🇩🇪', '❤️', '😡😡😡', '🤦‍♂️', '#️⃣', '🏳️‍🌈'],
  rtl: ['مرحبا، لم يصل طلبي بعد!', 'שלום, ההזמנה שלי לא הגיעה.', '\u202Bمرحبا\u202C', 'תודה רבה'],
  cjk: ['我的订单还没有到。', '注文が届いていません！', '주문이 아직 도착하지 않았어요?', '𠜎𠜱𠝹'],
  combining: [
    'e\u0301',
    'Zoë',
    'n\u0303o',
    'a\u0308\u0301\u0323',
    'Z\u0351\u0327\u0336a\u0364\u0361l\u0350go',
    '\u0915\u094D\u0937',
  ],
  odd: [
    '\u0000',
    '\uFEFF',
    '\u200B',
    '\u200D',
    '\r\n',
    '\t',
    '\u2028',
    '\uD800',
    '\uDFFF',
    '\uDBFF\uDFFF',
    '...',
    '?!?!',
    '  ',
  ],
} as const;

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS.support) },
  fc.constantFrom(...FRAGMENTS.emoji),
  fc.constantFrom(...FRAGMENTS.rtl),
  fc.constantFrom(...FRAGMENTS.cjk),
  fc.constantFrom(...FRAGMENTS.combining),
  fc.constantFrom(...FRAGMENTS.odd),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '', ', ');

/** Support-like text with every kind of script and symbol mixed in. */
export const mixedText = (maxFragments: number) =>
  fc
    .array(fc.tuple(fragment, separator), { maxLength: maxFragments })
    .map((parts) => parts.map(([text, sep]) => text + sep).join(''));

/** Any sequence of code units: valid code points of every plane, plus lone surrogates. */
export const anyUnicode = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      { weight: 8, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      fc.constantFrom('\uD83D', '\uDE00', '\n', ' ', '.', '?', '!'),
    ),
    maxLength,
  });

/** Asserts a report has the public shape and that every span points into the right text. */
export function expectValidReport(report: Report, texts: { draft: string; customer?: string | null }): void {
  // Round-trip through JSON, as the CLI's consumers see it (drops undefined, rejects NaN as null).
  parseReport(JSON.parse(JSON.stringify(report)));
  expect(reportSpanErrors(report, texts)).toEqual([]);
}
