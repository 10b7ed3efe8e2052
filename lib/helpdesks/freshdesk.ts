import type { SiteReader } from './types';

/**
 * Freshdesk (*.freshdesk.com). Closed source: selectors based on the ticket-details conversation markup Freshdesk's
 * Ember app has exposed for years (`.conversation` items, `.conversation--private-note`, `.conversation--agent`,
 * `.conversation__content`, `.user-name`). Unverified against a live tenant.
 */
export const freshdesk: SiteReader = {
  id: 'freshdesk',
  hosts: /(^|\.)freshdesk\.com$/,
  message: '.conversation-pane .conversation,[data-test-conversation]',
  agent:
    '.conversation--private-note,.conversation--note,.conversation--agent,.is-private,[data-test-conversation="agent"],[data-test-conversation="note"]',
  body: '.conversation__content,.ticket-conversation-body',
  name: '.user-name,[data-test-user-name]',
  skip: '.freshdesk_quote',
};
