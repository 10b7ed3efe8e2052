/**
 * Keeping an applied edit its own undo step. Editors group the agent's typing into one undo entry by time (Quill's
 * history `delay`, ProseMirror's `newGroupDelay`, CodeMirror's `newGroupDelay`, Lexical's merge window) and by
 * adjacency, so a write landing right after a keystroke would be undone together with the agent's last words. Where
 * the page bridge can close the editor's pending group it does (`closeUndoGroup`); otherwise the write waits until
 * the longest grouping delay of the editors we know has passed since the agent's last keystroke.
 */

/**
 * Longest typing-group delay among known editors — Quill's history (1000 ms); ProseMirror and CodeMirror use 500 ms,
 * Lexical 300 ms by default — plus a margin for timer lag on a busy machine.
 */
export const TYPING_GROUP_MS = 1150;

/** How long a write must still wait so that the agent's typing ended at least `groupMs` before it. */
export function typingGroupWait(lastInputAt: number, now: number, groupMs = TYPING_GROUP_MS): number {
  if (lastInputAt <= 0) return 0;
  return Math.max(0, lastInputAt + groupMs - now);
}

export interface TypingClock {
  /** `Date.now()` of the agent's last keystroke, input or composition end in the editor (0 when none yet). */
  lastInputAt(): number;
  /**
   * `Date.now()` of the agent's last edit: input, composition end, and — noted before the edit changes the DOM, since
   * its mutation records can come before its `input` event — `beforeinput`, cut and the deletion keys. Other keys
   * are not edits here: Enter may be the page's send shortcut, whose clearing of the composer is the page's doing.
   */
  lastEditAt(): number;
}

const DELETION_KEY = /^(Backspace|Delete)$/;

/**
 * Follows the agent's typing in `root` (capture phase, so editors that stop propagation are still seen), for as long
 * as the editor lives: its handle keeps the clock, and an editor removed from the page takes the listeners with it.
 */
export function trackTyping(root: Element): TypingClock {
  let lastInputAt = 0;
  let lastEditAt = 0;
  const touch = (event: Event) => {
    lastInputAt = Date.now();
    // Every type but keydown and keyup is an edit; of the keys, only the deletion keys.
    if (event.type[0] !== 'k' || DELETION_KEY.test((event as KeyboardEvent).key)) lastEditAt = lastInputAt;
  };
  for (const type of ['keydown', 'keyup', 'input', 'compositionend', 'beforeinput', 'cut'])
    root.addEventListener(type, touch, true);
  return {
    lastInputAt: () => lastInputAt,
    lastEditAt: () => lastEditAt,
  };
}
