/**
 * The editor adapter layer: one adapter per editor family, chosen by DOM fingerprint. An adapter only says how to
 * recognise its editor and which write strategies to try, in order; the handles in `field.ts` and `rich.ts` do the
 * reading, subscribing and verified writing for every adapter alike.
 */
import type { Span } from '../coach/types';
import type { ApplyResult, EditorKind } from '../messaging/protocol';

/** How a write reaches the editor. Every strategy is verified by reading the text back. */
export type WriteStrategy =
  /** `document.execCommand('insertText')`: native input events and the browser's (or editor's) undo stack. */
  | 'execCommand'
  /** A synthetic `beforeinput` (insertText / insertReplacementText) for editors that handle it themselves. */
  | 'beforeinput'
  /** A synthetic `paste` with text/plain data, for editors that only trust clipboard input. */
  | 'paste'
  /** The editor's own API, reached through the main-world bridge (`page-bridge.ts`). */
  | 'page-api'
  /** `setRangeText` + an `input` event: form fields only; not undoable, so it is the last resort. */
  | 'set-range-text';

export interface EditorAdapter {
  kind: EditorKind;
  /** True when `root` (the outermost editable element, or a form field) belongs to this editor family. */
  matches(root: Element): boolean;
  /** Write strategies in order of preference; the first whose result reads back correctly wins. */
  strategies: readonly WriteStrategy[];
  /**
   * The editor's history merges an insertion that continues the agent's typing into the same undo step
   * (slate-history merges contiguous `insert_text`, whatever the time). An insertion at the caret then deletes the
   * character before the caret and types it again with the text, in one task: same result, but the step starts
   * with a removal, so one Ctrl+Z undoes exactly the insertion and leaves the caret where it was.
   */
  mergesContiguousInserts?: boolean;
  /**
   * How a write becomes its own undo step, apart from the agent's typing (see `undo-group.ts`):
   * - `'close-group'` (default): the page bridge closes the editor's pending typing group when it can reach the
   *   editor's history; otherwise the write waits until the agent's last keystroke is older than every known
   *   editor's grouping delay.
   * - `'own-step'`: the adapter's write path opens a new step by itself (a CKEditor 5 `model.change` batch, a TinyMCE
   *   `undoManager.transact`, a paste in CodeMirror), proven by the editors spec.
   */
  undoStep?: 'close-group' | 'own-step';
}

export interface DraftReading {
  text: string;
  selection: Span | null;
}

/** What the handle must write: the span [start, end) of the current text becomes `text`. */
export interface WriteRequest {
  start: number;
  end: number;
  text: string;
}

export interface EditorHandle {
  readonly kind: EditorKind;
  readonly root: Element;
  read(): DraftReading;
  /** Calls `onChange` after anything that may have changed the text or selection; returns the unsubscribe. */
  subscribe(onChange: (cause: ChangeCause) => void): () => void;
  /** Replaces [start, end) with `text` through the adapter's strategies; the caller has checked for staleness. */
  write(request: WriteRequest): Promise<ApplyResult>;
  readonly composing: boolean;
}

/** Why a change was reported: send detection tells user deletions and undo apart from the page clearing the draft. */
export interface ChangeCause {
  inputType?: string;
}
