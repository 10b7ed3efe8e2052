import { describe, expect, it } from 'vitest';
import { endsMidPhrase, sentenceCheck } from '../../eval/sentence-check';

/** Sentences an agent could send as they are. */
const SENDABLE = [
  "I'm sorry about the trouble with your Google account.",
  'Thank you for your patience.',
  'Let me look into this for you.',
  'I completely understand how frustrating this is.',
  'Losing access like this is stressful.',
  "That sounds really frustrating, and I'm sorry.",
  "You're right to raise this.",
  "I'm so sorry your account was hacked.",
  'I understand there is a lot riding on this.',
  "We're looking into the issue with your order A-20931 now.",
  "I'm sorry about that.",
  "I'll help you sign in.",
  'Thanks so much — that made our day!',
  "Thanks for the details — sorry you can't get into your e-mail.",
  "Ugh, sorry your export failed — that's really annoying.",
  "I've got this from here — no need to go over it again.",
  "I'm sorry to hear your account was locked.",
  'I understand the confusion: the content would be deleted for all users.',
  "Don't worry — we'll get this fixed together.",
  "I'm really glad that helped.",
  'Please bear with me while I check.',
  "I'm sorry the email you sent bounced.",
  'Thanks for the details you sent — I can see the problem.',
  'I know how much your photos mean to you.',
  "I'm sorry you're having trouble with order #CK-201877.",
];

/** Output of the engine before issue 11 (and the issue's own examples): each has something a check must catch. */
const NOT_SENDABLE: Array<[string, RegExp]> = [
  ["I'm sorry there automatically sync to your Dropbox account.", /after “there”/],
  ["I'm sorry you can't text each other amp.", /entity name/],
  ['That would confuse anyone: them down.', /no subject and finite verb/],
  ["I'm sorry you got an email saying there was a new.", /ends mid-phrase/],
  ['Thank you for the detailed description; I am sorry that things missing.', /not a clause/],
  ["I'm sorry got this error.", /not a clause/],
  ['I understand the confusion: things missing.', /no subject and finite verb/],
  ['The trouble with your Google account.', /no subject and finite verb/],
  ['Sorry about the trouble with your account', /end with/],
  ["I'm sorry @MojangSupport you can’t unenroll from the beta.", /@handle/],
  ['I understand your frustration that your Face ID isn’t working https://t.co/x.', /URL/],
  ["I'm sorry about #DangerZone.", /hashtag/],
  ["I'm sorry about the &amp; problem.", /HTML entity/],
  ['So sorry your 😀 account is locked.', /emoji/],
  ["I'm sorry you cant log in.", /shorthand/],
  ["I'm sorry im stuck on this screen.", /shorthand/],
  ['I am sorry that that you can not log in.', /repeats a word/],
  ['I am sorry your PS4 shows a error with login.', /“a” before a vowel/],
  ['So sorry service “ error message is back.', /unbalanced/],
  ["i'm sorry your order is late.", /capital|lower-case/],
  ["I'm sorry you can't use the garage in the stolen.", /ends mid-phrase/],
  ['I understand your frustration that your console you keep getting the message.', /two subjects/],
  ["I'm sorry some reason you can't sign into your launcher.", /two subjects/],
  ['Totally get the confusion — you are unable to retrieve the a/c.', /slashed/],
];

describe('the eval sentence check', () => {
  it.each(SENDABLE)('passes %s', (sentence) => {
    expect(sentenceCheck(sentence)).toEqual({ ok: true, problems: [] });
  });

  it.each(NOT_SENDABLE)('catches %s', (sentence, problem) => {
    const result = sentenceCheck(sentence);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(problem);
  });

  it('calls an empty suggestion a problem rather than passing it', () => {
    expect(sentenceCheck('   ')).toEqual({ ok: false, problems: ['is empty'] });
  });

  it('tells a cut-off fragment from a whole noun phrase', () => {
    expect(endsMidPhrase('the trouble with')).toBe(true);
    expect(endsMidPhrase('your export failed on the')).toBe(true);
    expect(endsMidPhrase('your Google account')).toBe(false);
    expect(endsMidPhrase('the export failed again')).toBe(false);
  });
});
