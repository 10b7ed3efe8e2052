import type { EditorAdapter } from './types';

/** Quill (Salesforce): its MutationObserver turns native edits into 'user' deltas that its history records. */
export const quill: EditorAdapter = {
  kind: 'quill',
  matches: (root) => root.classList.contains('ql-editor'),
  strategies: ['execCommand', 'page-api'],
};
