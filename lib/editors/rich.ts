/**
 * The handle for every contenteditable-based editor. Reading maps the DOM to text (`text-map.ts`); writing selects
 * the span in the DOM and lets the editor's own input handling apply it (execCommand, beforeinput, paste) or calls
 * its API through the page bridge. Each strategy is verified by reading back; a strategy that changed nothing lets
 * the next one try, one that changed something else stops the chain (never apply twice). Nodes are never injected.
 */
import type { ApplyResult } from '../messaging/protocol';
import { callPageBridge } from './bridge-client';
import { currentRange, selectRange } from './selection';
import { nextTask, settledRead } from './settle';
import { keyupUnlessTyped, listen, trackComposition } from './listen';
import { mapText, remapText, offsetAt, rangeFor, type TextMap } from './text-map';
import { trackTyping, typingGroupWait, type TypingClock } from './undo-group';
import type { ChangeCause, DraftReading, EditorAdapter, EditorHandle, WriteRequest, WriteStrategy } from './types';

/** How long a paste the editor accepted (cancelled the native default) may take to show up in its DOM. */
const PASTE_SETTLE_MS = 1000;

/** How long the bookkeeping an editor schedules for a paste it left to the browser may take. */
const IGNORED_PASTE_ASIDE_MS = 50;

/** Input that arrives later than this after a user input event is the page's own doing (clearing after send…). */
const USER_INPUT_WINDOW_MS = 300;

export function readRich(root: Element, map = mapText(root)): DraftReading {
  const range = currentRange(root);
  let selection: DraftReading['selection'] = null;
  if (range) {
    const start = offsetAt(map, range.startContainer, range.startOffset);
    const end = offsetAt(map, range.endContainer, range.endOffset);
    if (start !== null && end !== null) selection = { start: Math.min(start, end), end: Math.max(start, end) };
  }
  return { text: map.text, selection };
}

function dispatchBeforeInput(
  root: Element,
  inputType: string,
  range: StaticRange | Range,
  data: string | null,
): boolean {
  const event = new InputEvent('beforeinput', {
    inputType,
    data,
    bubbles: true,
    cancelable: true,
    composed: true,
    targetRanges: [new StaticRange(range)],
  });
  root.dispatchEvent(event);
  // An editor that handles beforeinput itself cancels the native default; otherwise nothing happened.
  return event.defaultPrevented;
}

/**
 * For editors whose history merges contiguous insertions (slate-history): delete the character before the caret
 * and type it again followed by `text`, synchronously, so both land in one step that starts with a removal, and
 * the step's "selection before" is the agent's collapsed caret.
 */
function retypeBeforeCaret(root: Element, caret: Range, previous: string, text: string): boolean {
  const caretRange = new StaticRange({
    startContainer: caret.startContainer,
    startOffset: caret.startOffset,
    endContainer: caret.startContainer,
    endOffset: caret.startOffset,
  });
  if (!dispatchBeforeInput(root, 'deleteContentBackward', caretRange, null)) return false;
  const map = mapText(root);
  const at = offsetAt(map, caret.startContainer, caret.startOffset);
  if (at === null) return true;
  const back = rangeFor(map, at - 1, at - 1);
  return dispatchBeforeInput(root, 'insertText', back, previous + text);
}

function dispatchPaste(root: Element, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  root.dispatchEvent(event);
  return event.defaultPrevented;
}

/** The character a merging editor re-types before an insertion at the caret, or null when none is needed. */
function retypedCharacter(adapter: EditorAdapter, request: WriteRequest, text: string): string | null {
  if (!adapter.mergesContiguousInserts || request.start !== request.end || request.text === '') return null;
  const previous = text[request.start - 1];
  return previous === undefined || previous === '\n' ? null : previous;
}

async function runRichStrategy(
  root: Element,
  strategy: WriteStrategy,
  range: Range,
  text: string,
  retype: string | null,
): Promise<boolean> {
  const doc = root.ownerDocument;
  switch (strategy) {
    case 'execCommand':
      return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
    case 'beforeinput':
      if (retype !== null) return retypeBeforeCaret(root, range, retype, text);
      return dispatchBeforeInput(root, text === '' ? 'deleteContent' : 'insertText', range, text);
    case 'paste':
      return dispatchPaste(root, text);
    case 'page-api':
      return callPageBridge(root, { op: 'insertText', text })?.ok === true;
    case 'set-range-text':
      return false;
  }
}

