/** Golden tests: every saved ticket view gives exactly the expected customer message, name and site. */
import { describe, expect, test } from 'vitest';
import { readThread, SITE_READERS } from '../../lib/helpdesks';
import { GOLDEN, fixtureHtml } from './golden';
import { LAYOUTS } from '../fixtures/helpdesks/layouts';
import { essentialMessage, essentials, loadDocument } from './dom';

describe('site readers on saved ticket views', () => {
  test.each(GOLDEN)('$fixture', ({ fixture, url, composer, expected }) => {
    const doc = loadDocument(fixtureHtml(fixture), url);
    const editor = doc.querySelector(composer);
    expect(editor, `composer ${composer} in ${fixture}.html`).not.toBeNull();
    expect(essentials(readThread(doc, editor, new URL(url)))).toEqual(expected);
  });

  test('every site reader has a golden fixture or a layout in the corpus', () => {
    const covered = new Set([...GOLDEN.map((golden) => golden.expected.site), ...LAYOUTS.map((layout) => layout.id)]);
    expect(SITE_READERS.map((reader) => reader.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  test('without a composer the reader still reads the whole page', () => {
    const zammad = GOLDEN.find((golden) => golden.fixture === 'zammad')!;
    const doc = loadDocument(fixtureHtml('zammad'), zammad.url);
    expect(essentials(readThread(doc, null, new URL(zammad.url)))).toEqual(zammad.expected);
  });

  test('Zendesk: the thread around the composer wins over another ticket mounted later in the page', () => {
    const zendesk = GOLDEN.find((golden) => golden.fixture === 'zendesk')!;
    const doc = loadDocument(fixtureHtml('zendesk'), zendesk.url);
    const otherComposer = doc.querySelectorAll('[data-test-id="ticket-main-panel"] [contenteditable]')[1]!;
    expect(essentialMessage(readThread(doc, otherComposer, new URL(zendesk.url)).customer)).toEqual({
      text: 'How do I export my invoices as CSV?',
      name: 'Jonas Weber',
      source: 'site',
    });
  });

  test('Gmail: when the signed-in account is unknown, the last message by anyone is taken', () => {
    const gmail = GOLDEN.find((golden) => golden.fixture === 'gmail')!;
    const doc = loadDocument(fixtureHtml('gmail').replace(/<title>.*<\/title>/, '<title>Gmail</title>'), gmail.url);
    expect(readThread(doc, null, new URL(gmail.url)).customer?.text).toBe(
      'Thanks Chloé, checking with the warehouse now.',
    );
  });

  test('self-hosted helpdesks are recognised by their DOM on any host', () => {
    for (const fixture of ['zammad', 'freescout', 'osticket', 'chatwoot']) {
      const doc = loadDocument(fixtureHtml(fixture), 'https://intranet.example.com/');
      expect(readThread(doc, null, new URL('https://intranet.example.com/')).site).toBe(fixture);
    }
  });
});
