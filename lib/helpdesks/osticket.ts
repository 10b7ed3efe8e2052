import type { SiteReader } from './types';

/**
 * osTicket staff panel (self-hosted on any host). Selectors from osTicket's own template
 * include/staff/templates/thread-entry.tmpl.php: `.thread-entry.{message|response|note|system}` (message = from
 * the end user), the poster's name in `.header b`, the body in `.thread-body`, attachments in `.attachments`.
 */
export const osticket: SiteReader = {
  id: 'osticket',
  fingerprint: '.thread-entry .thread-body',
  message: '.thread-entry',
  customer: '.thread-entry.message',
  agent: '.thread-entry.response,.thread-entry.note,.thread-entry.system',
  body: '.thread-body',
  name: '.header b',
  skip: '.attachments,.clear',
};
