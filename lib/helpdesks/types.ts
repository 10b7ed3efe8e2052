/**
 * A site reader is data: CSS selectors for one helpdesk's ticket view. The shared engine in `site.ts` applies them,
 * so each helpdesk file stays a few lines and the content script stays small.
 */
export interface SiteReader {
  /** Reader id, reported as `site` ('zendesk', 'zammad', …). */
  id: string;
  /** The helpdesk's name as the panel shows it ("Zendesk"); the id when absent. */
  title?: string;
  /** Host names the hosted product runs on. */
  hosts?: RegExp;
  /** A selector that only this helpdesk's ticket view contains; used for self-hosted installs on any host. */
  fingerprint?: string;
  /** Every message block of the thread (customer messages, agent replies, notes). */
  message: string;
  /** A block that matches or contains this is from the customer; when absent, every non-agent block is. */
  customer?: string;
  /** A block that matches or contains this is an agent reply, an internal note or a system event. */
  agent?: string;
  /** Extra test for agent blocks that selectors cannot express (Gmail: the signed-in account's own mail). */
  isAgent?: (block: Element, doc: Document) => boolean;
  /** The message text inside a block (the first match); the whole block when absent. */
  body?: string;
  /** The author's display name inside a block (the first match). */
  name?: string;
  /** Read the name from this attribute of the `name` element instead of its text. */
  nameAttribute?: string;
  /**
   * The thread lists the newest message first (FreeScout's default), so the latest is the first block. When absent,
   * the order is read from the blocks' timestamps (`<time datetime>`, `data-timestamp`), oldest first without any.
   */
  newestFirst?: boolean;
  /**
   * The helpdesk does not mark who wrote a reply: the thread's first message is the requester's, and a later message
   * is theirs when its author (`name`) is the same. Needs `name`.
   */
  opener?: boolean;
  /** Quoted history, signatures and chrome inside a body that this helpdesk marks up in its own way. */
  skip?: string;
}
