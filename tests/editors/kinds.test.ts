import { describe, expect, it } from 'vitest';
import { EDITOR_ADAPTERS } from '../../lib/editors/registry';
import type { EditorKind } from '../../lib/messaging/protocol';

/** Every editor kind, once: `satisfies` fails to compile when a kind is added to the protocol and not here. */
const KINDS = {
  textarea: true,
  input: true,
  contenteditable: true,
  prosemirror: true,
  tiptap: true,
  ckeditor5: true,
  tinymce: true,
  quill: true,
  lexical: true,
  slate: true,
  draftjs: true,
  trix: true,
  codemirror: true,
} as const satisfies Record<EditorKind, true>;

describe('editor kinds', () => {
  it('has exactly one adapter per kind a snapshot can name', () => {
    const kinds = EDITOR_ADAPTERS.map((adapter) => adapter.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual(Object.keys(KINDS).sort());
  });
});
