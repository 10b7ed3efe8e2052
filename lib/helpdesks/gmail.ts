import type { SiteReader } from './types';

/** The signed-in account's address: Gmail's tab title reads "Subject - me@example.com - Gmail". */
function accountEmail(doc: Document): string | undefined {
  return /\s-\s([^\s@]+@[^\s]+)\s-\s[^-]*$/.exec(doc.title)?.[1]?.toLowerCase();
}

/**
 * Gmail (mail.google.com). Closed source: selectors based on Gmail's long-stable obfuscated classes as used by
 * open-source Gmail extensions (gmail.js, InboxSDK): `.adn.ads` message, `.gD[email][name]` sender, `.a3s` body,
 * `.gmail_quote` / `.gmail_signature` inside it. Unverified against a live account. The agent's own mail is the
 * one sent from the address in the tab title.
 */
export const gmail: SiteReader = {
  id: 'gmail',
  hosts: /^mail\.google\.com$/,
  message: '.adn.ads',
  isAgent: (block, doc) => {
    const sender = block.querySelector('.gD[email]')?.getAttribute('email')?.toLowerCase();
    const self = accountEmail(doc);
    return !!sender && !!self && sender === self;
  },
  body: '.a3s',
  name: '.gD',
  nameAttribute: 'name',
  skip: '.adL,.yj6qo',
};
