import type { EditorAdapter } from './types';

/** Draft.js (HubSpot, Gorgias): injected nodes corrupt it; it accepts text input and pasted text. */
export const draftjs: EditorAdapter = {
  kind: 'draftjs',
  matches: (root) => root.classList.contains('public-DraftEditor-content'),
  strategies: ['execCommand', 'paste'],
};
