import type { SiteReader } from './types';

/**
 * Request Tracker (self-hosted on any host). Selectors from RT's own templates, bestpractical/rt
 * share/html/Elements/ShowTransaction:
 * `.transaction.ticket-transaction.message` (Create, Correspond and Comment transactions), `.metadata .description`
 * ("<user> - Correspondence added" / "Comments added"), the body in `.content .messagebody`, the creator from
 * Elements/ShowUser (`.user`). Comments are internal; correspondence is not marked by author role, so the
 * requester is the creator of the ticket's first transaction.
 */
export const rt: SiteReader = {
  id: 'rt',
  title: 'Request Tracker',
  fingerprint: '.history-container .ticket-transaction',
  message: '.ticket-transaction.message',
  isAgent: (block) => /\bComments? added\b/.test(block.querySelector('.metadata .description')?.textContent ?? ''),
  body: '.messagebody',
  name: '.metadata .description .user',
  opener: true,
  skip: '.message-stanza-folder',
};
