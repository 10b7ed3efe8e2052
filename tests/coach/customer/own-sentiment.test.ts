import { describe, expect, it } from 'vitest';
import { customerUpsetFeatures } from '../../../lib/coach/customer/index';
import { ownSentiment } from '../../../lib/coach/customer/own-sentiment';
import { elongated } from '../../../lib/coach/customer/upset-features';
import { analyzeText } from '../../../lib/coach/text';

const sentiment = (text: string): number => ownSentiment(analyzeText(text));

describe("the sentiment of the customer's own sentences", () => {
  it('is negative for a bitter message and positive for a warm one', () => {
    expect(sentiment('This is ridiculous and your service is terrible.')).toBeLessThan(-0.5);
    expect(sentiment('The new update is great, I love it.')).toBeGreaterThan(0.5);
  });
  it('turns a word after a negation', () => {
    expect(sentiment('I am not happy with this.')).toBeLessThan(0);
    expect(sentiment('I am happy with this.')).toBeGreaterThan(0);
  });
  it('weighs what follows "but" over what comes before', () => {
    expect(sentiment('The app is good but the support is awful.')).toBeLessThan(0);
  });
  it('is stronger after a booster', () => {
    expect(sentiment('This is so bad.')).toBeLessThan(sentiment('This is bad.'));
  });
  it('leaves out courtesy, the words naming the problem, and reported text', () => {
    expect(sentiment('Please help, thanks.')).toBe(0);
    expect(sentiment('My account was hacked and I get an error.')).toBe(0);
    expect(sentiment('The app says "something terrible happened, sorry".')).toBe(0);
  });
});

describe('the sentiment and drawn-out words as upset features', () => {
  const feature = (text: string, name: 'form:bitterness') => customerUpsetFeatures(text)![name];
  it('reads bitterness only from a sour message', () => {
    expect(feature('Your support is useless and this is pathetic.', 'form:bitterness')).toBeGreaterThan(0);
    expect(feature('The new update is great, I love it.', 'form:bitterness')).toBe(0);
  });
  it('hears a word drawn out, not a web address or a sleepy "zzz"', () => {
    expect(elongated(analyzeText('This is sooo slow, pleeease fix it'))).toBe(true);
    expect(elongated(analyzeText('See www.example.com for the manual zzz'))).toBe(false);
  });
});
