import type { EditorAdapter } from './types';

/**
 * CKEditor 5 (Zendesk Agent Workspace). It turns the native `beforeinput` of execCommand into a model change; its
 * renderer reverts raw DOM edits, so a DOM fallback would be wrong. The instance API is the fallback.
 */
export const ckeditor5: EditorAdapter = {
  kind: 'ckeditor5',
  matches: (root) => root.classList.contains('ck-editor__editable') || root.classList.contains('ck-content'),
  strategies: ['page-api', 'beforeinput', 'execCommand'],
  // `model.change` opens a new batch of its own, apart from the typing batch: no typing group to close.
  undoStep: 'own-step',
};
