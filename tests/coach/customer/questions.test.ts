/**
 * Questions, requests and rhetorical questions (issue 11 part 5), on messages written the way customers write on
 * Twitter (several adapted from ../shared/eval/customer-care-dev.jsonl, Apache-2.0).
 */
import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from '../../../lib/coach/customer/index';
import { clausesOf, isRhetorical } from '../../../lib/coach/customer/questions';
import { analyzeText } from '../../../lib/coach/text';

const asked = (message: string) =>
  (analyzeCustomer(message)?.questions ?? []).map((question) => [question.kind, question.text]);

describe('requests', () => {
  it.each([
    ['Please help', 'Please help'],
    [
      'my channel has been suspended 1 year, I sent an e-mail, no answer, please open my channel back :(',
      'please open my channel back',
    ],
    ['The export is broken again. can someone look into this', 'can someone look into this'],
    ['You know this. Fix it.', 'Fix it.'],
    ['My progress got reset and the 680K is gone. help plz', 'help please'],
    ['WOULD SOMEONE PLEASE HELP ME!! Nothing works', 'WOULD SOMEONE PLEASE HELP ME!!'],
    ['I can’t get into my account. I need help getting my account back', 'I need help getting my account back'],
    ['It still charged me 1.4 mil, could I get some help?', 'could I get some help?'],
    ['I want my money back.', 'I want my money back.'],
  ])('%s → request %s', (message, request) => {
    expect(asked(message)).toContainEqual(['request', request]);
  });

  it('do not read thanks, statements about help, or a feature name as requests', () => {
    for (const message of [
      'Thanks in advance for your help!',
      'Thank you for your help! link',
      'No one seems to be able to help.',
      'Find my device is not on.',
      'Called the mechanic and checked every garage.',
    ]) {
      expect(
        asked(message).filter(([kind]) => kind === 'request'),
        message,
      ).toEqual([]);
    }
  });

  it('keep information questions as questions: "can you tell me" asks for an answer, not an action', () => {
    expect(asked('Can you tell me when the export will work?')).toEqual([
      ['explicit', 'Can you tell me when the export will work?'],
    ]);
    expect(asked('Please let me know if the refund went through.')).toEqual([
      ['implicit', 'Please let me know if the refund went through.'],
    ]);
  });

  it('a bare "Please help" after the problem carries the problem\'s words for matching the reply', () => {
    const request = analyzeCustomer('My channel got suspended yesterday. Please help')!.questions.find(
      (question) => question.kind === 'request',
    )!;
    expect(request.keywords).toContain('channel');
  });
});

describe('rhetorical questions', () => {
  it.each([
    'Why is this so hard?!',
    'Why is it so difficult to cancel?',
    'Are you kidding me?',
    'How is this acceptable?',
    'This is HIGHLY frustrating?!!?',
    'Just how many times is Apple going to ask me to authorize my computer?',
    'Do you even care?',
  ])('%s is not listed', (message) => {
    expect(asked(message)).toEqual([]);
  });

  it("genuine questions about the customer's own thing stay, even when exasperated", () => {
    expect(asked('Why is my download so slow?')).toEqual([['explicit', 'Why is my download so slow?']]);
    expect(asked("Why can't I log in?!")).toEqual([['explicit', "Why can't I log in?!"]]);
    expect(isRhetorical('Why is my download so slow?')).toBe(false);
  });
});

describe('splitting run-on messages', () => {
  it('never lists a whole multi-clause tweet as one question', () => {
    const message =
      '@RockstarSupport I purchased a Technical Aqua vehicle for my xbox acc, and it didn’t have me select a garage for it, and I cannot find it anywhere. Called mechanic, pegasus, checked every garage I own, it’s no where and it still charged me 1.4 mil, could I get some help?';
    const questions = analyzeCustomer(message)!.questions;
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) expect(question.text.split(/\s+/).length).toBeLessThan(12);
    for (const question of questions) expect(message.slice(question.span.start, question.span.end)).toBe(question.text);
  });

  it('reads a trailing plea as its own request, and a bare question word without "?" as an implicit question', () => {
    expect(asked('Find my device is not on. How to find last location, please help urgent?')).toEqual([
      ['explicit', 'How to find last location'],
      ['request', 'please help urgent?'],
    ]);
    expect(asked('my phone was stolen. how to find its last location')).toEqual([
      ['implicit', 'how to find its last location'],
    ]);
  });

  it('asks from the last question opener to the "?"', () => {
    expect(asked('I just got billed for signing up for the free trial of premium, how does that work?')).toEqual([
      ['explicit', 'how does that work?'],
    ]);
  });

  it('cuts clauses at commas, emoticons, emoji and long runs joined by "and"', () => {
    const sentence = analyzeText('my channel got suspended :( no answer 😡 please open it back, thanks').sentences[0]!;
    expect(clausesOf(sentence).map((clause) => clause.text)).toEqual([
      'my channel got suspended',
      'no answer',
      'please open it back',
      'thanks',
    ]);
    const long = analyzeText(
      'I tried to log in on my phone and on my laptop this morning and it said my password was wrong and I reset it twice',
    ).sentences[0]!;
    expect(clausesOf(long).length).toBeGreaterThan(1);
  });

  it('keeps the explicit and implicit questions of a long e-mail', () => {
    const message =
      "This is the THIRD time I'm writing about this!!! The export failed again. Can you tell me when the export will work? I need to know whether I'll get a refund.";
    expect(asked(message)).toEqual([
      ['explicit', 'Can you tell me when the export will work?'],
      ['implicit', "I need to know whether I'll get a refund."],
    ]);
  });
});
