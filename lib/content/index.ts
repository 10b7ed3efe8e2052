/** Starts the content script in one frame, with the extension's messaging injected by the entry point. */
import type { ApplyResult, EditCommand, InlineState } from '../messaging/protocol';
import { createInlineProxy } from './inline-host';
import { handledByParentFrame } from './frames';
import { startContentSession, type SessionEnvironment } from './session';

export { startContentSession } from './session';
export type { ContentSession, SessionEnvironment, ThreadReading } from './session';

export interface ContentScriptEnvironment extends SessionEnvironment {
  onApplyEdit(handler: (command: EditCommand) => Promise<ApplyResult>): () => void;
  onUseSelection(handler: (text: string) => void): () => void;
  /** Inline coaching: the background's findings for this frame, and what the page's card and chip ask for. */
  onInlineState(handler: (state: InlineState) => void): () => void;
  ignoreFinding(key: string): void;
  noteApplied(editorId: string): void;
  openPanel(): void;
  /** Asks the background to inject the inline coach's script into this frame. */
  loadInline(): void;
}

/** Returns the function that stops everything (when the extension is updated or reloaded). */
export function startContentScript(env: ContentScriptEnvironment): () => void {
  const win = env.document.defaultView;
  // A same-origin parent frame runs this script too and follows focus into this frame: one owner per editor.
  if (!win || handledByParentFrame(win)) return () => {};
  // The inline coach applies through the session, which exists only after it: bind late.
  let applyEdit: (command: EditCommand) => Promise<ApplyResult> = async () => ({ ok: false, reason: 'no-editor' });
  const inline = createInlineProxy(
    {
      document: env.document,
      applyEdit: (command) => applyEdit(command),
      ignoreFinding: env.ignoreFinding,
      noteApplied: env.noteApplied,
      openPanel: env.openPanel,
    },
    env.loadInline,
  );
  const session = startContentSession({ ...env, observer: inline });
  applyEdit = session.applyEdit;
  const stopApply = env.onApplyEdit((command) => session.applyEdit(command));
  const stopSelection = env.onUseSelection((text) => session.useSelectionAsCustomer(text));
  const stopInline = env.onInlineState((state) => inline.receive(state));
  return () => {
    stopApply();
    stopSelection();
    stopInline();
    session.stop();
    inline.stop();
  };
}
