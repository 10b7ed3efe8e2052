import type { EditorAdapter } from './types';

/** ProseMirror (Chatwoot, Jira): it parses native text input into transactions, so its history records them. */
export const prosemirror: EditorAdapter = {
  kind: 'prosemirror',
  matches: (root) => root.classList.contains('ProseMirror'),
  strategies: ['execCommand', 'beforeinput'],
};
