/**
 * Thread readers: the customer's latest message (and their name where the helpdesk shows it), read from the DOM of
 * the ticket the agent is replying to. Pure DOM reading — no extension APIs, no analysis, no mutation.
 *
 * Order: a site reader whose host or DOM fingerprint matches; when its selectors find no message blocks (a redesign,
 * an unknown tenant layout) the generic structural fallback tries; unknown helpdesks get the fallback directly.
 */
import type { CustomerMessage } from '../messaging/protocol';
import type { SiteReader } from './types';
import { readSite, isSiteView } from './site';
import { readGeneric } from './generic';
import { cleanMessageText } from './rendered-text';
import { zendesk } from './zendesk';
import { freshdesk } from './freshdesk';
import { helpscout } from './helpscout';
import { intercom } from './intercom';
import { front } from './front';
import { gmail } from './gmail';
import { zammad } from './zammad';
import { chatwoot } from './chatwoot';
import { freescout } from './freescout';
import { osticket } from './osticket';
import { uvdesk } from './uvdesk';
import { helpy } from './helpy';
import { trudesk } from './trudesk';
import { rt } from './rt';
import { znuny } from './znuny';

export type { SiteReader } from './types';
export { cleanMessageText, MAX_MESSAGE_CHARS } from './rendered-text';

/** Every site reader, in the order they are tried (hosted products by host first, then self-hosted by DOM). */
export const SITE_READERS: readonly SiteReader[] = [
  zendesk,
  freshdesk,
  helpscout,
  intercom,
  front,
  gmail,
  zammad,
  chatwoot,
  freescout,
  osticket,
  uvdesk,
  helpy,
  trudesk,
  rt,
  znuny,
];

export interface ThreadReading {
  /** The reader id ('zendesk', …) or 'generic'. */
  site: string;
  customer: CustomerMessage | null;
}

/** The site reader for this page, if any. */
export function siteReaderFor(doc: Document, url: URL): SiteReader | undefined {
  return (
    SITE_READERS.find((reader) => !!reader.hosts && reader.hosts.test(url.hostname)) ??
    SITE_READERS.find((reader) => isSiteView(reader, doc, url))
  );
}

/** The customer's latest message in the thread around `composer` (the editor the agent types in), if any. */
export function readThread(doc: Document, composer: Element | null, url: URL): ThreadReading {
  const reader = siteReaderFor(doc, url);
  if (reader) {
    const customer = readSite(reader, doc, composer);
    if (customer !== undefined) return { site: reader.id, customer };
    return { site: reader.id, customer: readGeneric(doc, composer) };
  }
  return { site: 'generic', customer: readGeneric(doc, composer) };
}

/** The agent's selection used as the customer message ("Use as customer message"), cleaned like any other. */
export function customerFromSelection(selectedText: string): CustomerMessage | null {
  const text = cleanMessageText(selectedText);
  return text ? { text, source: 'selection' } : null;
}
