import type { EditorAdapter } from './types';

/** Lexical handles `beforeinput` itself; its editor object is only reachable from the page (`__lexicalEditor`). */
export const lexical: EditorAdapter = {
  kind: 'lexical',
  matches: (root) => root.getAttribute('data-lexical-editor') === 'true',
  strategies: ['execCommand', 'page-api'],
};
