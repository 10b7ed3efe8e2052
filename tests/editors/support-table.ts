/**
 * The editor support table, produced from the browser test results. editors.spec.ts writes what it measured to
 * test-results/editor-support.json (ignored: tests never touch tracked files); `npm run editors:table` copies a
 * complete run into docs/editor-support.json and rewrites the table in docs/editors.md between its markers.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type RedoKey = 'Control+Shift+KeyZ' | 'Control+KeyY';
export const REDO_KEYS: RedoKey[] = ['Control+Shift+KeyZ', 'Control+KeyY'];

export interface EditorCase {
  fixture: string;
  /** The adapter Attune must choose. */
  kind: string;
  /** Display name in the table. */
  name: string;
  /** The npm package whose version the table names. */
  pkg: string;
  /** What the agent clicks to start typing; by default the editable element in #editor. */
  click?: string;
  /**
   * The redo keys the editor itself binds, when not both (Quill binds Ctrl+Y on Windows only, Summernote only
   * Ctrl+Y); `redoNote` says so in the table. A key the editor does not bind is not pressed: the browser's native
   * redo would then act behind the editor's back.
   */
  redoKeys?: RedoKey[];
  redoNote?: string;
  /**
   * The editor redoes from no key in Chromium on Linux, only from its toolbar (Trix waits for a `historyRedo`
   * beforeinput that Chromium does not send there): the spec clicks this button to redo instead.
   */
  redoButton?: string;
}

/** One row per fixture page in tests/fixtures/editors, in table order. */
export const EDITOR_CASES: EditorCase[] = [
  { fixture: 'textarea', kind: 'textarea', name: 'textarea', pkg: '' },
  { fixture: 'contenteditable', kind: 'contenteditable', name: 'plain contenteditable', pkg: '' },
  { fixture: 'prosemirror', kind: 'prosemirror', name: 'ProseMirror', pkg: 'prosemirror-view' },
  { fixture: 'tiptap', kind: 'tiptap', name: 'TipTap', pkg: '@tiptap/core' },
  { fixture: 'ckeditor5', kind: 'ckeditor5', name: 'CKEditor 5', pkg: 'ckeditor5', click: '.ck-editor__editable' },
  {
    fixture: 'tinymce',
    kind: 'tinymce',
    name: 'TinyMCE (iframe)',
    pkg: 'tinymce',
    click: 'iframe.tox-edit-area__iframe',
  },
  { fixture: 'tinymce-inline', kind: 'tinymce', name: 'TinyMCE (inline)', pkg: 'tinymce' },
  {
    fixture: 'quill',
    kind: 'quill',
    name: 'Quill',
    pkg: 'quill',
    click: '.ql-editor',
    redoKeys: ['Control+Shift+KeyZ'],
    redoNote: 'Quill binds Ctrl+Y on Windows only',
  },
  { fixture: 'lexical', kind: 'lexical', name: 'Lexical', pkg: 'lexical' },
  { fixture: 'slate', kind: 'slate', name: 'Slate', pkg: 'slate-react', click: '[data-slate-editor="true"]' },
  { fixture: 'draftjs', kind: 'draftjs', name: 'Draft.js', pkg: 'draft-js', click: '.public-DraftEditor-content' },
  { fixture: 'codemirror6', kind: 'codemirror', name: 'CodeMirror 6', pkg: '@codemirror/view', click: '.cm-content' },
  { fixture: 'milkdown', kind: 'prosemirror', name: 'Milkdown', pkg: '@milkdown/kit', click: '.ProseMirror' },
  {
    fixture: 'toastui-wysiwyg',
    kind: 'prosemirror',
    name: 'Toast UI Editor (WYSIWYG)',
    pkg: '@toast-ui/editor',
    click: '.toastui-editor-ww-container .ProseMirror',
    redoKeys: ['Control+Shift+KeyZ'],
    redoNote: 'Toast UI binds only Ctrl+Shift+Z',
  },
  {
    fixture: 'toastui-markdown',
    kind: 'prosemirror',
    name: 'Toast UI Editor (markdown)',
    pkg: '@toast-ui/editor',
    click: '.toastui-editor-md-container .ProseMirror',
    redoKeys: ['Control+Shift+KeyZ'],
    redoNote: 'Toast UI binds only Ctrl+Shift+Z',
  },
  {
    fixture: 'trix',
    kind: 'trix',
    name: 'Trix',
    pkg: 'trix',
    click: 'trix-editor',
    redoButton: 'button[data-trix-action="redo"]',
  },
  {
    fixture: 'ckeditor4',
    kind: 'contenteditable',
    name: 'CKEditor 4 (iframe)',
    pkg: 'ckeditor4',
    click: 'iframe.cke_wysiwyg_frame',
  },
  { fixture: 'jodit', kind: 'contenteditable', name: 'Jodit', pkg: 'jodit', click: '.jodit-wysiwyg' },
  { fixture: 'squire', kind: 'contenteditable', name: 'Squire', pkg: 'squire-rte' },
  { fixture: 'pell', kind: 'contenteditable', name: 'pell', pkg: 'pell', click: '.pell-content' },
  { fixture: 'medium-editor', kind: 'contenteditable', name: 'MediumEditor', pkg: 'medium-editor' },
  {
    fixture: 'summernote',
    kind: 'contenteditable',
    name: 'Summernote (lite)',
    pkg: 'summernote',
    click: '.note-editable',
    redoKeys: ['Control+KeyY'],
    redoNote: 'Summernote binds only Ctrl+Y',
  },
  {
    fixture: 'easymde',
    kind: 'contenteditable',
    name: 'EasyMDE (CodeMirror 5, contenteditable input)',
    pkg: 'easymde',
    click: '.CodeMirror-code',
  },
  {
    fixture: 'editorjs',
    kind: 'contenteditable',
    name: 'Editor.js',
    pkg: '@editorjs/editorjs',
    click: '.ce-paragraph',
  },
];

