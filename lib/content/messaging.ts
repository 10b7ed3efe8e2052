/**
 * The content script's side of the typed protocol in lib/messaging/protocol.ts, without the generic
 * @webext-core/messaging runtime (which, with its error serializer, cost ~3 KB of the page's budget).
 *
 * Same types (ProtocolMap) and the same wire format as @webext-core/messaging, which the background and the
 * extension pages keep using: requests are `{ id, type, data, timestamp }`, replies `{ res }` or `{ err }`, where
 * `err` is an Error serialized as `{ name, message, stack, cause? }`.
 */
import type { InlineState, ProtocolMap } from '../messaging/protocol';
import { SNAPSHOT_PORT } from '../messaging/ports';
import { encodeSnapshot } from '../messaging/snapshot-wire';

type Type = keyof ProtocolMap;
type Data<T extends Type> = Parameters<ProtocolMap[T]>[0];
type Result<T extends Type> = ReturnType<ProtocolMap[T]>;
type Message<T extends Type> = { id: number; type: T; data: Data<T>; timestamp: number };
type Reply = { res?: unknown; err?: unknown } | undefined;

let nextId = Math.floor(Math.random() * 1e4);

/** content → background. Rejects when nothing answers or the background's handler threw. */
export function sendMessage<T extends Type>(type: T, data: Data<T>): Promise<Result<T>> {
  const message: Message<T> = { id: nextId++, type, data, timestamp: Date.now() };
  return new Promise((resolve, reject) =>
    chrome.runtime.sendMessage(message, (reply: Reply) => {
      const lastError = chrome.runtime.lastError;
      if (lastError) return reject(new Error(lastError.message));
      if (!reply) return reject(new Error('No response'));
      // The serialized error as it came: every caller here only catches it (entrypoints/helpdesk.content).
      if (reply.err != null) return reject(reply.err);
      resolve(reply.res as Result<T>);
    }),
  );
}

let snapshotPort: chrome.runtime.Port | undefined;
/** The inline state's handler: the background posts it back on the snapshot port when one is open. */
let inlineHandler: ((state: InlineState) => void) | undefined;
/** The last snapshot posted on the open port: the next one carries only what changed since (snapshot-wire.ts). */
let posted: Data<'snapshot'> | undefined;

/**
 * content → background, one way, over one long-lived port that carries nothing but snapshots: what
 * sendMessage('snapshot', …) delivers, without its reply. A one-time message opens a channel per call (in a CPU
 * profile of bench/content-script.ts, ~2 ms a keystroke in Chromium on a busy machine, most of the content
 * script's cost per key); a port message is posted on the open channel, and after the port's first snapshot it
 * carries the draft's edit, not the draft. The port closes when the background worker stops; the next snapshot
 * opens a new one, which starts the worker again, and goes whole.
 */
export function postSnapshot(data: Data<'snapshot'>): void {
  try {
    if (!snapshotPort) {
      const port = chrome.runtime.connect({ name: SNAPSHOT_PORT });
      // The background posts nothing else on it (lib/background/inline.ts).
      port.onMessage.addListener((state: InlineState) => inlineHandler?.(state));
      port.onDisconnect.addListener(() => {
        if (snapshotPort === port) snapshotPort = undefined;
      });
      snapshotPort = port;
      posted = undefined;
    }
    snapshotPort.postMessage(encodeSnapshot(posted, data));
    posted = data;
  } catch {
    // The extension was reloaded (the context is invalidated) or the port closed under us: the next change retries.
    snapshotPort = undefined;
  }
}

/**
 * background → content: each analysis's inline state, on the snapshot port while it is open, else (a worker that
 * restarted before this frame's next snapshot, a port the router closed) as a one-time message. The background
 * sends each state one way only.
 */
export function onInlineState(handler: (state: InlineState) => void): () => void {
  inlineHandler = handler;
  const stop = onMessage('inlineState', ({ data }) => handler(data));
  return () => {
    inlineHandler = undefined;
    stop();
  };
}

type Handler<T extends Type> = (message: Message<T>) => Result<T> | Promise<Result<T>>;
const handlers: { [T in Type]?: Handler<T> } = {};
let rootListener: Parameters<typeof chrome.runtime.onMessage.addListener>[0] | undefined;

/** background → content. One handler per type; returns the function that removes it. */
export function onMessage<T extends Type>(type: T, handler: Handler<T>): () => void {
  if (handlers[type]) throw Error(`[messaging] one listener per type: ${type}`);
  (handlers as Record<T, Handler<T>>)[type] = handler;
  if (!rootListener) {
    rootListener = (message: Partial<Message<Type>> | undefined, _sender, sendResponse) => {
      if (typeof message?.type != 'string' || typeof message.timestamp != 'number') return false;
      const handle = handlers[message.type] as Handler<Type> | undefined;
      if (!handle) return false;
      (async () => handle(message as Message<Type>))().then(
        (res) => sendResponse({ res }),
        (err: unknown) => sendResponse({ err: serializeError(err) }),
      );
      return true;
    };
    chrome.runtime.onMessage.addListener(rootListener);
  }
  return () => {
    delete handlers[type];
    if (rootListener && !Object.keys(handlers).length) {
      chrome.runtime.onMessage.removeListener(rootListener);
      rootListener = undefined;
    }
  };
}

interface SerializedError {
  name: string;
  message: string;
  stack: string;
  cause?: unknown;
}

function serializeError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const out: SerializedError = { ...err, name: err.name, message: err.message, stack: err.stack ?? '' };
  if (err.cause) out.cause = serializeError(err.cause);
  return out;
}
