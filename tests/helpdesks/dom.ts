/** Loads HTML into a fresh happy-dom window at a given URL, as a standard DOM Document for the readers. */
import type { CustomerMessage } from '../../lib/messaging/protocol';
import { Window } from 'happy-dom';

export function loadDocument(html: string, url = 'https://helpdesk.example.org/'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  // happy-dom's Document implements the DOM standard but is its own class; the readers only use standard APIs.
  return window.document as unknown as Document;
}

/** A reading without its provenance (confidence, reason, region), for tests that pin the message itself. */
export function essentials<T extends { customer: CustomerMessage | null }>(reading: T): T {
  return { ...reading, customer: essentialMessage(reading.customer) };
}

export function essentialMessage(customer: CustomerMessage | null): CustomerMessage | null {
  if (!customer) return null;
  const { text, name, source } = customer;
  return name === undefined ? { text, source } : { text, name, source };
}
