import type { SiteReader } from './types';

/**
 * Front (app.frontapp.com). Closed source: selectors based on Front's `data-testid` hooks for messages
 * (`message-view`, inbound/outbound direction, `message-body`, `message-sender-name`) and its comment (internal
 * discussion) items. Unverified against a live workspace.
 */
export const front: SiteReader = {
  id: 'front',
  hosts: /^app\.frontapp\.com$/,
  message: '[data-testid="message-view"],[data-testid="comment-view"]',
  agent: '[data-testid="comment-view"],[data-direction="outbound"],[data-is-outbound="true"]',
  body: '[data-testid="message-body"]',
  name: '[data-testid="message-sender-name"]',
};
