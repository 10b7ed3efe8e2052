import type { EditorAdapter } from './types';

/**
 * The generic path for every contenteditable editor without a specific adapter (Gmail, Zammad's legacy editor,
 * Summernote, Redactor, Froala, CKEditor 4, Squire, Jodit, in-house editors). A paste comes first: editors with an
 * undo manager of their own treat it as a non-typing edit and record an undo checkpoint before it (Squire,
 * CKEditor 4, Jodit), and an editor without a paste handler ignores an untrusted paste, so execCommand — the
 * browser's native editing, which every editor observes as typing — follows. The write waits out the typing group
 * first (`undoStep` default) for editors that group by time alone.
 */
export const contenteditable: EditorAdapter = {
  kind: 'contenteditable',
  matches: (root) => (root as HTMLElement).isContentEditable === true,
  strategies: ['paste', 'execCommand'],
};
