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
    ['You refused my return. I want this reviewed by someone else.', 'I want this reviewed by someone else.'],
    ['I need a date when it will be in my account, in writing.', 'I need a date when it will be in my account'],
    ['My run history is gone. I’d love to get it back if possible.', 'I’d love to get it back if possible.'],
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

describe('asks inside longer clauses', () => {
  it.each([
    ['I bought a volatol for 3.7 million and I did not get the volatol please help', 'request', 'please help'],
    ['Hi i think my account has been hacked how to recover it ?', 'explicit', 'how to recover it ?'],
    [
      'I got free money from twitch prime, but none of the other benefits can you help me out?',
      'request',
      'can you help me out?',
    ],
    ['I need help.i can’t get a 2 step code', 'request', 'I need help'],
  ])('%s → %s %s', (message, kind, ask) => {
    expect(asked(message)).toContainEqual([kind, ask]);
  });

  it('leave an embedded question or ask with the clause it belongs to', () => {
    expect(asked("I don't know how to fix it")).toEqual([]);
    expect(asked('I was wondering if you could please fix it')).toEqual([
      ['request', 'I was wondering if you could please fix it'],
    ]);
    const sentence = analyzeText('my email is joe@nave.com please reset it').sentences[0]!;
    expect(clausesOf(sentence).map((clause) => clause.text)).toEqual(['my email is joe@nave.com', 'please reset it']);
  });
});

describe('pleas that end before an unpunctuated statement', () => {
  it('end the plea where the new statement starts', () => {
    expect(asked('i need help my account password got changed')).toEqual([['request', 'I need help']]);
    expect(asked('Help pls I do not have another number.')).toEqual([['request', 'Help please']]);
  });

  it('keep "help my son log in" whole: what follows has no verb of its own', () => {
    expect(asked('please help my son log in')).toEqual([['request', 'please help my son log in']]);
  });
});

describe('a modal and the company before any verb asks for an action', () => {
  it.each([
    'can you assist me with SSO for iPad',
    'can you PLEASE figure out what is going on with fox?',
    'are you going to get on this about the outage?',
  ])('%s is a request', (message) => {
    expect(asked(message).map(([kind]) => kind)).toEqual(['request']);
  });

  it('"do you…" and "do you know…" ask a question, not for an action', () => {
    expect(asked('Do you still have a chat service?')).toEqual([['explicit', 'Do you still have a chat service?']]);
    expect(asked('do you know when the app will be available?')).toEqual([
      ['explicit', 'do you know when the app will be available?'],
    ]);
  });
});

describe('indirect asks', () => {
  it.each([
    'i need refund game',
    'I expect a quick answer',
    'I really need this fixed',
    'Any communication would be nice',
    'Hopefully the charge can be removed.',
    'anyway to get some help with my account on here?',
    'Helppp',
  ])('%s is a request', (message) => {
    expect(asked(message).map(([kind]) => kind)).toEqual(['request']);
  });

  it('do not read hopes, needs of the customer\'s own or "is there any way" as requests', () => {
    expect(asked('Hopefully it works now.')).toEqual([]);
    expect(asked('I need to sleep')).toEqual([]);
    expect(asked('Is there any way to fix this without having to initialize?')).toEqual([
      ['explicit', 'Is there any way to fix this without having to initialize?'],
    ]);
  });
});

describe('not asks', () => {
  it('a clause opened by "when I…" is a condition, not a question', () => {
    expect(asked('when I sign in with a Microsoft account on my PS4 I get a error with login.')).toEqual([]);
  });

  it('what the customer quotes asks nothing of the reply', () => {
    expect(
      asked('why do i keep getting "please return to grand theft auto v and try again later."').map(([kind]) => kind),
    ).not.toContain('request');
    expect(asked('It says “please confirm your info” and then nothing.')).toEqual([]);
  });

  it('a statement of their own asked in disbelief is not a question; one with a question in it stays', () => {
    expect(asked('I buy the game to deal with this?')).toEqual([]);
    expect(asked('They can put in name, but no account required?')).toEqual([
      ['explicit', 'They can put in name, but no account required?'],
    ]);
    expect(asked('I wonder if you could fix it?')).toEqual([['request', 'I wonder if you could fix it?']]);
  });

  it('an exclaimed question word is not a question; an inverted modal without "?" is', () => {
    expect(asked("What's wrong with the game!")).toEqual([]);
    expect(asked('Can I talk to someone or should I write a complaint')).toEqual([
      ['implicit', 'Can I talk to someone or should I write a complaint'],
    ]);
  });
});

describe('a bare "please"', () => {
  it('joins the request just before it', () => {
    expect(asked('Help! Please!')).toEqual([['request', 'Help! Please!']]);
    expect(asked('Can you help, please?')).toEqual([['request', 'Can you help, please?']]);
  });

  it('stands alone when a statement comes between', () => {
    expect(asked('Help! My account is gone. Please')).toEqual([
      ['request', 'Help!'],
      ['request', 'Please'],
    ]);
  });
});

describe('rhetorical questions behind a "please"', () => {
  it('"Please why is it so hard?" vents; "What should I do!!!" still asks', () => {
    expect(asked('Please why is it so hard?')).toEqual([]);
    expect(asked('It gives me an error. What should I do!!!')).toEqual([['implicit', 'What should I do!!!']]);
  });
});

describe('the company as the subject of a demand', () => {
  it('"@yahoo needs to … fix" asks the company for an action; "it needs to restart" does not', () => {
    expect(asked('@yahoo needs to hurry up and fix their problem. This is so annoying.')).toContainEqual([
      'request',
      'needs to hurry up and fix their problem.',
    ]);
    expect(asked('The app needs to restart every time.')).toEqual([]);
  });
});
