/**
 * The main-world half of the bridge (see `bridge-client.ts`): runs in the page's own JavaScript world, where editor
 * instances are reachable, and answers one narrow request — insert text over the current DOM selection through the
 * editor's API, as one undoable step, or close the editor's pending undo group. It reads nothing else and sends nothing anywhere; it has no extension APIs.
 * Editors whose native input handling suffices (ProseMirror, Quill, Lexical, Slate, Draft.js) need no entry here.
 */
import { BRIDGE_REPLY, BRIDGE_REQUEST, type BridgeReply } from './bridge-client';

/* The editor objects below belong to the page; they are typed structurally, only as far as the bridge uses them. */

interface CkEditor5 {
  editing: {
    view: { domConverter: { domRangeToView(range: Range): unknown } };
    mapper: { toModelRange(viewRange: unknown): unknown };
  };
  model: {
    change(callback: (writer: { createText(text: string): unknown }) => void): void;
    insertContent(content: unknown, selectable: unknown): void;
  };
}

interface TinyMceEditor {
  getBody(): HTMLElement;
  undoManager: { transact(callback: () => void): void };
  selection: { setRng(range: Range): void; setContent(html: string): void };
}

interface PmTransaction {
  insertText(text: string, from: number, to: number): PmTransaction;
  setMeta(key: string, value: unknown): PmTransaction;
}

interface PmPlugin {
  key: string;
  getState(state: PmState): unknown;
}

interface PmState {
  tr: PmTransaction;
  plugins: readonly PmPlugin[];
}

/** A ProseMirror EditorView, as far as the bridge uses it. */
interface PmView {
  state: PmState;
  posAtDOM(node: Node, offset: number): number;
  dispatch(transaction: PmTransaction): void;
}

interface TipTapEditor {
  view: PmView;
  state: PmState;
}

/** Trix's element API (`<trix-editor>.editor`), as far as the bridge uses it. */
interface TrixEditor {
  recordUndoEntry(description: string): void;
  insertString(text: string): void;
}

type PageWindow = Window & { tinymce?: { get(): TinyMceEditor[] } };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function selectionRange(root: Element): Range | null {
  const rootNode = root.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  const selection =
    'getSelection' in rootNode && rootNode.getSelection ? rootNode.getSelection() : root.ownerDocument.getSelection();
  return selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
}

/** The ProseMirror view of an editor that publishes it on its DOM (TipTap and editors built on it set `.editor`). */
function prosemirrorViewOf(root: Element): PmView | null {
  const tiptap = (root as Element & { editor?: TipTapEditor }).editor;
  return tiptap?.view?.state && typeof tiptap.view.dispatch === 'function' ? tiptap.view : null;
}

/**
 * prosemirror-history's state fields, read structurally: `prevTime` is 0 right after `closeHistory`. Its plugin
 * key is `history$` and the close meta `closeHistory$` (PluginKey names get a `$` suffix, and a number after it
 * only when a second copy of the module is loaded, which the read-back below would catch).
 */
interface PmHistoryState {
  prevTime: number;
}

function pmHistoryOf(view: PmView): PmHistoryState | null {
  const plugin = view.state.plugins.find((p) => p.key === 'history$');
  const state = plugin?.getState(view.state) as PmHistoryState | undefined;
  return state && typeof state.prevTime === 'number' ? state : null;
}

/** Closes the pending undo group of the editor around `root`; true only when its history confirms it. */
export function closeUndoGroupWithEditorApi(root: Element): boolean {
  const view = prosemirrorViewOf(root);
  if (!view || !pmHistoryOf(view)) return false;
  view.dispatch(view.state.tr.setMeta('closeHistory$', true));
  return pmHistoryOf(view)?.prevTime === 0;
}

/** Inserts `text` over the selection with the editor's API; returns the editor family, or null if none is known. */
export function insertWithEditorApi(root: Element, text: string): string | null {
  const range = selectionRange(root);
  if (!range) return null;
  const ck = (root as Element & { ckeditorInstance?: CkEditor5 }).ckeditorInstance;
  if (ck) {
    const modelRange = ck.editing.mapper.toModelRange(ck.editing.view.domConverter.domRangeToView(range));
    ck.model.change((writer) => ck.model.insertContent(writer.createText(text), modelRange));
    return 'ckeditor5';
  }
  const trix = root.tagName === 'TRIX-EDITOR' ? (root as Element & { editor?: TrixEditor }).editor : undefined;
  if (trix && typeof trix.recordUndoEntry === 'function' && typeof trix.insertString === 'function') {
    // An entry of its own: Trix would otherwise consolidate the insertion with the agent's "Typing" entry.
    trix.recordUndoEntry('Insert suggestion');
    trix.insertString(text);
    return 'trix';
  }
  const view = prosemirrorViewOf(root);
  if (view) {
    const from = view.posAtDOM(range.startContainer, range.startOffset);
    const to = view.posAtDOM(range.endContainer, range.endOffset);
    view.dispatch(view.state.tr.insertText(text, from, to));
    return 'prosemirror';
  }
  const tinymce =
    (root.ownerDocument.defaultView?.parent as PageWindow | undefined)?.tinymce ?? (window as PageWindow).tinymce;
  const mce = tinymce?.get().find((editor) => editor.getBody() === root);
  if (mce) {
    mce.undoManager.transact(() => {
      mce.selection.setRng(range);
      mce.selection.setContent(escapeHtml(text));
    });
    return 'tinymce';
  }
  return null;
}

/** The editable root a request targets: the element itself, or the editable body of the iframe it names. */
function requestRoot(target: Element): Element | null {
  if (target.tagName !== 'IFRAME') return target;
  const doc = (target as HTMLIFrameElement).contentDocument;
  const active = doc?.activeElement;
  return active && (active as HTMLElement).isContentEditable ? active : (doc?.body ?? null);
}

export function startPageBridge(doc: Document): void {
  doc.addEventListener(
    BRIDGE_REQUEST,
    (event) => {
      const target = event.composedPath()[0] as Element;
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail !== 'string') return;
      const request = JSON.parse(detail) as { id: string; op: string; text?: string };
      let reply: BridgeReply;
      try {
        const root = requestRoot(target);
        if (root && request.op === 'closeUndoGroup') {
          reply = { id: request.id, ok: closeUndoGroupWithEditorApi(root) };
        } else {
          const editor = root && request.op === 'insertText' ? insertWithEditorApi(root, request.text ?? '') : null;
          reply = { id: request.id, ok: editor !== null, ...(editor ? { editor } : {}) };
        }
      } catch (error) {
        reply = { id: request.id, ok: false, error: String(error) };
      }
      target.dispatchEvent(new CustomEvent(BRIDGE_REPLY, { detail: JSON.stringify(reply), composed: true }));
    },
    true,
  );
}
