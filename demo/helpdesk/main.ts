/**
 * The demo helpdesk: a single-page ticket view with a real reply editor (TipTap, or a textarea with
 * `?editor=textarea`), a Send button that submits the draft, and two tickets switched with history.pushState.
 * Its markup is deliberately generic (no Attune site reader knows it), so it exercises the structural fallback.
 *
 * `window.__fixture` lets end-to-end tests read the editor's own model and what was submitted.
 */
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TICKETS, type DemoTicket, type ThreadEntry } from './tickets';

export interface SavedReply {
  ticketId: string;
  text: string;
  html: string;
  at: number;
}

export interface DemoFixture {
  editorKind: 'tiptap' | 'textarea';
  /** The editor model's plain text (TipTap: paragraphs joined by one newline; textarea: its value). */
  getModelText(): string;
  /** Replies submitted with Send, oldest first. */
  getSaved(): SavedReply[];
  getTicketId(): string;
}

/** The page's window with the fixture hook (not a global augmentation: editor fixture pages declare their own). */
export interface DemoWindow {
  __fixture: DemoFixture;
}

interface ReplyEditor {
  text(): string;
  html(): string;
  /** The draft to keep while another ticket is open. */
  draft(): JSONContent | string;
  destroy(): void;
}

const editorKind: DemoFixture['editorKind'] =
  new URLSearchParams(location.search).get('editor') === 'textarea' ? 'textarea' : 'tiptap';
const saved: SavedReply[] = [];
const drafts = new Map<string, JSONContent | string>();
let currentTicket: DemoTicket = TICKETS[0]!;
let editor: ReplyEditor | null = null;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`demo helpdesk: #${id} is missing from index.html`);
  return element as T;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderEntry(entry: ThreadEntry): HTMLElement {
  const article = element(
    'article',
    `message message--${entry.kind}${entry.kind === 'note' ? ' message--internal' : ''}`,
  );
  const header = element('header', 'message__header');
  header.append(
    element('span', 'message__author', entry.author),
    element('time', 'message__time', entry.kind === 'note' ? `Internal note · ${entry.when}` : entry.when),
  );
  const body = element('div', 'message__body');
  for (const paragraph of entry.paragraphs) body.append(element('p', '', paragraph));
  if (entry.quoted) {
    // The way mail clients quote history: an attribution line and a blockquote inside .gmail_quote.
    const quote = element('div', 'gmail_quote');
    const blockquote = element('blockquote', 'gmail_quote');
    for (const paragraph of entry.quoted.paragraphs) blockquote.append(element('p', '', paragraph));
    quote.append(element('div', 'gmail_attr', entry.quoted.attribution), blockquote);
    body.append(quote);
  }
  article.append(header, body);
  return article;
}

function paragraphsToHtml(text: string): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split('\n')
    .map((line) => `<p>${escape(line)}</p>`)
    .join('');
}

function mountTipTap(host: HTMLElement, draft: JSONContent | string | undefined, onChange: () => void): ReplyEditor {
  const tiptap = new Editor({
    element: host,
    extensions: [StarterKit],
    content: draft ?? '',
    editorProps: { attributes: { 'aria-labelledby': 'reply-label', class: 'reply-input' } },
    onUpdate: onChange,
  });
  return {
    text: () => tiptap.getText({ blockSeparator: '\n' }),
    html: () => tiptap.getHTML(),
    draft: () => tiptap.getJSON(),
    destroy: () => tiptap.destroy(),
  };
}

function mountTextarea(host: HTMLElement, draft: JSONContent | string | undefined, onChange: () => void): ReplyEditor {
  const textarea = element('textarea', 'reply-input');
  textarea.name = 'reply';
  textarea.setAttribute('aria-labelledby', 'reply-label');
  textarea.value = typeof draft === 'string' ? draft : '';
  textarea.addEventListener('input', onChange);
  host.append(textarea);
  return {
    text: () => textarea.value,
    html: () => paragraphsToHtml(textarea.value),
    draft: () => textarea.value,
    destroy: () => textarea.remove(),
  };
}

