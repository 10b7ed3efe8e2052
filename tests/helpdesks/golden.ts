/**
 * Golden expectations for the saved ticket views in tests/fixtures/helpdesks: for each helpdesk, the page URL it
 * lives on, the composer the agent types in, and exactly what readThread must return. Shared by the happy-dom
 * tests and the real-Chromium spec.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CustomerMessage } from '../../lib/messaging/protocol';

export interface GoldenCase {
  fixture: string;
  url: string;
  composer: string;
  expected: { site: string; customer: CustomerMessage | null };
}

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/helpdesks');

export function fixtureHtml(name: string): string {
  return readFileSync(resolve(FIXTURE_DIR, `${name}.html`), 'utf8');
}

const site = (text: string, name?: string): CustomerMessage =>
  name ? { text, name, source: 'site' } : { text, source: 'site' };

export const GOLDEN: GoldenCase[] = [
  {
    fixture: 'zendesk',
    url: 'https://acme.zendesk.com/agent/tickets/3021',
    composer: '#editor-view',
    expected: {
      site: 'zendesk',
      customer: site(
        'It has been two days and the second charge is still on my card. Why is this taking so long?\n\nCan you refund it today?\n\nThanks,\nPriya',
        'Priya Raman',
      ),
    },
  },
  {
    fixture: 'freshdesk',
    url: 'https://acme.freshdesk.com/a/tickets/5518',
    composer: '.fr-element',
    expected: {
      site: 'freshdesk',
      customer: site(
        "It's a Pixel 8, app version 5.2.1.\nI already reinstalled it twice. What else can I try?",
        'Luis Ortega',
      ),
    },
  },
  {
    fixture: 'helpscout',
    url: 'https://secure.helpscout.net/conversation/2210/88/',
    composer: '.ProseMirror',
    expected: {
      site: 'helpscout',
      customer: site(
        "Chrome, latest version. 🙂 I've tried Firefox too — same thing.\n\nIs there a limit on my plan?",
        'Grace Liu',
      ),
    },
  },
  {
    fixture: 'intercom',
    url: 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/9001',
    composer: '.composer__editor',
    expected: {
      site: 'intercom',
      customer: site(
        'Yes, several times.\n\nHow long are the links valid? Can an admin resend them in bulk?',
        'Omar Haddad',
      ),
    },
  },
  {
    fixture: 'front',
    url: 'https://app.frontapp.com/inboxes/teams/folders/1/threads/2',
    composer: '.composer-editor',
    expected: {
      site: 'front',
      customer: site(
        "Thank you! I never got the confirmation though, and the money hasn't come back.\nWhen will I see the refund?",
        'Hannah Schulz',
      ),
    },
  },
  {
    fixture: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQ',
    composer: '[aria-label="Message Body"]',
    expected: {
      site: 'gmail',
      customer: site(
        'Here it is (attached). The box was clearly opened.\nWill you send the missing mugs or refund them?',
        'Chloé Martin',
      ),
    },
  },
  {
    fixture: 'zammad',
    url: 'https://support.example.org/#ticket/zoom/7',
    composer: '.articleNewEdit-body',
    expected: {
      site: 'zammad',
      customer: site(
        'It happened again during a client call — very embarrassing.\nIs there any workaround until you fix it?',
        'Kenji Sato',
      ),
    },
  },
  {
    fixture: 'chatwoot',
    url: 'https://chat.example.org/app/accounts/1/conversations/42',
    composer: '.ProseMirror',
    expected: {
      site: 'chatwoot',
      customer: site(
        'It says "expired" but your newsletter said it\'s valid until 31 March!!\n\nCan you honour it? I really need the order before the weekend.',
      ),
    },
  },
  {
    fixture: 'freescout',
    url: 'https://help.example.org/conversation/1187?folder_id=3',
    composer: '.note-editable',
    expected: {
      site: 'freescout',
      customer: site(
        "Hi Mia,\nthe replacement pads you sent don't fit either. I've now waited three weeks for working headphones.\nCan you just send a new pair? Or do I have to return these first?\n\nNoah",
        'Noah Jensen',
      ),
    },
  },
  {
    fixture: 'osticket',
    url: 'https://tickets.example.org/scp/tickets.php?id=12',
    composer: '#response',
    expected: {
      site: 'osticket',
      customer: site(
        'Still a 404 — tried on two computers.\n\nI need to file my report by noon tomorrow. Can you reset it manually?',
        'Olivia Brown',
      ),
    },
  },
];
