/**
 * Did the agent send the reply? Helpdesks either submit a form or clear the composer from script after their send
 * action. A draft emptied by the agent's own deleting or undoing is not a send.
 */
export interface DraftChange {
  previousText: string;
  text: string;
  /** The `inputType` of the input event behind the change; 'script' when the page changed it without input. */
  inputType?: string;
}

export function isClearedByPage(change: DraftChange): boolean {
  if (change.previousText.trim() === '' || change.text.trim() !== '') return false;
  return change.inputType === 'script';
}
