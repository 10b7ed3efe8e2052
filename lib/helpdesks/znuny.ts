import type { SiteReader } from './types';

/**
 * Znuny / OTRS AgentTicketZoom (self-hosted on any host). Selectors from Znuny's own templates, znuny/Znuny
 * Kernel/Output/HTML/Templates/Standard/AgentTicketZoom/ArticleRender/MIMEBase.tt: `.WidgetSimple` carrying the
 * sender type (`customer`/`agent`/`system`), `Incoming`/`Outgoing` and `NotVisibleForCustomer` (internal), HTML
 * bodies in `.ArticleMailContentHTMLWrapper` iframes (read through, same origin), plain ones in `.ArticleBody`.
 * Expanded articles are listed newest first (ZoomExpandSort "reverse", the default).
 */
export const znuny: SiteReader = {
  id: 'znuny',
  title: 'Znuny',
  fingerprint: '#ArticleItems .WidgetSimple',
  message: '#ArticleItems .WidgetSimple',
  customer: '.WidgetSimple.customer.Incoming',
  agent: '.WidgetSimple.agent,.WidgetSimple.system,.WidgetSimple.NotVisibleForCustomer',
  body: '.ArticleMailContentHTMLWrapper,.ArticleBody',
  name: '.Header h2 span:not(.Hidden):not([title])',
  newestFirst: true,
};
