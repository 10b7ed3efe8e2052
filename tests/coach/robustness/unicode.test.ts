/**
 * The engine never throws and never points outside the text, whatever it is given: property tests with
 * fast-check over any Unicode, support-like text mixed with emoji / RTL / CJK / combining marks, and large inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/coach/index';
import { FRAGMENTS, anyUnicode, expectValidReport, mixedText } from './texts';

describe('analyze on any text', () => {
  it('never throws and keeps every span inside its text, for any Unicode draft and customer message', () => {
    fc.assert(
      fc.property(anyUnicode(400), fc.option(anyUnicode(400), { nil: null }), (draft, customer) => {
        expectValidReport(analyze({ draft, customer }), { draft, customer });
      }),
      { numRuns: 40 },
    );
  });

  it('handles support text mixed with emoji, Arabic, Hebrew, CJK, combining marks and control characters', () => {
    fc.assert(
      fc.property(mixedText(40), mixedText(30), (draft, customer) => {
        const report = analyze({ draft, customer });
        expectValidReport(report, { draft, customer });
        for (const finding of report.findings)
          expect(draft.slice(finding.span.start, finding.span.end)).toBe(finding.actual);
      }),
      { numRuns: 40 },
    );
  });

  it('finds the same phrases, at shifted offsets, wherever emoji and other scripts sit around the text', () => {
    const core = 'Hi Ana, as I already said, you should have restarted the router. Obviously it works now.';
    const expected = analyze({ draft: core }).findings.map(({ ruleId, actual, span }) => ({
      ruleId,
      actual,
      start: span.start,
    }));
    expect(expected.map((finding) => finding.ruleId)).toContain('tone/blame');
    for (const prefix of [...FRAGMENTS.emoji, ...FRAGMENTS.rtl, ...FRAGMENTS.cjk, ...FRAGMENTS.combining]) {
      const draft = `${prefix} ${core} ${prefix}`;
      const report = analyze({ draft });
      expectValidReport(report, { draft });
      const shift = prefix.length + 1;
      const found = report.findings
        .filter((finding) => finding.span.start >= shift && finding.span.end <= shift + core.length)
        .map(({ ruleId, actual, span }) => ({ ruleId, actual, start: span.start - shift }));
      expect(found, `findings after ${JSON.stringify(prefix)}`).toEqual(expected);
    }
  });

  it('reads questions and emotion in a customer message full of emoji and other scripts, at the right offsets', () => {
    const customer = '😡😡 注文が届いていません！ This is the THIRD time I ask!!! 👩‍💻 Where is my order #48213? שלום';
    const report = analyze({ draft: 'Hi, sorry about that 🙏🏽', customer });
    expectValidReport(report, { draft: 'Hi, sorry about that 🙏🏽', customer });
    const question = report.customer?.questions.find((asked) => asked.text.includes('Where is my order'));
    expect(question).toBeDefined();
    expect(customer.slice(question!.span.start, question!.span.end)).toContain('Where is my order');
    expect(report.customer?.distress).toBeGreaterThan(0);
  });
});

describe('edge inputs', () => {
  it('gives an empty, valid report for an empty draft', () => {
    for (const draft of ['', ' ', '\n\n\n', '\u200B', '\uFEFF']) {
      const report = analyze({ draft });
      expectValidReport(report, { draft });
      expect(report.findings).toEqual([]);
      expect(report.customer).toBeNull();
      expect(report.readability.words).toBe(0);
      expect(report.checks.questions.asked).toEqual([]);
    }
  });

  it('treats an empty or blank customer message as no message', () => {
    for (const customer of ['', '   ', null, undefined]) {
      const report = analyze({ draft: 'Hello!', customer });
      expectValidReport(report, { draft: 'Hello!', customer });
      expect(report.customer).toBeNull();
    }
  });

  // Large inputs take seconds on a busy two-core machine: generous timeouts, one run each.
  it('analyses a 100 KB draft of arbitrary Unicode without throwing', { timeout: 180_000 }, () => {
    const [draft] = fc.sample(fc.string({ unit: 'binary', minLength: 100_000, maxLength: 100_000 }), {
      numRuns: 1,
      seed: 42,
    });
    expect(draft!.length).toBeGreaterThanOrEqual(100_000);
    expectValidReport(analyze({ draft: draft!, customer: 'Where is my order?' }), {
      draft: draft!,
      customer: 'Where is my order?',
    });
  });

  it('analyses a 100 KB customer message of mixed scripts, with every span inside it', { timeout: 180_000 }, () => {
    let customer = '';
    for (let seed = 1; customer.length < 100_000; seed += 1)
      customer += `${fc.sample(mixedText(40), { numRuns: 100, seed }).join('\n')}\n`;
    customer = customer.slice(0, 100_000);
    const draft =
      'Hi, I am sorry about the failed orders. I will check every one of them today and email you by 5 pm CET.';
    expectValidReport(analyze({ draft, customer }), { draft, customer });
  });

  it('maps many questions of a long customer message into it', { timeout: 180_000 }, () => {
    const customer = Array.from(
      { length: 500 },
      (_, index) => `Why did order #${10_000 + index} fail?? I NEED it today!!!`,
    ).join(' ');
    const draft =
      'Hi, I am sorry about the failed orders. I will check every one of them today and email you by 5 pm CET.';
    const report = analyze({ draft, customer });
    expectValidReport(report, { draft, customer });
    expect(report.customer!.questions.length).toBeGreaterThan(0);
  });
});
