/** Attaching to an editor: pick the adapter by fingerprint and build the handle that reads and writes it. */
import { adapterFor } from './registry';
import { createFieldHandle } from './field';
import { createRichHandle } from './rich';
import { editableRootOf, isTextField } from './privacy';
import type { EditorHandle } from './types';

export type { EditorHandle, EditorAdapter, DraftReading, WriteRequest, WriteStrategy, ChangeCause } from './types';
export { EDITOR_ADAPTERS, adapterFor } from './registry';
export { editableRootOf, isOptedOut, isSecretField } from './privacy';

/** A handle for the editor around `target`, or null when it is not a readable editor. */
export function attachEditor(target: Element): EditorHandle | null {
  const root = editableRootOf(target);
  if (!root) return null;
  const adapter = adapterFor(root);
  if (!adapter) return null;
  return isTextField(root) ? createFieldHandle(root, adapter) : createRichHandle(root, adapter);
}
