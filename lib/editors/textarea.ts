import type { EditorAdapter } from './types';

/** `<textarea>`: the browser's own undo stack records execCommand edits; setRangeText is the unundoable fallback. */
export const textarea: EditorAdapter = {
  kind: 'textarea',
  matches: (root) => root.tagName === 'TEXTAREA',
  strategies: ['execCommand', 'set-range-text'],
};
