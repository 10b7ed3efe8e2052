import type { EditorAdapter } from './types';

/**
 * The generic path for every contenteditable editor without a specific adapter (Gmail, Zammad's legacy editor,
 * Summernote, Redactor, Froala, in-house editors): execCommand goes through the browser's native editing, which
 * every editor observes as typing.
 */
export const contenteditable: EditorAdapter = {
  kind: 'contenteditable',
  matches: (root) => (root as HTMLElement).isContentEditable === true,
  strategies: ['execCommand'],
};
