/**
 * Hosts of the hosted helpdesks Attune runs on out of the box. Every other site (self-hosted Zammad,
 * FreeScout, osTicket, Chatwoot…) is enabled by the agent at runtime as an optional host permission.
 */
export const KNOWN_HELPDESK_MATCHES: string[] = [
  'https://*.zendesk.com/*',
  'https://*.freshdesk.com/*',
  'https://secure.helpscout.net/*',
  'https://app.intercom.com/*',
  'https://app.frontapp.com/*',
  'https://mail.google.com/*',
  'https://*.zammad.com/*',
  'https://app.chatwoot.com/*',
];
