/**
 * The customer's problem as structure (issue 11 part A): what it is about (a noun phrase said from the agent's side),
 * what went wrong (the typed kind), and the readable `problem` written from both — through the real engine.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from '../../../lib/coach/customer/index';
import { suggest } from '../../../lib/coach/suggestions/index';
import { problemText, readProblemSetting, topicToWriteWith } from '../../../lib/coach/customer/problem';
import { topicCanWork } from '../../../lib/coach/lexicon/topics';
import { cleanCustomerText } from '../../../lib/coach/customer/clean';
import { addressedHandles, topicCandidates } from '../../../lib/coach/customer/topic';
import { analyzeText } from '../../../lib/coach/text';

const read = (message: string) => {
  const customer = analyzeCustomer(message);
  if (!customer) throw new Error('no analysis');
  return { customer, detail: customer.problemDetail, problem: customer.problem };
};

describe('the topic: the thing the problem is about, said as the agent would', () => {
  it('turns "my" into "your" and keeps the product spelled by its maker', () => {
    expect(read('@gmail my gmail account got hacked last night').detail?.topic).toBe('your Gmail account');
  });

  it('reads a product they cannot get into as their account', () => {
    const { detail } = read('@Google I am locked out of all gmail and can’t sign in.');
    expect(detail).toMatchObject({ kind: 'account-access', topic: 'your Gmail account' });
  });

  it('keeps a device theirs even when compromise drops the possessive', () => {
    expect(read('@apple my left AirPod disconnects randomly').detail?.topic).toMatch(/^your AirPod/);
  });

  it('names a thing compromise does not list, by its English ending', () => {
    expect(read('@RockstarSupport i keep getting this notification what should i do').detail?.topic).toBe(
      'the notification',
    );
  });

  it('agrees in number', () => {
    expect(read('@Apple all my photos are gone after the update').detail?.topicPlural).toBe(true);
    expect(read('@Apple my iPhone is broken').detail?.topicPlural).toBe(false);
  });

  it('never carries a handle, a link or a hashtag, and never stops on a word that reads as an adjective', () => {
    for (const message of [
      '@zoom_us @Google help http://t.co/x #fail',
      'I was charged after the trial. #annoyed @Hulu',
    ]) {
      const topic = read(message).detail?.topic ?? '';
      expect(topic).not.toMatch(/[@#]|https?:/);
      expect(topic).not.toMatch(/^the trial$/);
    }
  });

  it('says the natural topic when a lock-out names none, not the password they typed', () => {
    expect(read('I forgot my password, please help').detail).toMatchObject({
      kind: 'account-access',
      topic: 'your account',
    });
  });

  it("doesn't repeat the situation's own noun: a refund for the game, not for the refund game", () => {
    const topic = { text: 'the refund game', plural: false, head: 'game' };
    expect(topicToWriteWith('refund', topic)?.text).toBe('the game');
    expect(topicToWriteWith('charged-wrongly', { ...topic, text: 'your charges page' })?.text).toBe('your page');
    // Elsewhere the customer's words stand.
    expect(topicToWriteWith(null, topic)?.text).toBe('the refund game');
    expect(topicToWriteWith('refund', { ...topic, text: 'the game' })?.text).toBe('the game');
  });

  it('drops a topic that is the situation itself, or only where the money goes', () => {
    const plain = { plural: false };
    for (const text of ['the refund', 'your credit card', 'your bank'])
      expect(topicToWriteWith('refund', { ...plain, text })).toBeNull();
    for (const text of ['the overdraft fee', 'the charges', 'your account'])
      expect(topicToWriteWith('charged-wrongly', { ...plain, text })).toBeNull();
    expect(topicToWriteWith('refund', { ...plain, text: 'your subscription' })?.text).toBe('your subscription');
    const { customer } = read(
      'How long does a refund usually take to show up on my card? It has been 5 days, this is ridiculous.',
    );
    for (const { text } of suggest(customer, 'warm'))
      expect(text).not.toMatch(/refund for the refund|back for the refund/);
  });

  it('never names a unit written short ("25 min", "3 hrs") as the topic', () => {
    for (const message of [
      'Been sitting in the spot for 25 min. Pressed the button 3 times.',
      'The line has been 3 hrs long.',
      'The report takes about 2 minutes to load instead of a few seconds.',
    ])
      expect(read(message).detail?.topic ?? '').not.toMatch(/\b(?:min|hrs|minutes|seconds)\b/);
  });

  it('writes plural-only things with a plural verb', () => {
    expect(read('My work clothes never arrived and the wedding is tomorrow.').problem).toBe(
      "your work clothes haven't arrived",
    );
  });

  it('says a place by its name and never makes "any update?" the topic', () => {
    expect(read("My bag didn't make it to Atlanta and nobody can tell me where it is.").detail?.topic).toBe('your bag');
    expect(read('Online has been down for 3 hours, any update?').detail?.topic ?? '').not.toMatch(/update/);
    expect(read("I received someone else's order. What should I do with it?").detail?.topic).toBe('the order');
  });
});

describe('the kind: what went wrong, from the verb, its object and its negation', () => {
  it.each([
    ['I did the mission and did not get the bonus.', 'not-arrived'],
    ['My crosshair settings don’t save.', 'broken'],
    ['I got the car in the casino and now its gone.', 'missing'],
    ['I have been on hold for over an hour.', 'slow'],
    ['Why did you guys remove the thumbnail from the playlist view?', 'disagree'],
    ['Is there a way to export my notes?', 'how-to'],
    ['Can you help me transfer my character to PS4?', 'how-to'],
    ['I cannot get past the 2FA on my new phone.', 'account-access'],
    // The perfect, the future and the question put the negation away from the verb: still something that fails.
    ["My Face ID hasn't been working since last night.", 'broken'],
    ["I haven't been able to access my email for days.", 'account-access'],
    ['Why can’t I stream anything on my TV?', 'broken'],
    ["Why won't the app sync with my laptop?", 'broken'],
  ] as const)('%s → %s', (message, kind) => {
    expect(read(message).detail?.kind).toBe(kind);
  });

  it('reads "can\'t get" as something they can\'t do, not something that never came', () => {
    expect(read("I can't get any programs to load on YouTube TV.").detail?.kind ?? null).not.toBe('not-arrived');
  });

  it('says nothing for chatter and marketing', () => {
    expect(
      read('My partners are donating to the relief fund. Simply tweet and tag us to spread the word').detail?.kind ??
        null,
    ).toBeNull();
  });
});

describe('the problem fragment, written from the structure', () => {
  it('says "isn\'t working" only of things that work', () => {
    expect(topicCanWork('your Xbox')).toBe(true);
    expect(topicCanWork('the app')).toBe(true);
    expect(topicCanWork('the bill')).toBe(false);
    expect(read('My invoice is not working in my account.').problem).toBe("you're having trouble with your invoice");
    expect(read('My Xbox is not working.').problem).toBe("your Xbox isn't working");
  });

  it('says a quoted error code as the error itself, never "an error with error …"', () => {
    // Which of "the launcher" and the code is the topic is the learned weights' call (the two scored within 0.02 of
    // each other on this message before the candidate changes of the issue11-topic branch, and swapped after them);
    // how a code is said, when it is the topic, is held here.
    expect(read('I get error 0x80070005 every time I open the launcher').problem).toBe(
      "you're getting error 0x80070005",
    );
    expect(topicCanWork('error 0x80070005')).toBe(false);
    for (const message of [
      'I get error 0x80070005 every time I open the launcher',
      'Every time I open the launcher I get error 0x80070005',
    ]) {
      expect(read(message).problem).not.toMatch(/error with error/);
      for (const suggestion of suggest(analyzeCustomer(message)!, 'warm'))
        expect(suggestion.text).not.toMatch(/error with error|error 0x\w+ is/);
    }
  });

  it('never says an error "with" an error: a topic that is the error is the one the sentence names', () => {
    const { problem } = read('The app says "system error" and I get the same system error every time.');
    expect(problem ?? '').not.toMatch(/error with .*error/);
  });

  it('names the topic when the kind is unknown, and says nothing when there is neither', () => {
    expect(read('@Dropbox does the Plus plan allow more users?').problem).toMatch(
      /^you're getting in touch about .*plan$/,
    );
    // With no kind, even a plain mention ("the spread") is named: the learned weights found that naming pays on the
    // golden set (eval/learn-topic-weights.ts); a message with nothing to name still gets no problem at all.
    expect(read('And just like that they helped with it. link').problem).toBeNull();
  });
});

describe('suggestions use the topic and stay sayable', () => {
  it('offers no apology for a calm question that is no complaint', () => {
    const customer = analyzeCustomer('Can I get a refund if I cancel within the first 30 days?')!;
    expect(customer.upset).toBe(false);
    expect(suggest(customer, 'warm').filter((s) => s.kind === 'acknowledgement')).toEqual([]);
  });

  it('says a topic that trips a check more plainly instead of dropping it', () => {
    const customer = analyzeCustomer(
      '@RockstarSupport I got the F1 car in the casino and now its gone. This is ridiculous!!',
    )!;
    const texts = suggest(customer, 'warm').map((suggestion) => suggestion.text);
    expect(texts.some((text) => text.includes('the car'))).toBe(true);
    expect(texts.some((text) => text.includes('F1'))).toBe(false);
  });

  it('does not say a bill "isn\'t working"', () => {
    const customer = analyzeCustomer(
      '@AppleSupport the bill wasn’t sent with the phone and it is not working, this is so frustrating!',
    )!;
    for (const suggestion of suggest(customer, 'warm'))
      expect(suggestion.text).not.toMatch(/bill (?:isn't|is not) working/);
  });
});

describe('an activity where the situation is about a thing', () => {
  // Written, not taken from the fixtures: a lock-out whose topic is something they are trying to do.
  const message = 'i cant change my password even tho i proved its mine';

  it('says the activity is what they have trouble with, not what they are locked out of', () => {
    const { detail, problem } = read(message);
    expect(detail?.situation).toBe('locked-out');
    expect(detail?.topic).toMatch(/^changing your password/);
    expect(problem).toMatch(/^you're having trouble changing your password/);
  });

  it('writes lock-out acknowledgements about the account, never "shut out of changing …"', () => {
    const acknowledgements = suggest(read(message).customer).filter((s) => s.kind === 'acknowledgement');
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const { text } of acknowledgements) expect(text).not.toMatch(/\b(?:out of|into) \p{Ll}+ing\b/u);
    expect(acknowledgements.some(({ text }) => text.includes('your account'))).toBe(true);
  });

  it('keeps a thing the customer named', () => {
    expect(read('@gmail I am locked out of my gmail account').problem).toBe("you can't get into your Gmail account");
  });
});

describe('an access situation is about one account', () => {
  it('is never into a thing they were only sent', () => {
    const { detail } = read(
      "I got a notification that my password was changed but I didn't change it. Now I can't log in.",
    );
    expect(detail).toMatchObject({ kind: 'account-access', topic: 'your account' });
    expect(read('Someone joined a meeting that was hacked and shared awful videos.').detail?.topic).toMatch(/meeting/);
  });
  it('is the account said to be hacked, not what the hacker changed in it', () => {
    const { detail } = read(
      'My PSN account got hacked, someone changed the email and bought $200 of stuff on my card.',
    );
    expect(detail).toMatchObject({ kind: 'account-access', topic: 'your PSN account' });
  });
  it('writes a plural thing they cannot get into as their account', () => {
    for (const text of ['the emails', 'your email passwords', 'the email providers'])
      expect(topicToWriteWith('locked-out', { text, plural: true })?.text).toBe('your account');
    expect(topicToWriteWith('hacked', { text: 'the emails', plural: true })?.text).toBe('your account');
  });
  it('keeps accounts, single things and other situations as the customer named them', () => {
    expect(topicToWriteWith('hacked', { text: 'your Google accounts', plural: true })?.text).toBe(
      'your Google accounts',
    );
    expect(topicToWriteWith('locked-out', { text: 'your Xbox', plural: false })?.text).toBe('your Xbox');
    expect(topicToWriteWith('lost-data', { text: 'your photos', plural: true })?.text).toBe('your photos');
  });
  it('is never shut out of a password, a login or a code: the account is what they are in', () => {
    for (const text of ['your password', 'your Hulu login', 'the verification code'])
      expect(topicToWriteWith('locked-out', { text, plural: false })?.text).toBe('your account');
    const message =
      '@hulu my login is not working. I submitted the password change. There was no email sent to me to rest my password.';
    const { customer, problem } = read(message);
    expect(problem).toBe("you can't get into your account");
    for (const { text } of suggest(customer, 'warm'))
      expect(text).not.toMatch(/(?:out of|into|look into) your (?:login|password)\b/);
  });
  it('never makes an activity the subject of what arrived, went missing or is slow', () => {
    const topic = { text: 'redownloading Black Ops 4', plural: false, head: 'redownloading' };
    const detail = {
      topic: topic.text,
      kind: 'missing' as const,
      impact: [],
      askedBefore: false,
      situation: null,
      topicPlural: false,
    };
    for (const situation of ['missing', 'not-arrived', 'slow'] as const)
      expect(problemText({ detail, situation, topic, hits: [] })).toBe(
        "you're having trouble redownloading Black Ops 4",
      );
    expect(
      problemText({
        detail,
        situation: 'missing',
        topic: { ...topic, text: 'your Black Ops 4', head: 'ops' },
        hits: [],
      }),
    ).toBe('your Black Ops 4 is missing');
  });

  it('says a wrong charge given by its amount or by what it was for as what they were charged', () => {
    const chargedAs = (text: string) =>
      problemText({
        detail: {
          topic: text,
          kind: 'charged-wrongly',
          impact: [],
          askedBefore: false,
          situation: 'charged-wrongly',
          topicPlural: false,
        },
        situation: 'charged-wrongly',
        topic: { text, plural: false, head: text.split(' ').pop()! },
        hits: [],
      });
    expect(chargedAs('the $139 charge')).toBe('you were charged $139 unexpectedly');
    expect(chargedAs('the £190 early termination fee')).toBe(
      'you were charged the £190 early termination fee unexpectedly',
    );
    // A bare "the fee" says nothing the sentence doesn't; a statement or an e-mail only records the charge.
    for (const text of ['the fee', 'your bank statement', 'the confirmation email'])
      expect(chargedAs(text)).toBe('you were charged unexpectedly');
  });
  it('does not make a device they are locked out of an account', () => {
    const { problem } = read(
      'Hey @AppleSupport is there any way how to solve my disabled iPhone without loosing the data?',
    );
    expect(problem).not.toMatch(/iPhone account/);
  });
});

describe('candidate phrases: what a topic may be, before the learned weights choose', () => {
  const candidates = (message: string): string[] => {
    const text = analyzeText(cleanCustomerText(message).text);
    const setting = readProblemSetting(text);
    return topicCandidates(text, setting.kind, setting.mentions, addressedHandles(message)).map((item) => item.text);
  };

  it('keeps a noun of mild tone that names a thing, never an insult or a swear word', () => {
    expect(candidates("I bought the battle pass and it's not showing up")).toContain('the battle pass');
    expect(candidates('are synced blocks not updating across pages?')).toContain('the synced blocks');
    for (const message of ['the garbage app keeps crashing', 'the damn project will not open'])
      expect(candidates(message).join(' | ')).not.toMatch(/garbage|damn/);
  });

  it('reads a name in capitals between "my" and a noun as part of the phrase', () => {
    expect(candidates('someone got into my EA account and changed the email')).toContain('your EA account');
    expect(candidates('I lost my photos, videos etc after the update').join(' | ')).not.toMatch(/\betc\b/);
  });

  it('says what they ask a way to do, or ask whether they can do, as the activity', () => {
    expect(candidates('Is there a way to pause my membership for 2 months?')).toContain('pausing your membership');
    expect(candidates('can I split a bill with someone who does not have the app?')).toContain('splitting the bill');
    expect(candidates('how do I cancel my membership')).toContain('cancelling your membership');
    expect(candidates('I hate using the app on my phone').join(' | ')).not.toMatch(/hating/);
  });

  it('counts sentence positions from where an e-mail starts speaking, after a greeting on its own line', () => {
    const firstOf = (message: string, text: string) => {
      const analysed = analyzeText(cleanCustomerText(message).text);
      const setting = readProblemSetting(analysed);
      return topicCandidates(analysed, setting.kind, setting.mentions).find((item) => item.text === text)?.features
        .firstSentence;
    };
    const problem = 'Since yesterday my staff cannot see the rota in the mobile app.';
    expect(firstOf(`Hello team,\n\n${problem}`, 'the mobile app')).toBe(1);
    expect(firstOf(`The app is fine. ${problem}`, 'the mobile app')).toBe(0);
  });

  it('never takes a Latin abbreviation or a "both" into a phrase', () => {
    expect(candidates("E.g. 'Sales' goes to one address and 'Support' to another.").join(' | ')).not.toMatch(/\beg\b/i);
    expect(candidates('How do I add a tenant so they can both pay their rent?').join(' | ')).not.toMatch(/\bboth\b/);
  });

  it('keeps what was done to a thing, never a feeling or a hedge', () => {
    expect(candidates('all my downloaded songs vanished from the app')).toContain('your downloaded songs');
    expect(candidates('the supposed fix in the update did nothing').join(' | ')).not.toMatch(/supposed/);
  });

  it('names a wrong charge given without a noun by its amount', () => {
    expect(candidates('@AmazonHelp you charged me $139 for Prime when I only clicked free delivery')).toContain(
      'the $139 charge',
    );
    // Without a wrong charge an amount is no topic of its own; inside a phrase it stays that phrase's.
    expect(candidates('how much is the upgrade, $35 or $50?').join(' | ')).not.toMatch(/\$35 charge/);
    expect(candidates('you charged me the $11.99 fee twice')).not.toContain('the $11.99 charge');
  });

  it('reads a word compromise tags as a verb as the noun or participle it is inside an opened noun phrase', () => {
    // compromise tags "channel" a verb after "a new youtube", and "saved" a past tense after "the".
    expect(candidates('So i created a new youtube channel a couple of days ago.')).toContain('the new YouTube channel');
    expect(candidates('and the saved data space for this world is stuck')).toContain('the saved data space');
    // Without an opener the past tense is the clause's verb: "I saved data" names the data, never "the saved data".
    expect(candidates('I saved data to the cloud and lost it').join(' | ')).not.toMatch(/saved/);
  });
});
