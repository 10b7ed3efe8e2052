import type { SiteReader } from './types';

/**
 * UVdesk (self-hosted on any host). Selectors from UVdesk's own template uvdesk/core-framework
 * Resources/views/ticket.html.twig: the initial thread (`.uv-ticket-main` with `.uv-ticket-member-name` and
 * `.message`) above `.uv-ticket-wrapper.thread-list`, the reply form `.uv-ticket-main.uv-ticket-reply`. Replies
 * carry no customer/agent mark, so the requester is the initial thread's author.
 */
export const uvdesk: SiteReader = {
  id: 'uvdesk',
  title: 'UVdesk',
  fingerprint: '.uv-ticket-main .uv-ticket-member-name',
  message: '.uv-ticket-main-initial,.thread-list .uv-ticket-main',
  agent: '.uv-ticket-note',
  body: '.message',
  name: '.uv-ticket-member-name',
  opener: true,
};
