import type { SiteReader } from './types';

/**
 * Zammad (self-hosted on any host, or *.zammad.com). Selectors from Zammad's own templates:
 * app/assets/javascripts/app/views/ticket_zoom/article_view.jst.eco (`.article-content`, `.textBubble-content`,
 * `.richtext-content`, the `.article-meta.top` From row) and the article wrapper built in ticket_zoom/article_view
 * (`.ticket-article-item` plus the sender name in lower case — `customer`, `agent`, `system` — and `is-internal`).
 */
export const zammad: SiteReader = {
  id: 'zammad',
  hosts: /(^|\.)zammad\.com$/,
  fingerprint: '.ticket-article-item .richtext-content',
  message: '.ticket-article-item',
  customer: '.ticket-article-item.customer',
  agent:
    '.ticket-article-item.agent,.ticket-article-item.system,.ticket-article-item.is-internal,.text-bubble.internal',
  body: '.richtext-content',
  name: '.article-meta.top .article-meta-row:first-child .article-meta-value',
  skip: '.js-signatureMarker ~ *,.textBubble-overflowContainer',
};
