/**
 * Candidate phrases for the topic (customer/topic.ts): each way a candidate is found, with a message where it
 * must be found and one where it must not. The learned weights choose among candidates; these tests only hold
 * what is offered, and that every offered phrase stays sayable.
 */
import { describe, expect, it } from 'vitest';
import { cleanCustomerText } from '../../../lib/coach/customer/clean';
import { analyzeCustomer } from '../../../lib/coach/customer/index';
import { readProblemSetting } from '../../../lib/coach/customer/problem';
import { addressedHandles, topicCandidates } from '../../../lib/coach/customer/topic';
import { checkSuggestion } from '../../../lib/coach/suggestions/self-check';
import { analyzeText } from '../../../lib/coach/text';
import { sentenceCheck } from '../../../eval/sentence-check';

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

  it('reads the word after a modal or "to" as its verb, and never a modal or "else" as part of a thing', () => {
    const found = candidates(
      'If I can prove music being claimed on my video was pirated, would you release the claim?',
    );
    expect(found).toContain('the music');
    expect(found.join(' ')).not.toMatch(/prove|would/);
    expect(candidates("I can't export videos")).toContain('the videos');
    expect(candidates('Would you be able to restore my channel?').join(' ')).not.toMatch(/would/i);
    expect(candidates('anyone else seeing the outage page?').join(' ')).not.toMatch(/else/);
    // compromise reads "go to |make| a complaint" as a place to go: after "to" a verb's bare form is the verb.
    expect(candidates('Where do I go to make a payment?')).toEqual(['the payment']);
    // An inverted question puts the subject after the modal: a name stays a phrase there.
    expect(candidates('will Minecraft update on my tablet?')).toContain('Minecraft');
  });

  it('starts a new phrase at a name after a plural noun', () => {
    const found = candidates('every time I try to import my clips Premiere crashes');
    expect(found).toContain('your clips');
    expect(found).not.toContain('your clips Premiere');
    // A plural noun before a common noun is an ordinary compound.
    expect(candidates('the settings page will not load')).toContain('the settings page');
  });

  it('keeps a vague head when something specific modifies it, and alone only when it is a listed thing', () => {
    expect(candidates('the new update does not work for me')).toContain('the new update');
    expect(candidates('Hopefully the $11.99 charge can be removed')).toContain('the $11.99 charge');
    // "update", "charge", "refund" are vague nouns and things customers write about (lexicon/topics.ts) at once.
    expect(candidates('Hopefully the charge can be removed.')).toContain('the charge');
    expect(candidates("It seems like the error may be with Premier itself. The update won't work.")).toContain(
      'the update',
    );
    // A vague noun no list knows as a thing names nothing alone.
    expect(candidates('the problem does not work for me')).toEqual([]);
    expect(candidates('the issue is getting worse')).toEqual([]);
  });

  it('keeps an unknown lower-case head as typed, but not a typo of a known word or two words run together', () => {
    expect(candidates('I am completely missing my tezeract')).toContain('your tezeract');
    expect(candidates('I am completely missing my shiled')).toEqual([]);
    expect(candidates('no account/download required').join(' ')).not.toMatch(/accountdownload/);
  });

  it('tells a slip of the fingers from a word of its own one letter away from a known one', () => {
    // "shark" is "share" with one letter changed, but not to a key beside it: a word compromise's lexicon lacks.
    expect(candidates('I bought the megalodon shark card and never got the bonus')).toContain(
      'the megalodon shark card',
    );
    // A key beside the right one ("p" for "o"), a letter doubled, a letter left out: typos, never said back.
    for (const typo of ['accpunt', 'accouunt', 'accunt'])
      expect(candidates(`I am completely missing my ${typo}`).join(' ')).not.toContain(typo);
  });

  it('says a typo of a listed head in our spelling, never as typed', () => {
    const trial = candidates(
      'I cancelled the $11.99 one month trail as soon as I got the email that the trial is ending & I still got charged for it.',
    );
    expect(trial).toContain('the $11.99 one-month trial');
    expect(trial.join(' ')).not.toMatch(/trail/);
    expect(candidates('I am completely missing my acount')).toEqual(['your account']);
    // Only two letters swapped back or a letter inside put back: "plane" and "table" are words, not typos of
    // "plan" and "tablet".
    expect(candidates('I left it on the plane').join(' ')).not.toMatch(/\bplan\b/);
    expect(candidates('my table is broken').join(' ')).not.toMatch(/tablet/);
  });

  it('reads a noun compromise tagged a verb after an article or a possessive as the noun', () => {
    expect(
      candidates('just been in a meeting that was hacked - drawing offensive images onto the powerpoint'),
    ).toContain('the meeting');
    // After "that" the word is the verb of a relative clause, not a noun.
    expect(candidates('I use the app that crashes all the time').join(' ')).not.toMatch(/crashes/);
  });

  it('keeps what a lock-out or a hack is said of, whatever its kind of thing', () => {
    expect(candidates("for some reason i can't sign into my Rockstar Game launcher")).toContain(
      'your Rockstar Game launcher',
    );
    expect(candidates('Someone hacked my zoom meeting')).toContain('your Zoom meeting');
    // Other things in the message are still left out of a lock-out unless they fit it.
    expect(candidates("i can't sign into my account and the screen is blank")).not.toContain('the screen');
  });

  it('never takes a capitalised question word or "not" into a phrase', () => {
    expect(candidates('they cant access the site http://example.com Why Not?')).toContain('the site');
    expect(candidates('they cant access the site http://example.com Why Not?').join(' ')).not.toMatch(/why|not/i);
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

  it('keeps the first noun of a compound even when it is vague alone, but never the problem word', () => {
    expect(candidates('how do I open a support ticket about my refund?')).toContain('the support ticket');
    expect(candidates('we keep hitting the time limit on calls')).toContain('the time limit');
    expect(candidates('the support team never answered')).not.toContain('the support team');
    expect(candidates('I got an error message on launch').join(' ')).not.toMatch(/error message/);
  });

  it('keeps an adjective that starts a compound name, not one that counts or judges', () => {
    expect(candidates('I cannot find the ultimate edition content in my library')).toContain(
      'the ultimate edition content',
    );
    expect(candidates('it crashes on multiple Apple systems').join(' ')).not.toMatch(/multiple/);
    expect(candidates('the stupid app keeps freezing')).not.toContain('the stupid app');
  });

  it('keeps a noun modifier no list knows unless it is a typo of one that does', () => {
    expect(candidates('why is there a new escrow fee on my bill?')).toContain('the new escrow fee');
    expect(candidates('the acount settings page is blank').join(' ')).not.toMatch(/acount/);
  });

  it('keeps a title as its owner writes it: three title-case words, a name inside it, a number ending it', () => {
    expect(candidates('when will Final Fantasy Remake be on sale again?')).toContain('Final Fantasy Remake');
    expect(candidates('is Apple Pay Cash down for anyone else?')).toContain('Apple Pay Cash');
    expect(candidates('I preordered Far Cry 6 and the download will not start')).toContain('Far Cry 6');
    expect(candidates('my iPhone 12 will not turn on')).toContain('your iPhone 12');
    // A number after a common noun is a count or a time, not a name's.
    expect(candidates('the delivery 2 days ago was late').join(' ')).not.toMatch(/delivery 2/);
  });

  it('keeps a word capitalised inside as a product name, but not a support handle written without its @', () => {
    expect(candidates('my TouchId stopped working after the update')).toContain('your TouchId');
    expect(candidates('hi AdobeCare my plan renewed twice').join(' ')).not.toMatch(/AdobeCare/);
  });

  it('ends a phrase at an emoji, even one joined from several', () => {
    expect(candidates('I can’t remember the password of my yahoo email 🤦🏽‍♀️')).toContain('your Yahoo email');
  });

  it('gives an unsayable last word up to the noun before it', () => {
    expect(candidates('I only have the Minecraft launcher exe on my laptop')).toContain('the Minecraft launcher');
  });

  it('offers an error the customer quotes by its code, with offsets on the words in the message', () => {
    const message = 'The console shows error code: CE-34878-0 every time I start the game';
    const text = analyzeText(message);
    const { kind, mentions } = readProblemSetting(text);
    const quoted = topicCandidates(text, kind, mentions).find((candidate) => candidate.text === 'error CE-34878-0');
    expect(quoted).toBeDefined();
    expect(message.slice(quoted!.start, quoted!.end)).toBe('error code: CE-34878-0');
    expect(candidates('I got an error in 2020 and again today').join(' ')).not.toMatch(/error 2020/);
  });

  it('never repeats how many there were, a lower-case place, or a verb right after "I" as part of a thing', () => {
    const packs = candidates(
      'I bought various Minecraft texture packs on PS4 months ago and now my profile shows none',
    );
    expect(packs.join(' ')).not.toMatch(/various/);
    expect(packs.some((phrase) => /Minecraft texture/.test(phrase))).toBe(true);
    expect(candidates('i lost my south korea minecraft user password').join(' ')).not.toMatch(/korea|south/);
    expect(candidates('i have a 4k tv and i play music in 4k')).not.toContain('the play music');
    expect(candidates('i have a 4k tv and i play music in 4k')).toContain('the music');
    // A noun after "my" or "the" is still a noun: only the word right after the pronoun is its verb.
    expect(candidates('we love the play button on the new app')).toContain('the play button');
  });

  it('names no thing with an -ing word that is what someone does, nor with a verb read from its noun', () => {
    expect(candidates('Getting tired of seeing this @RockstarSupport link')).not.toContain('the seeing');
    expect(candidates('I am really getting tired of my HULU resetting no other app')).not.toContain(
      'your Hulu resetting',
    );
    expect(candidates('the meeting keeps dropping everyone')).toContain('the meeting');
    const news = candidates('I want the most popular content, not establishment network tv');
    expect(news.join(' ')).not.toMatch(/establishmenting/);
  });

  it('keeps a hyphenated word whole or not at all, and a capital slipped into a common word out', () => {
    const mail = candidates('another fantastic day of non-functioning Yahoo Mail!');
    expect(mail).toContain('Yahoo Mail');
    expect(mail.join(' ')).not.toMatch(/functioning/);
    expect(candidates('my one beef is with the lIve guide on the app').join(' ')).not.toMatch(/lIve/);
    expect(candidates('my FaceId stopped working')).toContain('your FaceId');
  });

  it('reads a gerund inside a noun phrase as a kind of thing, and logs in to a thing', () => {
    expect(candidates('#Phishing Apple phishing page found URL: hosted by your servers').join(' ')).not.toMatch(
      /phishing the/,
    );
    expect(candidates('I need help sharing my photos with my family')).toContain('sharing your photos');
    expect(candidates('how do I log in my account on the new console?')).toContain('logging in to your account');
  });

  it('says every new kind of candidate grammatically in a sentence', () => {
    const messages = [
      'how do I open a support ticket about my refund?',
      'I cannot find the ultimate edition content in my library',
      'is Apple Pay Cash down for anyone else?',
      'I preordered Far Cry 6 and the download will not start',
      'my TouchId stopped working after the update',
      'The console shows error code: CE-34878-0 every time I start the game',
      "why can't I sign up on the website?",
    ];
    for (const message of messages) {
      const customer = analyzeCustomer(message);
      for (const phrase of candidates(message)) {
        const sentence = `I'm sorry about the trouble with ${phrase}.`;
        expect(sentenceCheck(sentence).problems, sentence).toEqual([]);
        // An error code quoted back as typed ("CE-34878-0") is not an acronym to spell out: that advice is about
        // words, and the suggestions say such a topic more plainly anyway (problem.ts).
        const problems = checkSuggestion(sentence, customer).problems.filter(
          (problem) => !(problem.startsWith('clarity/acronyms') && phrase.startsWith('error ')),
        );
        expect(problems, sentence).toEqual([]);
      }
    }
  });
});