export interface SupportRow {
  fixture: string;
  kind: string;
  read: boolean;
  insert: boolean;
  replace: boolean;
  /** One Ctrl+Z right after an insert typed on the heels of the agent's typing gives exactly the text before. */
  undoInsert: boolean;
  undoReplace: boolean;
  redoShiftZ: boolean;
  redoY: boolean;
  save: boolean;
  stale: boolean;
  /** Write strategies that succeeded (first one in the adapter's chain that read back correctly). */
  strategies: string[];
  /** How the applied edits were kept apart from the typing before them (`ApplyResult.undoGroup`). */
  undoGroups: string[];
}

const ROOT = resolve(import.meta.dirname, '../..');
export const RESULTS_JSON = resolve(ROOT, 'test-results/editor-support.json');
export const SUPPORT_JSON = resolve(ROOT, 'docs/editor-support.json');
export const EDITORS_DOC = resolve(ROOT, 'docs/editors.md');
const BEGIN = '<!-- editor-support:begin (npm run editors:table) -->';
const END = '<!-- editor-support:end -->';

export function writeSupportResults(rows: SupportRow[], meta: { complete: boolean }, file = RESULTS_JSON): void {
  mkdirSync(dirname(file), { recursive: true });
  const ordered = EDITOR_CASES.flatMap((c) => rows.filter((r) => r.fixture === c.fixture));
  const versions = Object.fromEntries(EDITOR_CASES.filter((c) => c.pkg).map((c) => [c.pkg, packageVersion(c.pkg)]));
  const doc = { generatedBy: 'tests/editors/editors.spec.ts', complete: meta.complete, versions, rows: ordered };
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
}

function packageVersion(pkg: string): string {
  const file = resolve(ROOT, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : '?';
}

export function supportMarkdown(rows: SupportRow[], versions: Record<string, string>): string {
  const tick = (ok: boolean) => (ok ? '✅' : '❌');
  const lines = [
    '| editor | npm package | read | insert | replace | undo insert (one Ctrl+Z) | undo replace (one Ctrl+Z) | redo Ctrl+Shift+Z | redo Ctrl+Y | page saves it | stale refused | write path | own step by |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const c = EDITOR_CASES.find((e) => e.fixture === r.fixture);
      const pkg = c?.pkg ? `\`${c.pkg}\` ${versions[c.pkg] ?? ''}`.trim() : '(browser)';
      const cell = (key: RedoKey, ok: boolean) =>
        c?.redoButton
          ? `toolbar ${tick(ok)}`
          : (c?.redoKeys ?? REDO_KEYS).includes(key)
            ? tick(ok)
            : `n/a (${c?.redoNote ?? 'not bound'})`;
      const redoShiftZ = cell('Control+Shift+KeyZ', r.redoShiftZ);
      const redoY = cell('Control+KeyY', r.redoY);
      return `| ${c?.name ?? r.fixture} | ${pkg} | ${tick(r.read)} | ${tick(r.insert)} | ${tick(r.replace)} | ${tick(r.undoInsert)} | ${tick(r.undoReplace)} | ${redoShiftZ} | ${redoY} | ${tick(r.save)} | ${tick(r.stale)} | ${r.strategies.join(', ') || '—'} | ${r.undoGroups.join(', ') || '—'} |`;
    }),
  ];
  return lines.join('\n');
}

/** Copies a complete run's results into docs/ and rewrites the table in docs/editors.md. */
function updateDocs(): void {
  if (!existsSync(RESULTS_JSON)) throw new Error(`No ${RESULTS_JSON}: run the editors spec first.`);
  const results = JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as {
    complete: boolean;
    versions: Record<string, string>;
    rows: SupportRow[];
  };
  if (!results.complete)
    throw new Error('The last editors run covered only some editors (ATTUNE_EDITORS); run them all first.');
  writeFileSync(SUPPORT_JSON, `${JSON.stringify(results, null, 2)}\n`);
  const doc = readFileSync(EDITORS_DOC, 'utf8');
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`docs/editors.md lacks the markers ${BEGIN} … ${END}`);
  const table = supportMarkdown(results.rows, results.versions);
  writeFileSync(EDITORS_DOC, `${doc.slice(0, begin + BEGIN.length)}\n${table}\n${doc.slice(end)}`);
  console.log(table);
}

if (import.meta.url === `file://${process.argv[1]}`) updateDocs();
