import { useCallback, type KeyboardEvent } from 'react';
import { NAV_ATTRIBUTE, nextIndex } from '../lib/panel/keyboard';

/** Inside a closed disclosure, where only its summary shows (a closed fold's buttons cannot take focus). */
function isFolded(el: HTMLElement): boolean {
  for (let details = el.closest('details'); details; details = details.parentElement?.closest('details') ?? null) {
    if (!details.open && !(el.tagName === 'SUMMARY' && el.parentElement === details)) return true;
  }
  return false;
}

/**
 * Arrow keys move between the panel's actionable items (buttons, lesson toggles) in reading order; Home/End jump.
 * Tab still works as usual; Enter and Space activate the focused button natively.
 */
export function useRovingNav() {
  return useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>(`[${NAV_ATTRIBUTE}]`)].filter(
      (el) => !el.closest('[hidden]') && !isFolded(el) && !(el as HTMLButtonElement).disabled,
    );
    const current = items.indexOf(document.activeElement as HTMLElement);
    const next = nextIndex(event.key, items.length, current);
    if (next === null) return;
    event.preventDefault();
    items[next]?.focus();
  }, []);
}
