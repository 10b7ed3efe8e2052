/**
 * The customer's text as it really comes (issue 11 part 1): examples of every kind of noise, read from real
 * Twitter customer-care messages (../shared/eval/customer-care-dev.jsonl, Apache-2.0) and mail clients, and
 * properties that every span the customer analysis returns still points into the original text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/coach/index';
import { analyzeCustomer } from '../../../lib/coach/customer/index';
import { cleanCustomerText } from '../../../lib/coach/customer/clean';
import { reportSpanErrors, splitsSurrogatePair } from '../../../lib/coach/report-schema';

const read = (message: string): string => cleanCustomerText(message).text;

describe('cleanCustomerText', () => {
  it('decodes HTML entities, also when encoded twice, and leaves unknown ones alone', () => {
    expect(read('AT&amp;T said it&#39;s fine &amp;amp; it&amp;#39;s &#x27;ok&#x27; &hellip;')).toBe(
      "AT&T said it's fine & it's 'ok' …",
    );
    expect(read('Tom &amp Jerry &notanentity; &#0;x')).toBe('Tom &amp Jerry &notanentity; x');
    expect(read('a&nbsp;b')).toBe('a b');
  });

  it('drops the address list of handles but keeps a handle that is part of the sentence, as a name', () => {
    expect(read('@AppleSupport @Apple my airpods died')).toBe('my airpods died');
    expect(read("my airpods aren't working @Apple")).toBe("my airpods aren't working ");
    expect(read('Twice now I cancelled my @PayPal payment for @Dropbox and they STILL charge me')).toBe(
      'Twice now I cancelled my PayPal payment for Dropbox and they STILL charge me',
    );
    expect(read('mail me at ana@example.com')).toBe('mail me at ana@example.com');
    expect(read('Hey @Google , I am locked out of my Gmail account')).toBe('Hey , I am locked out of my Gmail account');
    expect(read('Bruh @RockstarGames @RockstarSupport I lost my moonshine shack')).toBe(
      'Bruh I lost my moonshine shack',
    );
    expect(read('I asked @Apple @AppleSupport twice')).toBe('I asked twice');
  });

  it('drops a handle written ".@" to show the tweet to everyone, as the address it is', () => {
    expect(read('.@hulu fix the app')).toBe('fix the app');
    expect(read('I love the new .@hulu shows')).toBe('I love the new hulu shows');
    expect(read('mail john.@example now')).toBe('mail john.@example now');
  });

  it('reads capitalised words clapped out one per sentence as the one sentence they are, and nothing shorter', () => {
    const clean = cleanCustomerText('.@hulu FIX. THE. ROKU. APP. IMMEDIATELY.');
    expect(clean.text).toBe('FIX THE ROKU APP IMMEDIATELY.');
    expect(clean.toOriginal({ start: 0, end: clean.text.length })).toEqual({ start: 7, end: 40 });
    expect(analyzeCustomer('.@hulu FIX. THE. ROKU. APP. IMMEDIATELY.')?.questions.map((ask) => ask.kind)).toEqual([
      'request',
    ]);
    // Two one-word sentences, or sentences of several words, are sentences.
    expect(read('Thanks. Bye.')).toBe('Thanks. Bye.');
    expect(read('I tried. It failed. Help.')).toBe('I tried. It failed. Help.');
    expect(read('it broke again. Fix. It. Now.')).toBe('it broke again. Fix It Now.');
  });

  it('drops links, including a broken "https: //" and the dataset\'s "link" placeholder after the last sentence', () => {
    expect(read('channel link: https: //www.youtube.com/channel/UCW97 thanks')).toBe('channel link:  thanks');
    expect(read('See https://example.com/a?b=1. It broke.')).toBe('See . It broke.');
    expect(read('I expect more from pricey software! link')).toBe('I expect more from pricey software! ');
    expect(read('I clicked the link in the email')).toBe('I clicked the link in the email');
  });

  it('cuts quoted history, forwarded messages and the signature block, keeping the sign-off and the name', () => {
    const mail =
      'Hi,\nMy export is broken.\n\nThanks,\nPriya\nSenior PM | Acme\n+1 555 123 4567\n\nOn Mon, 3 Mar 2026 at 10:04, Support <s@x.com> wrote:\n> We fixed it\n> really';
    expect(read(mail).trim()).toBe('Hi,\nMy export is broken.\n\nThanks,\nPriya');
    expect(read('Still broken.\n\n-----Original Message-----\nFrom: Support\nIt is fixed.').trim()).toBe(
      'Still broken.',
    );
    expect(read('Still broken.\nFrom: Support Team\nSent: Monday\nSubject: Re: export').trim()).toBe('Still broken.');
    expect(read('It doesnt work.\nSent from my iPhone')).toBe("It doesn't work.\n");
    expect(read('> quoted line\nmy reply')).toBe('my reply');
  });

  it('keeps a message that is all quote rather than reading nothing', () => {
    expect(read('On Monday you wrote:\nnothing else').length).toBeGreaterThan(0);
  });

  it("reads chat shorthand and missing apostrophes as words, keeping the customer's capitals", () => {
    expect(read('im so done, cant log in and u dont care. plz help thx u')).toBe(
      "I'm so done, can't log in and you don't care. please help thank you",
    );
    expect(read('i ve been disconnected, i can t log on')).toBe("I've been disconnected, I can't log on");
    expect(read('IM FREAKING OUT, ur app is broken and ur kidding me')).toBe(
      "I'M FREAKING OUT, your app is broken and you're kidding me",
    );
    expect(read("i'm locked out of my acc")).toBe("I'm locked out of my account");
  });

  it('leaves words that only look like shorthand alone', () => {
    const calm = "I'll send the ID. Its case is ill-fitting; we were told the pls file is in Ur (the city).";
    expect(read(calm)).toBe(calm.replace('pls file', 'please file').replace('Ur (', 'Your ('));
  });

  it('maps clean spans back onto whole original tokens', () => {
    const message = '@Dropbox cant open AT&amp;T files 😡 plz';
    const clean = cleanCustomerText(message);
    const spanOf = (word: string) => {
      const start = clean.text.indexOf(word);
      return clean.toOriginal({ start, end: start + word.length });
    };
    const slice = (span: { start: number; end: number }) => message.slice(span.start, span.end);
    expect(slice(spanOf("can't"))).toBe('cant');
    expect(slice(spanOf('AT&T'))).toBe('AT&amp;T');
    expect(slice(spanOf('😡'))).toBe('😡');
    expect(slice(spanOf('please'))).toBe('plz');
    expect(slice(spanOf("can't open AT&T files"))).toBe('cant open AT&amp;T files');
  });
});

describe('analyzeCustomer on messy messages', () => {
  it('is null when the message is only handles and links', () => {
    expect(analyzeCustomer('@DropboxSupport https://t.co/abc')).toBeNull();
  });

  it('reads the problem and emotion through the noise, with spans into the original', () => {
    const message = '@AdobeCare adobe crashes on import ALL the time &amp; im so done, u guys dont care https://t.co/x';
    const analysis = analyzeCustomer(message)!;
    expect(analysis.problem ?? '').not.toMatch(/&amp;|https?:|@/);
    expect(analysis.problem ?? '').not.toMatch(/\b(im|u|dont)\b/);
    for (const reading of analysis.emotions)
      for (const evidence of reading.evidence) expect(message.slice(evidence.start, evidence.end)).toBe(evidence.text);
    const report = analyze({ draft: 'Hi, sorry about that.', customer: message });
    expect(reportSpanErrors(report, { draft: 'Hi, sorry about that.', customer: message })).toEqual([]);
  });

  it('ignores questions in quoted history', () => {
    const analysis = analyzeCustomer(
      'Still broken.\n\nOn Mon, 3 Mar 2026, Support <s@x.com> wrote:\n> Could you send a screenshot?',
    )!;
    expect(analysis.questions).toEqual([]);
  });
});

/** Pieces real customer messages are made of: words, shorthand, entities, handles, links, emoji, quotes, signatures. */
const PIECES = [
  'my order',
  'never arrived',
  'the app',
  'crashes',
  'again',
  'I was charged twice',
  'please help',
  'Why is this so hard?!',
  'can someone look into this',
  'cant',
  'dont',
  'im',
  'u',
  'ur',
  'plz',
  'thx u',
  'i ve',
  'IM',
  'CANT',
  '&amp;',
  '&#39;',
  '&amp;#39;',
  '&quot;',
  '&nbsp;',
  '&bogus;',
  '&',
  '&#',
  '@TeamYouTube',
  '@Apple',
  '@a_b',
  'x@y.com',
  'https://t.co/abc',
  'https: //www.youtube.com/x',
  'www.ex.com/p?q=1.',
  'link',
  '😡',
  '👩‍💻',
  '🇩🇪',
  ':(',
  ":'(",
  '\u200b',
  '\uD83D',
  '<br>',
  '</p>',
  '<b>',
  '\n> quoted',
  '\nSent from my iPhone',
  '\nOn Mon, Ana <a@b.c> wrote:\n',
  '\n-----Original Message-----\n',
  '\nThanks,\nPriya\nCEO | Acme\n',
  '\n-- \n',
  '?',
  '!!!',
  '.',
  ',',
  '...',
];
const messyMessage = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, fc.string({ unit: 'grapheme', maxLength: 6 })),
      fc.constantFrom(' ', '', '\n', ', '),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));

