import type { EditorAdapter } from './types';

/**
 * Slate ignores DOM edits it did not make; it applies `beforeinput` through its model (and slate-history, which
 * merges contiguous insertions into one step with no time limit: see `mergesContiguousInserts`).
 */
export const slate: EditorAdapter = {
  kind: 'slate',
  matches: (root) => root.getAttribute('data-slate-editor') === 'true',
  strategies: ['beforeinput', 'execCommand'],
  mergesContiguousInserts: true,
};
