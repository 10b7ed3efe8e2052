/**
 * The ticket-layout corpus on happy-dom: on every layout × state (new ticket, long thread, quoted mail) the readers
 * return the customer's latest message, sure of it; the editor's toolbars, menus, status bars, placeholders,
 * "Powered by …", counters, the agent's signature and internal notes are never taken. The real-Chromium pass over
 * the same pages is layouts.spec.ts.
 */
import { describe, expect, test } from 'vitest';
import { readThread } from '../../lib/helpdesks';
import { corpusCases, judge } from './corpus';
import { loadDocument } from './dom';
import { LAYOUTS } from '../fixtures/helpdesks/layouts';

const CASES = corpusCases();

describe('ticket-layout corpus (happy-dom)', () => {
  test('at least 20 layouts, each in three states', () => {
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(LAYOUTS.map((layout) => layout.id)).size).toBe(LAYOUTS.length);
    expect(CASES.length).toBe(LAYOUTS.length * 3);
  });

  test.each(CASES.map((c) => [`${c.layout.id} / ${c.state}`, c] as const))('%s', (_, { layout, html, expected }) => {
    const doc = loadDocument(html, layout.url);
    const composer = layout.composer ? doc.querySelector(layout.composer) : null;
    if (layout.composer) expect(composer, `composer ${layout.composer}`).not.toBeNull();
    const { customer } = readThread(doc, composer, new URL(layout.url));
    expect({ verdict: judge(customer, expected), text: customer?.text ?? null }).toEqual({
      verdict: 'correct',
      text: expect.any(String),
    });
    expect(customer?.reason).toBeTruthy();
    expect(customer?.region).toBeTruthy();
  });
});

describe('unsure and absent customer messages', () => {
  test('a thread where nothing says who wrote which message is offered unsure, not scored', () => {
    const doc = loadDocument(
      `<!doctype html><html><body><div class="thread"><div class="message"><div class="message-body">The invoice for March is wrong, it lists two seats.</div></div><div class="message"><div class="message-body">Thanks, I have corrected it and sent a new one.</div></div></div><div contenteditable="true" id="composer"></div></body></html>`,
      'https://desk.example.org/t/1',
    );
    const { customer } = readThread(doc, doc.querySelector('#composer'), new URL('https://desk.example.org/t/1'));
    expect(customer?.confidence).toBe('unsure');
    expect(judge(customer, 'The invoice for March is wrong, it lists two seats.')).toBe('unsure');
  });

  test('a page with only the editor and its chrome has no customer message', () => {
    const html = LAYOUTS.find((layout) => layout.id === 'plain-jodit')!.render(
      { id: 1, subject: 'x', customer: { name: 'A', email: 'a@x' }, agent: { name: 'B', email: 'b@x' }, entries: [] },
      'new',
    );
    const doc = loadDocument(html, 'https://acme.zendesk.com/hc/requests/1');
    expect(
      readThread(doc, doc.querySelector('.jodit-wysiwyg'), new URL('https://acme.zendesk.com/hc/requests/1')).customer,
    ).toBeNull();
  });

  test('a thread of only the agent’s messages and notes has no customer message', () => {
    const layout = LAYOUTS.find((candidate) => candidate.id === 'plain-suneditor')!;
    const agent = { name: 'Alex Kim', email: 'alex@support.example.com' };
    const html = layout.render(
      {
        id: 2,
        subject: 'Your renewal',
        customer: { name: 'C', email: 'c@x' },
        agent,
        entries: [
          {
            kind: 'agent',
            author: agent,
            text: 'Hi, your plan renews next week. Reply here if you want to change it.',
            at: '2026-03-02T09:00:00Z',
          },
          {
            kind: 'note',
            author: agent,
            text: 'Sent the renewal reminder, follow up on Friday.',
            at: '2026-03-02T09:05:00Z',
          },
        ],
      },
      'new',
    );
    const doc = loadDocument(html.replace('<article class="post">', '<article class="post post--staff">'), layout.url);
    expect(readThread(doc, doc.querySelector(layout.composer!), new URL(layout.url)).customer).toBeNull();
  });
});
