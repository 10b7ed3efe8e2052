import type { SiteReader } from './types';

/**
 * FreeScout (self-hosted on any host). Selectors from FreeScout's own Blade templates:
 * resources/views/conversations/partials/thread.blade.php — `.thread.thread-type-{customer|message|note|lineitem}`,
 * `.thread-person strong` (the customer's full name), `.thread-content` (the body), `.thread-meta` (edit notes);
 * view.blade.php (`#conv-layout`), which renders threads newest first by default.
 */
export const freescout: SiteReader = {
  id: 'freescout',
  fingerprint: '#conv-layout .thread .thread-content',
  message: '.thread[id^="thread-"]',
  customer: '.thread-type-customer',
  agent: '.thread-type-message,.thread-type-note,.thread-type-lineitem,.thread-type-draft',
  body: '.thread-content',
  // FreeScout's default order. An agent who switched to oldest-first would get their first message: a known limit.
  newestFirst: true,
  name: '.thread-person strong',
  skip: '.thread-meta,.thread-original',
};
