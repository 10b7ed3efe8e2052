/** Applies a SiteReader's selectors to a ticket view. */
import type { CustomerMessage } from '../messaging/protocol';
import type { SiteReader } from './types';
import { cleanName, messageText } from './rendered-text';
import { chronological, describeRegion, regionLabel } from './generic';

function matchesOrContains(block: Element, selector: string | undefined): boolean {
  return !!selector && (block.matches(selector) || block.querySelector(selector) !== null);
}

/**
 * The thread that holds the composer: helpdesks keep several tickets mounted, so walk up from the composer to the
 * nearest ancestor that holds message blocks. Without a composer (or when it sits outside), the whole document.
 */
export function threadScope(doc: Document, composer: Element | null, messageSelector: string): ParentNode {
  for (let node = composer?.parentElement; node; node = node.parentElement) {
    if (node.querySelector(messageSelector)) return node;
  }
  return doc;
}

export function isSiteView(reader: SiteReader, doc: Document, url: URL): boolean {
  return (
    (!!reader.hosts && reader.hosts.test(url.hostname)) ||
    (!!reader.fingerprint && doc.querySelector(reader.fingerprint) !== null)
  );
}

/** Every message block in the composer's thread, in document order, minus blocks nested in another or holding the composer. */
export function messageBlocks(reader: SiteReader, doc: Document, composer: Element | null): Element[] {
  const blocks = [...threadScope(doc, composer, reader.message).querySelectorAll(reader.message)];
  return blocks.filter(
    (block) =>
      !(composer && block.contains(composer)) && !blocks.some((outer) => outer !== block && outer.contains(block)),
  );
}

function authorOf(reader: SiteReader, block: Element): string | undefined {
  const nameElement = reader.name ? block.querySelector(reader.name) : null;
  return cleanName(reader.nameAttribute ? nameElement?.getAttribute(reader.nameAttribute) : nameElement?.textContent);
}

/** The block's message, or null when it is an agent reply, a note, not the requester's, or has no text. */
export function readBlock(
  reader: SiteReader,
  block: Element,
  doc: Document,
  requester?: string,
): CustomerMessage | null {
  if (matchesOrContains(block, reader.agent) || reader.isAgent?.(block, doc)) return null;
  if (reader.customer && !matchesOrContains(block, reader.customer)) return null;
  const name = authorOf(reader, block);
  if (requester !== undefined && name !== requester) return null;
  const body = (reader.body && block.querySelector(reader.body)) || block;
  const text = messageText(body, reader.skip);
  if (!text) return null;
  return name ? { text, name, source: 'site' } : { text, source: 'site' };
}

/**
 * The latest customer message per the reader, `null` when the thread has none, or `undefined` when the reader
 * found no message blocks at all (its selectors do not fit this page: let the generic fallback try).
 */
export function readSite(
  reader: SiteReader,
  doc: Document,
  composer: Element | null,
): CustomerMessage | null | undefined {
  const blocks = messageBlocks(reader, doc, composer);
  if (blocks.length === 0) return undefined;
  const oldestFirst =
    reader.newestFirst === true
      ? [...blocks].reverse()
      : reader.newestFirst === false
        ? blocks
        : chronological(blocks).blocks;
  const title = reader.title ?? reader.id;
  const requester = reader.opener ? authorOf(reader, oldestFirst[0]!) : undefined;
  if (reader.opener && requester === undefined) return null;
  for (let i = oldestFirst.length - 1; i >= 0; i--) {
    const block = oldestFirst[i]!;
    const message = readBlock(reader, block, doc, requester);
    if (!message) continue;
    message.confidence = 'sure';
    message.reason = reader.customer
      ? `the latest message ${title} marks as the customer’s`
      : requester
        ? `the latest message by the ticket’s requester, ${requester}`
        : `the latest message ${title} does not mark as an agent reply or note`;
    message.region = describeRegion(
      `${title} ${regionLabel(block.parentElement)}`,
      i,
      oldestFirst.length,
      block,
      composer,
    );
    return message;
  }
  return null;
}