/**
 * Makes the coming write its own undo step (see `undo-group.ts`): the adapter's path does it by itself, the page
 * bridge closes the editor's pending typing group, or the write waits until the agent's typing group has timed out.
 */
async function openUndoStep(
  root: Element,
  adapter: EditorAdapter,
  clock: TypingClock,
): Promise<NonNullable<ApplyResult['undoGroup']>> {
  if (adapter.undoStep === 'own-step') return 'own-step';
  if (callPageBridge(root, { op: 'closeUndoGroup' })?.ok) return 'closed';
  markUndoCheckpoint(root);
  const wait = typingGroupWait(clock.lastInputAt(), Date.now());
  if (wait === 0) return 'idle';
  await nextTask(wait);
  return 'waited';
}

/**
 * Editors that snapshot their undo history on pointer gestures rather than keystrokes (Summernote records on
 * `mouseup`; others end a typing group when the selection is set by the mouse) take a `mouseup` as "the agent's
 * typing ends here". Sent before a write and after it, so both the agent's words and the edit are steps of their own.
 */
function markUndoCheckpoint(root: Element): void {
  root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true, composed: true, button: 0 }));
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Takes back a write that read back wrong: the editor's own undo key first (editors with an undo manager listen to
 * keydown; an untrusted event has no native default), then the browser's native undo for editors without one.
 * True when the draft is exactly `before` again.
 */
async function undoOwnWrite(root: Element, readText: () => string, before: string): Promise<boolean> {
  const modifier = IS_MAC ? { metaKey: true } : { ctrlKey: true };
  const init = {
    key: 'z',
    code: 'KeyZ',
    keyCode: 90,
    which: 90,
    bubbles: true,
    cancelable: true,
    composed: true,
    ...modifier,
  };
  root.dispatchEvent(new KeyboardEvent('keydown', init));
  root.dispatchEvent(new KeyboardEvent('keyup', init));
  if ((await settledRead(readText, before)) === before) return true;
  root.ownerDocument.execCommand('undo');
  return (await settledRead(readText, before)) === before;
}

