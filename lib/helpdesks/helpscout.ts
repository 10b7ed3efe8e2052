import type { SiteReader } from './types';

/**
 * Help Scout (secure.helpscout.net). Closed source: selectors based on the conversation thread markup
 * (`.thread` items typed `.customer` / `.message` / `.note` / `.lineitem`, `.thread-content`, `.thread-author`)
 * that Help Scout's support docs' screenshots and open-source userscripts show. Unverified against a live account.
 */
export const helpscout: SiteReader = {
  id: 'helpscout',
  hosts: /^secure\.helpscout\.net$/,
  message: '[data-cy="ThreadItem"], #tkContent .thread',
  customer: '[data-thread-type="customer"], .thread.customer',
  agent: '[data-thread-type="note"], [data-thread-type="message"], .thread.note, .thread.message, .thread.lineitem',
  body: '[data-cy="ThreadBody"], .thread-content, .messageBody',
  name: '[data-cy="ThreadAuthor"], .thread-author, .from strong',
};
