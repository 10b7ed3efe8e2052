import type { SiteReader } from './types';

/**
 * Trudesk (self-hosted on any host). Selectors from Trudesk's own components, polonel/trudesk
 * src/client/containers/Tickets:
 * IssuePartial.jsx (`.initial-issue`, the ticket description, `.issue-body`) and CommentNotePartial.jsx
 * (`.ticket-comment`, `.comment-body`, the author as a mailto link, a `NOTE` badge on internal notes). Comments are
 * not marked by author role, so the requester is the description's author.
 */
export const trudesk: SiteReader = {
  id: 'trudesk',
  title: 'Trudesk',
  fingerprint: '.initial-issue .issue-body',
  message: '.initial-issue,.all-comments > .ticket-comment',
  isAgent: (block) =>
    [...block.querySelectorAll('.uk-badge')].some((badge) => /^\s*note\s*$/i.test(badge.textContent ?? '')),
  body: '.issue-body,.comment-body',
  name: '.issue-text > a[href^="mailto:"]',
  opener: true,
};
