import type { EditorAdapter } from './types';

/** TipTap (Zammad's new desktop view) is ProseMirror underneath and marks its root `.tiptap`. */
export const tiptap: EditorAdapter = {
  kind: 'tiptap',
  matches: (root) => root.classList.contains('tiptap') && root.classList.contains('ProseMirror'),
  strategies: ['execCommand', 'page-api'],
};
