import type { SiteReader } from './types';

/**
 * Chatwoot (app.chatwoot.com or self-hosted). Selectors from Chatwoot's own Vue components:
 * app/javascript/dashboard/components-next/message/Message.vue (`.message-bubble-container[data-message-id]`),
 * bubbles/Base.vue (variant classes: `bg-n-slate-4` = the contact, `bg-n-solid-blue` = an agent,
 * `bg-n-solid-amber` = a private note, `bg-n-solid-iris` = bot/template) and bubbles/Text/FormattedContent.vue
 * (`.prose-bubble`). The older dashboard (components/widgets/conversation/Message.vue: `li.left`/`li.right`,
 * `.is-private`, `.text-content`) is matched too. Chatwoot shows no author name in the bubble, so none is read.
 */
export const chatwoot: SiteReader = {
  id: 'chatwoot',
  hosts: /^app\.chatwoot\.com$/,
  fingerprint: '.message-bubble-container[data-message-id],.conversation-panel > li .bubble',
  message: '.message-bubble-container[data-message-id],.conversation-panel > li',
  customer: '.bg-n-slate-4,.left-bubble.w-full,li.left',
  agent: '.bg-n-solid-blue,.bg-n-solid-amber,.bg-n-solid-iris,.is-private,li.right,li.center',
  body: '.prose-bubble,.text-content',
};
