/**
 * A modifier the customer capitalised by choice is their name for the thing ("my Social account"), and the topic
 * keeps their capitals; a customer who capitalises most words, or a word that opens the sentence, gets plain
 * spelling. Only the chosen words change: the candidates' features never see the capitals
 * (tests/eval/learn-topic-weights.test.ts fails if the learned table moves).
 */
import { describe, expect, it } from 'vitest';
import { cleanCustomerText } from '../../../lib/coach/customer/clean';
import { readProblemSetting } from '../../../lib/coach/customer/problem';
import { topicCandidates } from '../../../lib/coach/customer/topic';
import { analyzeText } from '../../../lib/coach/text';

const candidates = (message: string) => {
  const text = analyzeText(cleanCustomerText(message).text);
  const { kind, mentions } = readProblemSetting(text);
  return topicCandidates(text, kind, mentions);
};
const texts = (message: string) => candidates(message).map((candidate) => candidate.text);

describe("the customer's own capitals in a topic", () => {
  it('keeps a modifier capitalised mid-sentence in a sentence written in lower case', () => {
    expect(texts('i cannot log in to my Social account since the reset')).toContain('your Social account');
    expect(texts('i want a refund for the free Realms trial i never used')).toContain('the free Realms trial');
  });

  it('keeps the head as spelled, and ignores capitals where most words have them', () => {
    expect(texts('i cannot log in to my Account since the reset').join(' ')).not.toMatch(/Account/);
    expect(texts('i Can not Log in To my Social account Since the Reset today').join(' ')).not.toMatch(/Social/);
  });

  it('does not take a shouted word for title case: the name beside it keeps its capitals', () => {
    expect(texts('bought 5000 credits for Halo Infinite TWICE now and neither showed up')).toContain('Halo Infinite');
  });

  it('keeps the capitals of a name the phrase ends on, where one capitalised word follows another', () => {
    expect(texts('i bought Star Wars on the store and it never appeared')).toContain('Star Wars');
    expect(texts('@AppleSupport I have a Mac Pro, 2008. I need to replace my graphic card.')).toContain('your Mac Pro');
    expect(texts('my Google Play purchase is missing')).toContain('your Google Play purchase');
    // A capitalised head after a word in lower case is not a name run: "my Account" stays "your account".
    expect(texts('my old Account is locked')).toContain('your old account');
  });

  it('says a name as names are said: a title takes no article and one verb, a device is theirs, a held thing keeps its article', () => {
    const star = candidates('i bought Star Wars on the store and it never appeared').find(
      (candidate) => candidate.text === 'Star Wars',
    );
    expect(star?.plural).toBe(false);
    expect(texts('the Premiere Pro keeps crashing')).toContain('Premiere Pro');
    expect(texts('my new Xbox One S wont turn on')).toContain('your new Xbox One S');
    expect(texts('my new MacBook Air wont charge')).toContain('your new MacBook Air');
    // "Mac OS" is software on a Mac, not the Mac: no "your".
    expect(texts('the Mac OS Catalina update broke it')).toContain('Mac OS Catalina');
    expect(texts('my dad forgot his apple Id and its password')).toContain('the Apple ID');
    expect(texts('I purchased the Whale Shark Card Bundle but have yet to receive the money.')).toContain(
      'the Whale Shark Card Bundle',
    );
    // A short word shouted is the word ("APP"); a head said as letters keeps them ("ID").
    expect(texts('MY ROKU APP KEEPS CRASHING')).toContain('your Roku app');
    expect(texts('my ID was stolen')).toContain('your ID');
    // A service's name ends on a word that is no held thing: no article.
    expect(texts('the YouTube TV keeps crashing')).toContain('YouTube TV');
  });
});
