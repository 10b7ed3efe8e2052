/** Starts the content script in one frame, with the extension's messaging injected by the entry point. */
import type { ApplyResult, EditCommand } from '../messaging/protocol';
import { handledByParentFrame } from './frames';
import { startContentSession, type SessionEnvironment } from './session';

export { startContentSession } from './session';
export type { ContentSession, SessionEnvironment, ThreadReading } from './session';

export interface ContentScriptEnvironment extends SessionEnvironment {
  onApplyEdit(handler: (command: EditCommand) => Promise<ApplyResult>): () => void;
  onUseSelection(handler: (text: string) => void): () => void;
}

/** Returns the function that stops everything (when the extension is updated or reloaded). */
export function startContentScript(env: ContentScriptEnvironment): () => void {
  const win = env.document.defaultView;
  // A same-origin parent frame runs this script too and follows focus into this frame: one owner per editor.
  if (!win || handledByParentFrame(win)) return () => {};
  const session = startContentSession(env);
  const stopApply = env.onApplyEdit((command) => session.applyEdit(command));
  const stopSelection = env.onUseSelection((text) => session.useSelectionAsCustomer(text));
  return () => {
    stopApply();
    stopSelection();
    session.stop();
  };
}
