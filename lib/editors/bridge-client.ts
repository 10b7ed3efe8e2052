/**
 * The isolated-world side of the main-world bridge (`page-bridge.ts`). Expando properties such as
 * `ckeditorInstance` or `__lexicalEditor` are invisible from a content script, so editor APIs are reached by a
 * narrow DOM-event protocol: a request event on the editor root (or on the iframe that holds it) carrying a JSON
 * string, answered synchronously by a reply event. No answer means no bridge or no API: the strategy did not run.
 */

export const BRIDGE_REQUEST = 'attune:page-request';
export const BRIDGE_REPLY = 'attune:page-reply';

/**
 * `insertText`: insert over the current DOM selection with the editor's API, as one undoable step.
 * `closeUndoGroup`: close the editor's pending typing group so the next change starts a new undo step; `ok` only
 * when the bridge reached the editor's history and verified it closed.
 */
export type BridgeRequest = { op: 'insertText'; text: string } | { op: 'closeUndoGroup' } | { op: 'probe' };

export interface BridgeReply {
  id: string;
  ok: boolean;
  editor?: string;
  error?: string;
}

let sequence = 0;

/** The element the page-world bridge of this frame can see: the root itself, or the iframe element holding it. */
function eventTargetFor(root: Element): Element {
  let target: Element = root;
  while (target.ownerDocument !== document && target.ownerDocument.defaultView?.frameElement) {
    target = target.ownerDocument.defaultView.frameElement;
  }
  return target;
}

export function callPageBridge(root: Element, request: BridgeRequest): BridgeReply | null {
  const id = `${Date.now()}-${++sequence}`;
  const target = eventTargetFor(root);
  let reply: BridgeReply | null = null;
  const onReply = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string') return;
    const parsed = JSON.parse(detail) as BridgeReply;
    if (parsed.id === id) reply = parsed;
  };
  target.addEventListener(BRIDGE_REPLY, onReply);
  try {
    target.dispatchEvent(
      new CustomEvent(BRIDGE_REQUEST, { detail: JSON.stringify({ id, ...request }), bubbles: true, composed: true }),
    );
  } finally {
    target.removeEventListener(BRIDGE_REPLY, onReply);
  }
  return reply;
}