/** Keeps the hidden form field in step with the editor, as helpdesks' save paths do. */
function syncHiddenBody(): void {
  byId<HTMLInputElement>('reply-body').value = editor?.html() ?? '';
}

function mountEditor(ticket: DemoTicket): void {
  const host = byId('reply-editor');
  if (editor) {
    drafts.set(currentTicket.id, editor.draft());
    editor.destroy();
  }
  host.replaceChildren();
  const draft = drafts.get(ticket.id);
  editor =
    editorKind === 'textarea' ? mountTextarea(host, draft, syncHiddenBody) : mountTipTap(host, draft, syncHiddenBody);
  syncHiddenBody();
}

function renderTicketList(): void {
  const list = byId('ticket-list');
  list.replaceChildren(
    ...TICKETS.map((ticket) => {
      const item = element('li', 'ticket-link');
      const link = element('a', '');
      link.href = ticketUrl(ticket.id);
      link.dataset.ticketId = ticket.id;
      if (ticket.id === currentTicket.id) link.setAttribute('aria-current', 'page');
      link.append(
        document.createTextNode(`#${ticket.id} ${ticket.subject}`),
        element('small', '', ticket.customer.name),
      );
      link.addEventListener('click', (event) => {
        event.preventDefault();
        openTicket(ticket.id, true);
      });
      item.append(link);
      return item;
    }),
  );
}

function renderTicket(ticket: DemoTicket): void {
  byId('ticket-subject').textContent = ticket.subject;
  byId('ticket-meta').textContent =
    `#${ticket.id} · ${ticket.customer.name} <${ticket.customer.email}> · ${ticket.status}`;
  byId('conversation').replaceChildren(...ticket.thread.map(renderEntry));
  document.title = `#${ticket.id} ${ticket.subject} — Acme Helpdesk`;
}

function ticketUrl(id: string): string {
  const url = new URL(location.href);
  url.searchParams.set('ticket', id);
  return url.pathname + url.search;
}

function ticketFromLocation(): DemoTicket {
  const id = new URLSearchParams(location.search).get('ticket');
  return TICKETS.find((ticket) => ticket.id === id) ?? TICKETS[0]!;
}

function openTicket(id: string, push: boolean): void {
  const ticket = TICKETS.find((candidate) => candidate.id === id);
  if (!ticket) return;
  if (push) history.pushState({ ticket: id }, '', ticketUrl(id));
  mountEditor(ticket);
  currentTicket = ticket;
  renderTicketList();
  renderTicket(ticket);
  byId('reply-status').textContent = '';
}

function send(event: SubmitEvent): void {
  event.preventDefault();
  if (!editor) return;
  const text = editor.text().trim();
  const status = byId('reply-status');
  if (!text) {
    status.textContent = 'Write a reply first.';
    return;
  }
  saved.push({ ticketId: currentTicket.id, text, html: editor.html(), at: Date.now() });
  currentTicket.thread.push({
    kind: 'agent',
    author: 'You (Acme Support)',
    when: 'just now',
    paragraphs: text.split('\n').filter(Boolean),
  });
  renderTicket(currentTicket);
  drafts.delete(currentTicket.id);
  editor.destroy();
  editor = null;
  mountEditor(currentTicket);
  status.textContent = 'Sent.';
}

(window as unknown as DemoWindow).__fixture = {
  editorKind,
  getModelText: () => editor?.text() ?? '',
  getSaved: () => saved.map((reply) => ({ ...reply })),
  getTicketId: () => currentTicket.id,
};

byId<HTMLFormElement>('reply-form').addEventListener('submit', send);
window.addEventListener('popstate', () => openTicket(ticketFromLocation().id, false));
openTicket(ticketFromLocation().id, false);
