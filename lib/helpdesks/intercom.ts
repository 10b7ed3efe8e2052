import type { SiteReader } from './types';

/**
 * Intercom inbox (app.intercom.com). Closed source: selectors based on the inbox's conversation-part classes
 * (`.conversation__part`, `.o__admin` / `.o__user`, `.o__note`, `.conversation__text`) long used by open-source
 * Intercom userscripts. Unverified against a live workspace.
 */
export const intercom: SiteReader = {
  id: 'intercom',
  hosts: /^app\.intercom\.com$/,
  message: '.conversation__part',
  customer: '.o__user,.o__user-comment',
  agent: '.o__admin,.o__admin-comment,.o__note,.o__bot',
  body: '.conversation__text,.intercom-interblocks',
  name: '.conversation__part__author,[data-part-author-name]',
};
