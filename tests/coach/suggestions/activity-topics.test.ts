/**
 * A topic that is something the customer does ("connecting", "uploading your videos") is written the way English
 * puts an activity after "trouble": straight after it, never "trouble with connecting".
 */
import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from '../../../lib/coach/customer/index';
import { suggest } from '../../../lib/coach/suggestions/index';
import { checkSuggestion } from '../../../lib/coach/suggestions/self-check';
import type { Tone } from '../../../lib/coach/types';

const MESSAGES = [
  'having issues connecting to my friends on the new map, any advice?',
  'I keep having problems uploading my videos. This is so annoying!!',
];

describe('activity topics', () => {
  it.each(MESSAGES)('says the activity straight after "trouble": %s', (message) => {
    const customer = analyzeCustomer(message);
    expect(customer?.problem).toMatch(/^you're having trouble \w+ing\b/);
    for (const tone of ['warm', 'formal', 'casual'] as const satisfies readonly Tone[]) {
      const texts = suggest(customer, tone, 'seed').map((suggestion) => suggestion.text);
      expect(texts.join(' ')).not.toMatch(
        /(?:trouble|hassle|hard time)(?: you are having| you're having)? with \w+ing\b/,
      );
      for (const text of texts) expect(checkSuggestion(text, customer).problems).toEqual([]);
    }
  });
});