describe('offsets on messy input (property)', () => {
  it('every clean span maps inside the original, in order, never cutting an emoji', () => {
    fc.assert(
      fc.property(messyMessage, fc.nat(), fc.nat(), (message, a, b) => {
        const clean = cleanCustomerText(message);
        const length = clean.text.length;
        const start = length === 0 ? 0 : a % (length + 1);
        const end = start + (length === 0 ? 0 : b % (length - start + 1));
        const span = clean.toOriginal({ start, end });
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(message.length);
        expect(span.start).toBeLessThanOrEqual(span.end);
        if (!splitsSurrogatePair(clean.text, start)) expect(splitsSurrogatePair(message, span.start)).toBe(false);
        if (!splitsSurrogatePair(clean.text, end)) expect(splitsSurrogatePair(message, span.end)).toBe(false);
        // Monotone: a later clean offset never maps before an earlier one.
        const later = clean.toOriginal({ start: end, end });
        expect(later.start).toBeGreaterThanOrEqual(span.start);
      }),
      { numRuns: 300 },
    );
  });

  it('text the clean reading copied maps back to the same characters', () => {
    fc.assert(
      fc.property(messyMessage, (message) => {
        const clean = cleanCustomerText(message);
        for (const word of clean.text.matchAll(/\b(?:order|arrived|crashes|charged|someone|Priya)\b/g)) {
          const span = clean.toOriginal({ start: word.index, end: word.index + word[0].length });
          expect(message.slice(span.start, span.end)).toBe(word[0]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every span of the report points into the original customer message', () => {
    fc.assert(
      fc.property(messyMessage, (customer) => {
        const draft = "Hi Priya, I'm sorry the app crashes. I'll look into your order myself.";
        const report = analyze({ draft, customer });
        expect(reportSpanErrors(report, { draft, customer })).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
