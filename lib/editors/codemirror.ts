import type { EditorAdapter } from './types';

/**
 * CodeMirror 6 (`.cm-content`): it reads native edits back from the DOM as "input.type" transactions, which its
 * history joins to the agent's typing within `newGroupDelay`; a paste is "input.paste", which it never joins.
 */
export const codemirror: EditorAdapter = {
  kind: 'codemirror',
  matches: (root) => root.classList.contains('cm-content'),
  strategies: ['paste', 'execCommand'],
  undoStep: 'own-step',
};
