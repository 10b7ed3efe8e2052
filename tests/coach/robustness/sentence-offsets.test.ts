/**
 * Sentence spans are the base of every other span (findings, evidence, the customer's questions). compromise's
 * own offsets drift when a sentence starts with a control character, a bidi mark, a byte-order mark or a ZWJ
 * emoji; these cases pin that the analysed text never loses or shifts characters there.
 *
 * Found by the fast-check properties in unicode.test.ts (counterexamples `["", "\u0000𠀀?"]` and
 * `["", "\u202Bمرحبا\u202C Can you refund order #48213?"]`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/coach/index';
import { analyzeText } from '../../../lib/coach/text';
import { reportSpanErrors } from '../../../lib/coach/report-schema';

const CASES = [
  '\u0000𠀀?',
  '\u202Bمرحبا\u202C Can you refund?',
  '\uFEFFHi. Bye?',
  'I ask. 👩‍💻 Where is my order?',
  'I ask!!! 👩‍💻 Where is my order #48213? שלום',
  'ok \u0000 then. Next one?',
  '🏳️‍🌈 We will email you by Friday at 5 pm. ',
];

/** Offsets of characters (other than whitespace) that no sentence covers. */
function uncovered(text: string, sentences: ReadonlyArray<{ start: number; end: number }>): number[] {
  const lost: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (/\s/u.test(text[index]!)) continue;
    if (!sentences.some((sentence) => sentence.start <= index && index < sentence.end)) lost.push(index);
  }
  return lost;
}

describe('sentence spans on unusual leading characters', () => {
  for (const text of CASES) {
    it(`stay inside ${JSON.stringify(text)}, match their text and cover every character`, () => {
      const { sentences } = analyzeText(text);
      for (const sentence of sentences) {
        expect(sentence.end, JSON.stringify(sentence.text)).toBeLessThanOrEqual(text.length);
        expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
      expect(uncovered(text, sentences)).toEqual([]);
    });
  }

  it("keep the customer's questions inside the message and whole", () => {
    for (const customer of CASES) {
      const report = analyze({ draft: 'Hi, thanks for writing.', customer });
      expect(
        reportSpanErrors(report, { draft: 'Hi, thanks for writing.', customer }),
        JSON.stringify(customer),
      ).toEqual([]);
    }
    const customer = '😡😡 This is the THIRD time I ask!!! 👩‍💻 Where is my order #48213? שלום';
    const question = analyze({ draft: 'Hi', customer }).customer!.questions.find((asked) =>
      asked.text.includes('Where is my order #48213?'),
    );
    expect(question).toBeDefined();
    expect(customer.slice(question!.span.start, question!.span.end)).toBe(question!.text);
  });
});
