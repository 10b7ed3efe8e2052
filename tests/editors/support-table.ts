/**
 * The editor support table, produced from the browser test results: editors.spec.ts writes
 * docs/editor-support.json after a full run, and `npx tsx tests/editors/support-table.ts` prints it as markdown for
 * the README's editors section.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';

export interface SupportRow {
  fixture: string;
  kind: string;
  read: boolean;
  insert: boolean;
  replace: boolean;
  undo: boolean;
  save: boolean;
  stale: boolean;
  /** Write strategies that succeeded (first one in the adapter's chain that read back correctly). */
  strategies: string[];
}

export const SUPPORT_JSON = resolve(import.meta.dirname, '../../docs/editor-support.json');

const NAMES: Record<string, string> = {
  textarea: 'textarea',
  contenteditable: 'plain contenteditable',
  prosemirror: 'ProseMirror',
  tiptap: 'TipTap',
  ckeditor5: 'CKEditor 5',
  tinymce: 'TinyMCE (iframe)',
  'tinymce-inline': 'TinyMCE (inline)',
  quill: 'Quill',
  lexical: 'Lexical',
  slate: 'Slate',
  draftjs: 'Draft.js',
};

export function writeSupportTable(rows: SupportRow[], file = SUPPORT_JSON): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ generatedBy: 'tests/editors/editors.spec.ts', rows }, null, 2)}\n`);
}

export function supportMarkdown(rows: SupportRow[]): string {
  const tick = (ok: boolean) => (ok ? '✅' : '❌');
  const lines = [
    '| editor | read | insert | replace | undo (one Ctrl+Z) | page saves it | stale refused | write path |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${NAMES[r.fixture] ?? r.fixture} | ${tick(r.read)} | ${tick(r.insert)} | ${tick(r.replace)} | ${tick(r.undo)} | ${tick(r.save)} | ${tick(r.stale)} | ${r.strategies.join(', ') || '—'} |`,
    ),
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows } = JSON.parse(readFileSync(SUPPORT_JSON, 'utf8')) as { rows: SupportRow[] };
  console.log(supportMarkdown(rows));
}
