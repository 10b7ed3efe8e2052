/**
 * lib/coach/lexicon/spoken-words.ts is exactly what scripts/spoken-words.ts generates from the SUBTLEX-US frequencies,
 * and with it the topic keeps plain words compromise's lexicon lacks while a customer's typo is still never said.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from '../../../lib/coach/customer/index';
import { SPOKEN_WORDS } from '../../../lib/coach/lexicon/spoken-words';
import { LIST_PATH, spokenWords, spokenWordsModule } from '../../../scripts/spoken-words';

const topicOf = (message: string) => analyzeCustomer(message)?.problemDetail?.topic ?? null;

describe('the spoken-words list', () => {
  it('is what the script generates (regenerate with npx tsx scripts/spoken-words.ts --write)', () => {
    const words = spokenWords();
    expect(readFileSync(LIST_PATH, 'utf8')).toBe(spokenWordsModule(words));
    expect(new Set(words)).toEqual(SPOKEN_WORDS);
  });

  it('holds plain words and no profanity', () => {
    for (const word of ['office', 'contract', 'envelope']) expect(SPOKEN_WORDS.has(word), word).toBe(true);
    for (const word of ['whore', 'whores', 'asses', 'tellin']) expect(SPOKEN_WORDS.has(word), word).toBe(false);
  });
});

describe('topics with words compromise lacks', () => {
  it('keeps a plain noun that sits one slip from another word', () => {
    // compromise lacks "contract", one slip from a word it has: without the list it was dropped as a typo.
    expect(topicOf('my contract renewal price is wrong')).toBe('your contract renewal price');
  });

  it('still says a typo of a head customers write about in our spelling, never as typed', () => {
    expect(topicOf('I was charged $11.99 after the one month trail ended')).not.toMatch(/trail/);
  });
});
