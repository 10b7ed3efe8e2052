/** Message text: quoted history and signatures stripped, whitespace normalised, length capped, odd input survived. */
import { describe, expect, test } from 'vitest';
import { customerFromSelection, readThread, MAX_MESSAGE_CHARS } from '../../lib/helpdesks';
import { capLength, cleanMessageText, messageText } from '../../lib/helpdesks/rendered-text';
import { essentials, loadDocument } from './dom';

function body(html: string): Element {
  return loadDocument(`<body><div id="m">${html}</div></body>`).getElementById('m')!;
}

describe('quoted history and signatures', () => {
  test.each([
    [
      'English attribution',
      'Thanks, that worked.\n\nOn Tue, 3 Mar 2026 at 10:15, Acme <a@acme.example> wrote:\n> old text',
    ],
    [
      'attribution wrapped over two lines',
      'Thanks, that worked.\nOn Tue, 3 Mar 2026 at 10:15, Acme Support\n<support@acme.example> wrote:\nold text',
    ],
    [
      'German attribution',
      'Thanks, that worked.\nAm 04.03.2026 um 09:12 schrieb IT Support <it@acme.example>:\nold text',
    ],
    [
      'French attribution',
      'Thanks, that worked.\nLe mar. 3 mars 2026 à 10:15, Acme <a@acme.example> a écrit :\nold text',
    ],
    [
      'Outlook header block',
      'Thanks, that worked.\n\nFrom: Acme Support <support@acme.example>\nSent: Tuesday, March 3, 2026 10:02 AM\nold text',
    ],
    ['Original Message separator', 'Thanks, that worked.\n-----Original Message-----\nold text'],
    ['RFC 3676 signature', 'Thanks, that worked.\n-- \nJane Doe\nACME Corp'],
    ['mobile footer', 'Thanks, that worked.\n\nSent from my iPhone'],
    ['">" quoted lines', 'Thanks, that worked.\n> old text\n> more old text'],
  ])('%s', (_label, raw) => {
    expect(cleanMessageText(raw)).toBe('Thanks, that worked.');
  });

  test('a sentence that merely starts with "From:" or mentions "wrote" is kept', () => {
    const raw = 'From: the moment I ordered, nothing worked.\nMy colleague wrote to you last week too.';
    expect(cleanMessageText(raw)).toBe(raw);
  });

  test('HTML quotes: blockquote, .gmail_quote, Outlook reply header, Thunderbird cite prefix and signature', () => {
    const element = body(`
      <p>New text here.</p>
      <div class="moz-cite-prefix">On 3/3/26 10:15, Acme wrote:</div>
      <blockquote type="cite">old</blockquote>
      <div class="gmail_quote">older</div>
      <div id="divRplyFwdMsg">From: Acme</div>
      <div class="moz-signature">-- Jane</div>`);
    expect(messageText(element)).toBe('New text here.');
  });
});

describe('whitespace and structure', () => {
  test('as innerText renders: a blank line around paragraphs, one newline between divs and at <br>; spaces collapse', () => {
    const element = body('<p>One   two\n three</p><p>Four</p><div>Five</div><div>Six<br>Seven</div>');
    expect(messageText(element)).toBe('One two three\n\nFour\n\nFive\nSix\nSeven');
  });

  test('NBSP, narrow NBSP, zero-width spaces, soft hyphens and CRLF are normalised', () => {
    expect(cleanMessageText('Hello\u00A0\u00A0world\u200B!\r\nNext\u202Fline: in\u00ADvoice\uFEFF')).toBe(
      'Hello world!\nNext line: invoice',
    );
  });

  test('<pre> keeps its line breaks (indentation is normalised away); scripts, styles, buttons and hidden parts are not text', () => {
    const element = body(
      '<pre>line 1\n  line 2</pre><script>var x = 1</script><style>p{}</style><button>Reply</button><span hidden>secret</span><span aria-hidden="true">icon</span>ok',
    );
    expect(messageText(element)).toBe('line 1\nline 2\nok');
  });
});

describe('odd input', () => {
  test('emoji (with joiners and skin tones), right-to-left text and combining marks survive; NFC applied', () => {
    const family = '👩‍👩‍👧‍👦';
    const text = `${family} 👍🏽 שלום עליכם — مرحبا  Cafe\u0301`;
    expect(cleanMessageText(text)).toBe(`${family} 👍🏽 שלום עליכם — مرحبا Café`);
  });

  test('a huge thread is capped at MAX_MESSAGE_CHARS without throwing', () => {
    const paragraph = `<p>${'The order is late and I am upset. '.repeat(100)}</p>`;
    const element = body(paragraph.repeat(1500));
    const text = messageText(element);
    expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(text.length).toBeGreaterThan(MAX_MESSAGE_CHARS - 100);
    expect(text.startsWith('The order is late')).toBe(true);
  });

  test('the cap never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(20);
    for (let max = 1; max < 12; max++) {
      const capped = capLength(emoji, max);
      expect(capped.length).toBeLessThanOrEqual(max);
      expect(/[\uD800-\uDBFF]$/.test(capped)).toBe(false);
    }
  });

  test('an empty or whitespace-only latest message falls back to the previous customer message', () => {
    const url = new URL('https://help.example.org/conversation/1');
    const doc = loadDocument(
      `<body><div id="conv-layout"><div id="conv-layout-main">
      <div class="thread thread-type-customer" id="thread-3"><div class="thread-person"><strong>Ann</strong></div><div class="thread-content">  &nbsp; <img src="x.png"> </div></div>
      <div class="thread thread-type-customer" id="thread-2"><div class="thread-person"><strong>Ann</strong></div><div class="thread-content">Real question?</div></div>
    </div></div></body>`,
      url.href,
    );
    expect(essentials(readThread(doc, null, url))).toEqual({
      site: 'freescout',
      customer: { text: 'Real question?', name: 'Ann', source: 'site' },
    });
  });

  test('an empty document and a document without body give no customer and do not throw', () => {
    const url = new URL('https://x.example/');
    expect(readThread(loadDocument(''), null, url)).toEqual({ site: 'generic', customer: null });
    const doc = loadDocument('<html><head><title>t</title></head></html>');
    doc.body?.remove();
    expect(essentials(readThread(doc, null, url))).toEqual({ site: 'generic', customer: null });
  });

  test('a composer detached from the document is tolerated', () => {
    const doc = loadDocument(
      '<body><div class="m"><div class="text">a message here</div></div><div class="m"><div class="text">another message</div></div></body>',
    );
    const detached = doc.createElement('textarea');
    expect(readThread(doc, detached, new URL('https://x.example/')).customer).toBeNull();
  });
});

describe('selection override', () => {
  test('the selected text becomes the customer message, cleaned like any other', () => {
    expect(customerFromSelection('  I want my money back.\u00A0\n\nOn Mon, 2 Mar 2026, Acme wrote:\nold')).toEqual({
      text: 'I want my money back.',
      source: 'selection',
    });
    expect(customerFromSelection(' \n ')).toBeNull();
  });
});
