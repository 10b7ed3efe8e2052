import type { SiteReader } from './types';

/**
 * Help Scout (secure.helpscout.net). Closed source: selectors based on the conversation thread markup
 * (`data-cy="ThreadItem"` items with `data-thread-type` customer / message / note, `ThreadBody`, `ThreadAuthor`)
 * reconstructed from Help Scout's support docs' screenshots. Unverified against a live account.
 */
export const helpscout: SiteReader = {
  id: 'helpscout',
  hosts: /^secure\.helpscout\.net$/,
  message: '[data-cy="ThreadItem"]',
  customer: '[data-thread-type="customer"]',
  agent: '[data-thread-type="note"],[data-thread-type="message"]',
  body: '[data-cy="ThreadBody"]',
  name: '[data-cy="ThreadAuthor"]',
};
