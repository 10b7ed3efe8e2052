import type { EditorAdapter } from './types';

/** TinyMCE (UVdesk, ServiceNow): `body#tinymce` inside its iframe, or `.mce-content-body` in inline mode. */
export const tinymce: EditorAdapter = {
  kind: 'tinymce',
  matches: (root) => root.classList.contains('mce-content-body') || (root.tagName === 'BODY' && root.id === 'tinymce'),
  strategies: ['page-api', 'execCommand'],
  // `undoManager.transact` adds an undo level of its own: no typing group to close.
  undoStep: 'own-step',
};
