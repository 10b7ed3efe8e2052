import type { EditorAdapter } from './types';

/** Single-line text inputs (subject lines, chat boxes). Which inputs are readable at all is decided in `privacy.ts`. */
export const input: EditorAdapter = {
  kind: 'input',
  matches: (root) => root.tagName === 'INPUT',
  strategies: ['execCommand', 'set-range-text'],
};
