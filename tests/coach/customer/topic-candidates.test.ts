/**
 * Candidate phrases for the topic (customer/topic.ts): each way a candidate is found, with a message where it
 * must be found and one where it must not. The learned weights choose among candidates; these tests only hold
 * what is offered, and that every offered phrase stays sayable.
 */
import { describe, expect, it } from 'vitest';
import { cleanCustomerText } from '../../../lib/coach/customer/clean';
import { readProblemSetting } from '../../../lib/coach/customer/problem';
import { addressedHandles, topicCandidates } from '../../../lib/coach/customer/topic';
import { analyzeText } from '../../../lib/coach/text';

const candidates = (message: string): string[] => {
  const text = analyzeText(cleanCustomerText(message).text);
  const { kind, mentions } = readProblemSetting(text);
  return topicCandidates(text, kind, mentions, addressedHandles(message)).map((candidate) => candidate.text);
};

describe('topic candidates', () => {
  it('reads a hashtag inside a sentence as a word, not a run of tags after it', () => {
    expect(candidates('a #phishing site is being hosted on your servers')).toContain('the phishing site');
    expect(candidates('my order never came #fail #angry').join(' ')).not.toMatch(/fail|angry/);
  });

  it('ends a compound noun that compromise read as a verb, only where the phrase has no verb of its own to take', () => {
    expect(candidates('where are our cleaning supplies that you promised?')).toContain('your cleaning supplies');
    expect(candidates('what is going on with these server disconnects?')).toContain('the server disconnects');
    // "works" is the verb of "one of my family members"; "my phone works" is a clause.
    expect(candidates('one of my family members works at the bank')).not.toContain('your family members works');
    expect(candidates('my phone works fine but the app crashes')).not.toContain('your phone works');
  });

  it('starts a new phrase at a name after a plural noun', () => {
    const found = candidates('every time I try to import my clips Premiere crashes');
    expect(found).toContain('your clips');
    expect(found).not.toContain('your clips Premiere');
    // A plural noun before a common noun is an ordinary compound.
    expect(candidates('the settings page will not load')).toContain('the settings page');
  });

  it('keeps a vague head when something specific modifies it, never alone', () => {
    expect(candidates('the new update does not work for me')).toContain('the new update');
    expect(candidates('Hopefully the $11.99 charge can be removed')).toContain('the $11.99 charge');
    expect(candidates('the update does not work for me')).not.toContain('the update');
  });

  it('keeps an unknown lower-case head as typed, but not a typo of a known word or two words run together', () => {
    expect(candidates('I am completely missing my tezeract')).toContain('your tezeract');
    expect(candidates('I am completely missing my acount')).toEqual([]);
    expect(candidates('no account/download required').join(' ')).not.toMatch(/accountdownload/);
  });

  it('heads a phrase with a two-word name whatever compromise tagged its last word', () => {
    expect(candidates('gta online keeps signing me out')).toContain('GTA Online');
    // The first word alone is not a name of its own here.
    expect(candidates('gta online keeps signing me out')).not.toContain('GTA');
  });

  it('never says back a swear word the sentiment lexicon lacks, but keeps words that only contain the letters', () => {
    expect(candidates('the transfer of music to the new iPod touch is a total clusterfuck').join(' ')).not.toMatch(
      /fuck/,
    );
    expect(candidates('I lost my skyscraper photos')).toContain('your skyscraper photos');
  });

  it('names no person as what the problem is about, though a person may modify a thing', () => {
    expect(candidates('my kids are totally new at Minecraft and fell in some water')).not.toContain('your kids');
    expect(candidates('the webinar was turning participants away')).not.toContain('the participants');
    expect(candidates('my kids tablet keeps crashing')).toContain('your kids tablet');
  });

  it("marks a phrase next to a negation, the thing they can't use or never got", () => {
    const negated = (message: string, phrase: string): number | undefined => {
      const text = analyzeText(cleanCustomerText(message).text);
      const { kind, mentions } = readProblemSetting(text);
      return topicCandidates(text, kind, mentions).find((candidate) => candidate.text === phrase)?.features.negated;
    };
    expect(negated('I never received my textbook', 'your textbook')).toBe(1);
    expect(negated('my mic won’t work on my laptop', 'your mic')).toBe(1);
    expect(negated('my textbook arrived today, thanks', 'your textbook')).toBe(0);
  });

  it('says a count before a unit noun as one modifier', () => {
    expect(candidates('I need help removing 2 factor authentication')).toContain('the 2-factor authentication');
    expect(candidates('has the 40 minute limit on basic accounts been removed')).toContain('the 40-minute limit');
    expect(candidates('they flooded me with 75 spam messages').join(' ')).not.toMatch(/75-spam/);
  });

  it('offers a way into an account for a lock-out, but not a verb compromise read as a noun', () => {
    expect(candidates('I lost my 2-step verification device and cannot log in')).toContain(
      'your 2-step verification device',
    );
    expect(candidates('I was hacked and lost the Authenticator App so I cannot sign in')).toContain(
      'Authenticator App',
    );
    expect(candidates('There is no way of getting my account back, I cannot log in')).not.toContain(
      'your account back',
    );
  });

  it('keeps a listed thing with a negative tone, and still drops a swear word', () => {
    expect(candidates('they keep flooding me with spam')).toContain('the spam');
    expect(candidates('the fucking app keeps crashing')).not.toContain('the fucking app');
  });
});
