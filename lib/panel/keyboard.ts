/**
 * Keyboard navigation across the panel's actionable items: one roving tab stop, arrows move, Home/End jump.
 * Pure: given the key, the item count and the current index, return the next index (or null: not ours).
 */
export function nextIndex(key: string, count: number, current: number): number | null {
  if (count === 0) return null;
  const at = current < 0 || current >= count ? -1 : current;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return at === -1 ? 0 : Math.min(count - 1, at + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return at === -1 ? 0 : Math.max(0, at - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** Attribute that marks an element as one stop in the panel's roving navigation. */
export const NAV_ATTRIBUTE = 'data-nav-item';
