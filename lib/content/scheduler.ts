/**
 * A trailing debounce with a maximum wait, built so a keystroke costs one timestamp write: the timer is armed
 * once and re-armed only when it fires too early, instead of clearTimeout/setTimeout on every key.
 */
export interface Scheduler {
  /** Notes a change; `fire` runs `quietMs` after the last change, or `maxWaitMs` after the first pending one. */
  touch(): void;
  /** Runs `fire` now if a change is pending. */
  flush(): void;
  cancel(): void;
}

export function createScheduler(
  fire: () => void,
  quietMs: number,
  maxWaitMs: number,
  now = () => performance.now(),
): Scheduler {
  // 0: a microtask is queued (no quiet period).
  let timer: ReturnType<typeof setTimeout> | 0 | undefined;
  let firstPendingAt = 0;
  let lastChangeAt = 0;

  const run = () => {
    timer = undefined;
    firstPendingAt = 0;
    fire();
  };
  const check = () => {
    const at = now();
    const quietFor = at - lastChangeAt;
    if (quietFor >= quietMs || at - firstPendingAt >= maxWaitMs) run();
    else timer = setTimeout(check, Math.min(quietMs - quietFor, maxWaitMs - (at - firstPendingAt)));
  };
  return {
    touch() {
      lastChangeAt = now();
      if (timer === undefined) {
        firstPendingAt = lastChangeAt;
        // No quiet period: fire once the change's own microtasks (the editor's MutationObserver) have run, still
        // inside its task — a timer would wait behind the frame the keystroke's task ends with.
        if (quietMs) timer = setTimeout(check, quietMs);
        else queueMicrotask(() => timer === 0 && run());
        timer ??= 0;
      }
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      run();
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      firstPendingAt = 0;
    },
  };
}
