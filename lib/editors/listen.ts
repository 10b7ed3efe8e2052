import type { ChangeCause } from './types';

/** Adds every listener in `listeners` to `target`; returns the function that removes them all again. */
export function listen(target: EventTarget, listeners: Record<string, (event: Event) => void>): () => void {
  const entries = Object.entries(listeners);
  for (const [type, listener] of entries) target.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of entries) target.removeEventListener(type, listener);
  };
}

/** IME composition state of one editor: no writes while it is active, and a change report at both of its ends. */
export function trackComposition() {
  let active = false;
  return {
    get active() {
      return active;
    },
    listeners: (onChange: (cause: ChangeCause) => void) => ({
      compositionstart: () => {
        active = true;
        onChange({});
      },
      compositionend: () => {
        active = false;
        onChange({});
      },
    }),
  };
}

/**
 * A keyup that reports a change only after a key that changed no text (arrows, Home): by the time a typing key's
 * change is reported (a field's `input`, a rich editor's mutations) the caret has moved, so that report's reading
 * already holds it and its keyup need not read the editor again.
 */
export function keyupUnlessTyped(onSelection: () => void): [typed: () => void, keyup: () => void] {
  let typed = false;
  return [() => void (typed = true), () => (typed ? (typed = false) : onSelection())];
}