export function createRichHandle(root: Element, adapter: EditorAdapter): EditorHandle {
  const composition = trackComposition();
  const clock = trackTyping(root);
  const readText = () => mapText(root).text;
  // The last reading's text map, kept while subscribed and brought up to date from the editor's mutations: typing
  // changes a text node's data (remapText); any other change (nodes added or removed, an attribute mapText reads)
  // drops it. A keystroke schedules a snapshot for its mutations and its keyup, and neither walks a long draft.
  let kept: TextMap | null = null;
  /** While subscribed: the one observer of the editor's DOM, for the kept map and for the session. */
  let watch: { observer: MutationObserver; changed(records: MutationRecord[]): void } | null = null;
  const readMap = () => {
    // Mutations not delivered yet count too (a read may follow a change at once: an edit's read-back). Taking them
    // stops their delivery, so they are handled here as the observer would have.
    const pending = watch?.observer.takeRecords();
    if (pending?.length) watch!.changed(pending);
    const map = kept ?? mapText(root);
    if (watch) kept = map;
    return map;
  };

  /** Focuses the editor and selects [start, end); false when the text moved under us meanwhile. */
  const selectSpan = async (request: WriteRequest, before: string): Promise<Range | null> => {
    (root as HTMLElement).focus({ preventScroll: true });
    const range = rangeFor(mapText(root), request.start, request.end);
    selectRange(root, range);
    // Editors sync their model selection from `selectionchange`, which fires a task later.
    await nextTask();
    if (readText() !== before) return null;
    const map = mapText(root);
    const fresh = rangeFor(map, request.start, request.end);
    const current = currentRange(root);
    const selected =
      current &&
      offsetAt(map, current.startContainer, current.startOffset) === request.start &&
      offsetAt(map, current.endContainer, current.endOffset) === request.end;
    if (!selected) selectRange(root, fresh);
    return fresh;
  };

  return {
    kind: adapter.kind,
    root,
    get composing() {
      return composition.active;
    },
    read: () => readRich(root, readMap()),
    subscribe(onChange: (cause: ChangeCause) => void) {
      const onSelection = () => onChange({});
      const [typed, keyup] = keyupUnlessTyped(onSelection);
      // Editors that re-render from their model (or pages that clear the draft from script) emit no input event.
      // Only the agent's own typing happens while the editor has focus: a change after focus moved away (to the
      // helpdesk's Send button, say) is the page's, however soon it follows the last keystroke.
      const changed = (records: MutationRecord[]) => {
        if (kept && !remapText(kept, records)) kept = null;
        // The clock notes an edit before it changes the DOM: after a pause, the agent deleting the whole draft
        // (its mutations seen before its `input` event) is still the agent's, not the page clearing it after Send.
        // Focus: `contains` is true for the root itself, false for no active element.
        const recent =
          Date.now() - clock.lastEditAt() < USER_INPUT_WINDOW_MS &&
          root.contains((root.getRootNode() as Document | ShadowRoot).activeElement);
        if (recent) typed();
        onChange(recent ? {} : { inputType: 'script' });
      };
      const observer = new MutationObserver(changed);
      // What mapText reads: text and nodes, and the attributes that make it skip an element.
      observer.observe(root, {
        childList: true,
        characterData: true,
        subtree: true,
        attributeFilter: ['contenteditable', 'data-mce-bogus'],
      });
      watch = { observer, changed };
      // No `input` listener: every edit's mutations come here (an editor that cancels `beforeinput` and renders
      // from its model sends no `input` at all), and the typing clock has seen its `beforeinput` or `input` first.
      const unlisten = listen(root, {
        keyup,
        mouseup: onSelection,
        ...composition.listeners(onChange),
      });
      return () => {
        observer.disconnect();
        watch = null;
        kept = null;
        unlisten();
      };
    },
    async write(request: WriteRequest): Promise<ApplyResult> {
      const before = readText();
      const retype = retypedCharacter(adapter, request, before);
      const expected = before.slice(0, request.start) + request.text + before.slice(request.end);
      const undoGroup = await openUndoStep(root, adapter, clock);
      if (readText() !== before) return { ok: false, reason: 'stale', draft: readText() };
      for (const strategy of adapter.strategies) {
        const range = await selectSpan(request, before);
        if (!range) return { ok: false, reason: 'stale', draft: readText() };
        const ran = await runRichStrategy(root, strategy, range, request.text, retype);
        // Paste handlers may insert after a round trip of their own (CKEditor 4's paste pipeline is asynchronous).
        const settleMs = strategy === 'paste' ? PASTE_SETTLE_MS : undefined;
        const after = ran || strategy === 'execCommand' ? await settledRead(readText, expected, settleMs) : readText();
        if (after === expected) {
          // The agent's next words must not join the applied edit's step either.
          if (undoGroup === 'closed') callPageBridge(root, { op: 'closeUndoGroup' });
          else if (undoGroup !== 'own-step') markUndoCheckpoint(root);
          return { ok: true, strategy, draft: after, undoGroup };
        }
        // An editor that took the paste but shows nothing yet may still insert it: trying another path could write twice.
        if (after === before && ran && strategy === 'paste')
          return { ok: false, reason: 'unsafe', strategy, draft: after };
        if (after === before) {
          // Editors that leave a paste to the browser still run deferred bookkeeping for it (Summernote records an
          // undo snapshot 10 ms later): let it run before the next path writes, or it would land after our edit.
          if (strategy === 'paste') await nextTask(IGNORED_PASTE_ASIDE_MS);
          continue;
        }
        // The editor changed something other than intended: take our write back, then let the next path try.
        if (!(await undoOwnWrite(root, readText, before)))
          return { ok: false, reason: 'failed', strategy, draft: readText() };
      }
      return { ok: false, reason: 'unsafe', draft: readText() };
    },
  };
}
