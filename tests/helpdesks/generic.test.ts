/**
 * The generic structural fallback on unknown helpdesk layouts: it finds the repeated message blocks nearest the
 * composer and takes the latest one not marked as the agent's, an outgoing message or an internal note.
 */
import { describe, expect, test } from 'vitest';
import { readThread } from '../../lib/helpdesks';
import { findMessageBlocks, readGeneric } from '../../lib/helpdesks/generic';
import { essentialMessage, essentials, loadDocument } from './dom';

const UNKNOWN = new URL('https://support.unknown-helpdesk.example/tickets/1');

function read(html: string, composerSelector: string | null = '#composer') {
  const doc = loadDocument(`<!doctype html><html><body>${html}</body></html>`, UNKNOWN.href);
  const composer = composerSelector ? doc.querySelector(composerSelector) : null;
  return readThread(doc, composer, UNKNOWN);
}

describe('generic fallback', () => {
  test('a timeline list with incoming/outgoing direction attributes', () => {
    const reading = read(`
      <main>
        <ol class="timeline">
          <li class="timeline-item" data-direction="incoming"><span class="author">Ada Lovelace</span><div class="body">First question about my bill.</div></li>
          <li class="timeline-item" data-direction="outgoing"><span class="author">Support</span><div class="body">We are on it.</div></li>
          <li class="timeline-item" data-direction="incoming"><span class="author">Ada Lovelace</span><div class="body">Any update? It is urgent.</div></li>
          <li class="timeline-item" data-direction="outgoing"><span class="author">Support</span><div class="body">Still checking.</div></li>
        </ol>
        <form><textarea id="composer"></textarea></form>
      </main>`);
    expect(essentials(reading)).toEqual({
      site: 'generic',
      customer: { text: 'Any update? It is urgent.', name: 'Ada Lovelace', source: 'generic' },
    });
  });

  test('internal and private notes after the customer message are skipped', () => {
    const reading = read(`
      <div class="ticket">
        <div class="posts">
          <div class="post"><div class="post-header"><span class="post-author">Bo Li</span></div><div class="post-content"><p>The export button is greyed out.</p></div></div>
          <div class="post is-internal"><div class="post-header"><span class="post-author">Agent Kay</span></div><div class="post-content"><p>Bug #552.</p></div></div>
          <div class="post" data-private="true"><div class="post-header"><span class="post-author">Agent Kay</span></div><div class="post-content"><p>Ping dev team.</p></div></div>
        </div>
        <div class="reply"><div id="composer" contenteditable="true"></div></div>
      </div>`);
    expect(essentialMessage(reading.customer)).toEqual({
      text: 'The export button is greyed out.',
      name: 'Bo Li',
      source: 'generic',
    });
  });

  test('when some blocks are marked as the customer, the latest marked one wins over unmarked ones', () => {
    const reading = read(`
      <section>
        <div class="entry entry--customer"><div class="entry-text">Where is my refund?</div></div>
        <div class="entry"><div class="entry-text">Ticket moved to queue Billing.</div></div>
        <div id="composer" contenteditable="true"></div>
      </section>`);
    expect(reading.customer?.text).toBe('Where is my refund?');
  });

  test('the thread beats a longer list of tickets in the sidebar', () => {
    const tickets = Array.from(
      { length: 12 },
      (_, i) => `<li class="ticket-row"><a>#${100 + i} Subject line number ${i}</a><span>Customer ${i}</span></li>`,
    ).join('');
    const reading = read(`
      <div class="layout">
        <aside><ul class="tickets">${tickets}</ul></aside>
        <div class="pane">
          <div class="thread">
            <article class="message"><div class="message-text">My parcel arrived broken. What now?</div></article>
            <article class="message message-agent"><div class="message-text">Sorry! Sending a new one.</div></article>
          </div>
          <div class="editor"><div id="composer" contenteditable="true"></div></div>
        </div>
      </div>`);
    expect(reading.customer?.text).toBe('My parcel arrived broken. What now?');
  });

  test('a composer placed inside the thread as its last block is not read as a message', () => {
    const reading = read(`
      <div class="conversation">
        <div class="message"><p class="text">Can I change my delivery address?</p></div>
        <div class="message from-me"><p class="text">Yes, which one?</p></div>
        <div class="message"><p class="text">Rue de la Paix 1, Paris. Thanks!</p></div>
        <div class="message draft-reply"><div id="composer" contenteditable="true">Sure, updating it now</div></div>
      </div>`);
    expect(reading.customer?.text).toBe('Rue de la Paix 1, Paris. Thanks!');
  });

  test('blocks without a body element: header, time and avatar are left out, itemprop author names', () => {
    const reading = read(`
      <div id="stream">
        <article><header><img alt="" src="a.png"><span itemprop="author">Zoë Quinn</span><time>09:12</time></header>Hello there, my login fails.</article>
        <article class="staff"><header><span itemprop="author">Max</span></header>Try resetting your password.</article>
      </div>
      <textarea id="composer"></textarea>`);
    expect(essentialMessage(reading.customer)).toEqual({
      text: 'Hello there, my login fails.',
      name: 'Zoë Quinn',
      source: 'generic',
    });
  });

  test('no repeated blocks anywhere: no customer message', () => {
    expect(
      read(`<div class="page"><h1>New ticket</h1><p>Describe your issue.</p><textarea id="composer"></textarea></div>`)
        .customer,
    ).toBeNull();
  });

  test('a thread of agent messages only: no customer message', () => {
    const reading = read(`
      <div class="feed">
        <div class="item outgoing"><div class="content">Hello, following up on your order.</div></div>
        <div class="item outgoing"><div class="content">Just checking in again.</div></div>
      </div><div id="composer" contenteditable="true"></div>`);
    expect(reading.customer).toBeNull();
  });

  test('without a composer the whole page is searched', () => {
    const doc = loadDocument(
      `<body><div class="msgs"><div class="msg"><div class="msg-body">One two three</div></div><div class="msg"><div class="msg-body">Four five six</div></div></div></body>`,
    );
    expect(findMessageBlocks(doc, null)).toHaveLength(2);
    expect(essentialMessage(readGeneric(doc, null))).toEqual({ text: 'Four five six', source: 'generic' });
  });

  test('the demo helpdesk markup shape (article.message--customer / --agent / --note) reads the customer', () => {
    const reading = read(`
      <main class="ticket-view">
        <section class="conversation">
          <article class="message message--customer"><header class="message__header"><span class="message__author">Maria Keller</span><time>Mon</time></header><div class="message__body"><p>Where is my order?</p></div></article>
          <article class="message message--agent"><header class="message__header"><span class="message__author">Sam</span></header><div class="message__body"><p>Checking.</p></div></article>
          <article class="message message--note message--internal"><header class="message__header"><span class="message__author">Sam</span></header><div class="message__body"><p>Damaged in depot.</p></div></article>
        </section>
        <form class="reply-box"><div class="reply-editor"><div id="composer" contenteditable="true"></div></div><button>Send</button></form>
      </main>`);
    expect(essentialMessage(reading.customer)).toEqual({
      text: 'Where is my order?',
      name: 'Maria Keller',
      source: 'generic',
    });
  });
});
