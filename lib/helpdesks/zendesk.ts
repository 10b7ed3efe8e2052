import type { SiteReader } from './types';

/**
 * Zendesk Support (*.zendesk.com). Closed source: selectors based on the Agent Workspace's `data-test-id` hooks as
 * used by open-source extensions (Briskine's Zendesk plugin reads `[data-test-id="omni-header-subject"]` etc.) and on
 * the comment body class `.zd-comment` Zendesk documents for its rendered HTML comments (the retired classic
 * ticket view is not covered). Unverified against a live tenant.
 */
export const zendesk: SiteReader = {
  id: 'zendesk',
  hosts: /(^|\.)zendesk\.com$/,
  message: 'article[data-test-id="omni-log-comment-item"],[data-test-id="omni-log-message-item"]',
  agent: '[data-test-id="omni-log-internal-note-tag"],[data-test-id="omni-log-item-agent"]',
  body: '[data-test-id="omni-log-message-content"],.zd-comment',
  name: '[data-test-id="omni-log-item-sender"],[data-test-id="omni-log-message-author"]',
};
