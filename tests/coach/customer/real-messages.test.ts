import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from '../../../lib/coach/customer/index';
import { customerAnalysisSchema } from '../../../lib/coach/report-schema';
import { suggest } from '../../../lib/coach/suggestions/index';
import { GRATITUDE_ACKNOWLEDGEMENTS } from '../../../lib/coach/suggestions/phrasings';
import { checkSuggestion } from '../../../lib/coach/suggestions/self-check';

// Real customer messages (public Twitter customer care, Apache-2.0), picked by position in the dev file. These
// are not labels: the checks below are properties every message must have, whatever the engine reads in it.
const fixture = JSON.parse(readFileSync(new URL('./fixtures/care-messages.json', import.meta.url), 'utf8')) as {
  messages: Array<{ id: string; text: string }>;
};
const GRATITUDE = new Set(Object.values(GRATITUDE_ACKNOWLEDGEMENTS).flat());
const RAW = /@\w|https?:|&amp;|&#\d+;|\b(?:u|ur|im|cant|dont|plz|pls|thx)\b/i;

describe.each(fixture.messages.map((message) => [message.id, message.text] as const))(
  'real message %s',
  (_id, text) => {
    const customer = analyzeCustomer(text)!;

    it('is a valid analysis whose problem and topic are written by the engine', () => {
      expect(customerAnalysisSchema.safeParse(customer).success).toBe(true);
      for (const written of [customer.problem, customer.problemDetail?.topic])
        if (written) expect(written).not.toMatch(RAW);
      if (customer.problem) expect(customer.problemDetail).not.toBeNull();
    });

    it.each(['warm', 'formal', 'casual'] as const)('offers only sendable sentences (%s)', (tone) => {
      const suggestions = suggest(customer, tone, text);
      for (const suggestion of suggestions) {
        expect(checkSuggestion(suggestion.text, customer).problems, suggestion.text).toEqual([]);
        expect(suggestion.text).not.toMatch(RAW);
      }
      if (customer.upset) expect(suggestions.some((item) => item.kind === 'acknowledgement')).toBe(true);
      const complaint = customer.upset || (customer.problemDetail?.kind ?? 'how-to') !== 'how-to';
      if (complaint) expect(suggestions.filter((item) => GRATITUDE.has(item.text))).toEqual([]);
    });
  },
);

describe('real messages overall', () => {
  it('the engine reads a problem in most of them and an upset customer in some, not all', () => {
    const analyses = fixture.messages.map((message) => analyzeCustomer(message.text)!);
    const upset = analyses.filter((analysis) => analysis.upset).length / analyses.length;
    const withKind = analyses.filter((analysis) => analysis.problemDetail?.kind).length / analyses.length;
    expect(upset).toBeGreaterThan(0.2);
    expect(upset).toBeLessThan(0.9);
    expect(withKind).toBeGreaterThan(0.4);
  });
});
