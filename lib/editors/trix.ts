import type { EditorAdapter } from './types';

/**
 * Trix (Basecamp, Rails Action Text): its undo manager consolidates "Typing" entries in the same block within a
 * 5-second window, so native input would join the agent's last words. Its element API (`trixEditor.editor`,
 * through the page bridge) records an undo entry of its own and inserts; a paste (its own "Paste" entry) is next.
 */
export const trix: EditorAdapter = {
  kind: 'trix',
  matches: (root) => root.tagName === 'TRIX-EDITOR',
  strategies: ['page-api', 'paste', 'execCommand'],
  undoStep: 'own-step',
};
