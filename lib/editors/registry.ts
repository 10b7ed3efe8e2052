/**
 * Every editor adapter, most specific first: the first whose fingerprint matches the editing root wins, and plain
 * contenteditable catches every other rich editor.
 */
import type { EditorAdapter } from './types';
import { textarea } from './textarea';
import { input } from './input';
import { ckeditor5 } from './ckeditor5';
import { tinymce } from './tinymce';
import { quill } from './quill';
import { lexical } from './lexical';
import { slate } from './slate';
import { draftjs } from './draftjs';
import { tiptap } from './tiptap';
import { prosemirror } from './prosemirror';
import { codemirror } from './codemirror';
import { trix } from './trix';
import { contenteditable } from './contenteditable';

export const EDITOR_ADAPTERS: readonly EditorAdapter[] = [
  textarea,
  input,
  ckeditor5,
  tinymce,
  quill,
  lexical,
  slate,
  draftjs,
  tiptap,
  prosemirror,
  codemirror,
  trix,
  contenteditable,
];

export function adapterFor(root: Element): EditorAdapter | undefined {
  return EDITOR_ADAPTERS.find((adapter) => adapter.matches(root));
}
