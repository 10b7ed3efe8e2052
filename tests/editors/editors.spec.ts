/**
 * Every editor fixture (bundled from the real npm package) × one list of scenarios, in real Chromium with the built
 * extension, typing with real keyboard events. Writes the editor support table (docs/editor-support.json) from
 * the results; `npx tsx scripts/editor-support-table.ts` turns it into the README table.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { serveHelpdeskHost, type HelpdeskHost } from '../support/helpdesk-host';
import { buildEditorFixtures } from '../fixtures/editors/build';
import { modelText, savedText, sendApplyEdit, waitForSnapshot } from './driver';
import type { RoutedSnapshot } from '../../lib/messaging/protocol';
import '../fixtures/editors/harness';
import { writeSupportTable, type SupportRow } from './support-table';

interface EditorCase {
  fixture: string;
  kind: string;
  /** What the agent clicks to start typing; by default the editable element in #editor. */
  click?: string;
}

const EDITABLE = '#editor:is(textarea, [contenteditable="true"]), #editor [contenteditable="true"]';

const ONLY = process.env.ATTUNE_EDITORS?.split(',');
const ALL_CASES: EditorCase[] = [
  { fixture: 'textarea', kind: 'textarea' },
  { fixture: 'contenteditable', kind: 'contenteditable' },
  { fixture: 'prosemirror', kind: 'prosemirror' },
  { fixture: 'tiptap', kind: 'tiptap' },
  { fixture: 'ckeditor5', kind: 'ckeditor5', click: '.ck-editor__editable' },
  { fixture: 'tinymce', kind: 'tinymce', click: 'iframe.tox-edit-area__iframe' },
  { fixture: 'tinymce-inline', kind: 'tinymce' },
  { fixture: 'quill', kind: 'quill', click: '.ql-editor' },
  { fixture: 'lexical', kind: 'lexical' },
  { fixture: 'slate', kind: 'slate', click: '[data-slate-editor="true"]' },
  { fixture: 'draftjs', kind: 'draftjs', click: '.public-DraftEditor-content' },
];

const EDITOR_CASES = ONLY ? ALL_CASES.filter((c) => ONLY.includes(c.fixture)) : ALL_CASES;

let browser: ExtensionBrowser;
let host: HelpdeskHost;

beforeAll(async () => {
  const dir = await buildEditorFixtures(EDITOR_CASES.map((c) => c.fixture));
  host = await serveHelpdeskHost([dir]);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  // The support table is regenerated only from a run over every editor.
  if (!ONLY && results.length === ALL_CASES.length) writeSupportTable(results);
});

type Column = 'read' | 'insert' | 'replace' | 'undo' | 'save' | 'stale';
const results: SupportRow[] = [];
function resultRow(fixture: string, kind: string): SupportRow {
  let row = results.find((r) => r.fixture === fixture);
  if (!row) {
    row = { fixture, kind, read: false, insert: false, replace: false, undo: false, save: false, stale: false, strategies: [] };
    results.push(row);
  }
  return row;
}
const mark = (fixture: string, kind: string, column: Column, strategy?: string) => {
  const row = resultRow(fixture, kind);
  row[column] = true;
  if (strategy && !row.strategies.includes(strategy)) row.strategies.push(strategy);
};
const undoPassed = new Map<string, number>();

const TYPED = 'Thanks for waiting. The export failed';
// Longer than the undo grouping of every editor (ProseMirror 500 ms, Quill 1 s), so the applied edit is its own step.
const HISTORY_GAP_MS = 1100;

describe.each(EDITOR_CASES)('$fixture', ({ fixture, kind, click }) => {
  let page: Page;
  let snapshot: RoutedSnapshot;

  async function openAndType(target: Page): Promise<RoutedSnapshot> {
    await target.goto(`${host.origin()}/${fixture}.html`);
    await target.waitForFunction(() => window.__fixture !== undefined);
    await target.locator(click ?? EDITABLE).first().click();
    await target.keyboard.type(TYPED);
    const previous = snapshot?.editorId;
    return waitForSnapshot(browser, target, (s) => s.draft === TYPED && s.editorId !== previous);
  }

  test('the right adapter is chosen and the text read equals the model text', async () => {
    page = await browser.context.newPage();
    snapshot = await openAndType(page);
    expect(snapshot.editorKind).toBe(kind);
    expect(await modelText(page)).toBe(snapshot.draft);
    expect(snapshot.selection).toEqual({ start: TYPED.length, end: TYPED.length });
    mark(fixture, kind, 'read');
  });

  test('insert at the cursor: the model agrees, the page saves it, one Ctrl+Z removes exactly it', async () => {
    await page.waitForTimeout(HISTORY_GAP_MS);
    const result = await sendApplyEdit(browser, snapshot, { op: 'insert', editorId: snapshot.editorId, text: ', sorry' });
    expect(result).toMatchObject({ ok: true });
    const expected = `${TYPED}, sorry`;
    expect(await modelText(page)).toBe(expected);
    expect(await savedText(page)).toBe(expected);
    mark(fixture, kind, 'insert', result.strategy);
    const after = await waitForSnapshot(browser, page, (s) => s.draft === expected);
    expect(after.selection, 'the caret follows the inserted text').toEqual({ start: expected.length, end: expected.length });
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(TYPED);
    undoPassed.set(fixture, (undoPassed.get(fixture) ?? 0) + 1);
  });

  test('replace a span: the model agrees, the page saves it, one Ctrl+Z restores the original', async () => {
    // Start from the typed text even when the previous scenario failed half-way.
    if ((await modelText(page)) !== TYPED) snapshot = await openAndType(page);
    const start = TYPED.indexOf('Thanks');
    await page.waitForTimeout(HISTORY_GAP_MS);
    const result = await sendApplyEdit(browser, snapshot, {
      op: 'replace',
      editorId: snapshot.editorId,
      span: { start, end: start + 'Thanks'.length },
      expected: 'Thanks',
      text: 'Thank you',
    });
    expect(result).toMatchObject({ ok: true });
    const expected = TYPED.replace('Thanks', 'Thank you');
    expect(await modelText(page)).toBe(expected);
    expect(await savedText(page)).toBe(expected);
    mark(fixture, kind, 'replace', result.strategy);
    mark(fixture, kind, 'save');
    await page.waitForTimeout(HISTORY_GAP_MS);
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(TYPED);
    if (undoPassed.get(fixture) === 1) mark(fixture, kind, 'undo');
  });

  test('a stale replacement is refused and changes nothing', async () => {
    const before = await modelText(page);
    const result = await sendApplyEdit(browser, snapshot, {
      op: 'replace',
      editorId: snapshot.editorId,
      span: { start: 0, end: 6 },
      expected: 'Hello ',
      text: 'Hi ',
    });
    expect(result).toMatchObject({ ok: false, reason: 'stale' });
    expect(await modelText(page)).toBe(before);
    mark(fixture, kind, 'stale');
    await page.close();
  });
});
