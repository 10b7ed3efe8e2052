/**
 * Every editor fixture (bundled from the real npm package) × one list of scenarios, in real Chromium with the built
 * extension, typing with real keyboard events and comparing the editor's MODEL text. The undo scenarios type right
 * before Apply — well inside every editor's typing-group delay (ProseMirror 500 ms, Quill 1 s, CodeMirror 500 ms) —
 * so one Ctrl+Z must undo exactly the applied edit and leave the agent's typing alone; Ctrl+Shift+Z and Ctrl+Y must
 * redo it. Results go to test-results/editor-support.json (ignored); `npm run editors:table` puts them in the docs.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { serveHelpdeskHost, type HelpdeskHost } from '../support/helpdesk-host';
import { buildEditorFixtures } from '../fixtures/editors/build';
import { modelText, savedText, sendApplyEdit, waitForSnapshot } from './driver';
import type { ApplyResult, RoutedSnapshot } from '../../lib/messaging/protocol';
import '../fixtures/editors/harness';
import { EDITOR_CASES as ALL_CASES, REDO_KEYS, writeSupportResults, type SupportRow } from './support-table';

const EDITABLE = '#editor:is(textarea, [contenteditable="true"]), #editor [contenteditable="true"]';

const ONLY = process.env.ATTUNE_EDITORS?.split(',');
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
  writeSupportResults(results, { complete: !ONLY && results.length === ALL_CASES.length });
});

type Column = 'read' | 'insert' | 'replace' | 'undoInsert' | 'undoReplace' | 'redoShiftZ' | 'redoY' | 'save' | 'stale';
const results: SupportRow[] = [];
function resultRow(fixture: string, kind: string): SupportRow {
  let row = results.find((r) => r.fixture === fixture);
  if (!row) {
    row = {
      fixture,
      kind,
      read: false,
      insert: false,
      replace: false,
      undoInsert: false,
      undoReplace: false,
      redoShiftZ: false,
      redoY: false,
      save: false,
      stale: false,
      strategies: [],
      undoGroups: [],
    };
    results.push(row);
  }
  return row;
}
const mark = (fixture: string, kind: string, column: Column, result?: ApplyResult) => {
  const row = resultRow(fixture, kind);
  row[column] = true;
  if (result?.strategy && !row.strategies.includes(result.strategy)) row.strategies.push(result.strategy);
  if (result?.undoGroup && !row.undoGroups.includes(result.undoGroup)) row.undoGroups.push(result.undoGroup);
};

const TYPED = 'Thanks for waiting. The export failed';
/** Typed immediately before each Apply, so the editor's pending typing group is still open when Attune writes. */
const MORE = ' today';

describe.each(EDITOR_CASES)('$fixture', ({ fixture, kind, click, redoKeys, redoButton }) => {
  let page: Page;
  let snapshot: RoutedSnapshot;

  async function openAndType(target: Page): Promise<RoutedSnapshot> {
    await target.goto(`${host.origin()}/${fixture}.html`);
    await target.waitForFunction(() => window.__fixture?.ready === true);
    await target
      .locator(click ?? EDITABLE)
      .first()
      .click();
    await target.keyboard.type(TYPED);
    const previous = snapshot?.editorId;
    return waitForSnapshot(browser, target, (s) => s.draft === TYPED && s.editorId !== previous);
  }

  /** One Ctrl+Z gives `before`; each redo key the editor binds (or its toolbar button) redoes to `after`; ends on `before`. */
  async function checkUndoRedo(before: string, after: string, undoColumn: Column): Promise<void> {
    await page.keyboard.press('Control+KeyZ');
    await expect.poll(() => modelText(page), { timeout: 2000 }).toBe(before);
    mark(fixture, kind, undoColumn);
    const redos: Array<{ run: () => Promise<void>; columns: Column[] }> = redoButton
      ? [{ run: () => page.locator(redoButton).click(), columns: ['redoShiftZ', 'redoY'] }]
      : (redoKeys ?? REDO_KEYS).map((key) => ({
          run: () => page.keyboard.press(key),
          columns: [key === 'Control+KeyY' ? 'redoY' : 'redoShiftZ'],
        }));
    for (const redo of redos) {
      await redo.run();
      await expect.poll(() => modelText(page), { timeout: 2000 }).toBe(after);
      if (undoColumn === 'undoInsert') for (const column of redo.columns) mark(fixture, kind, column);
      await page.keyboard.press('Control+KeyZ');
      await expect.poll(() => modelText(page), { timeout: 2000 }).toBe(before);
    }
  }

  test('the right adapter is chosen and the text read equals the model text', async () => {
    page = await browser.context.newPage();
    snapshot = await openAndType(page);
    expect(snapshot.editorKind).toBe(kind);
    expect(await modelText(page)).toBe(snapshot.draft);
    expect(snapshot.selection).toEqual({ start: TYPED.length, end: TYPED.length });
    mark(fixture, kind, 'read');
  });

  test('insert right after typing: the model agrees, one Ctrl+Z removes exactly it, both redo keys bring it back', async () => {
    await page.keyboard.type(MORE);
    const typed = TYPED + MORE;
    await expect.poll(() => modelText(page), { timeout: 2000 }).toBe(typed);
    const result = await sendApplyEdit(browser, snapshot, {
      op: 'insert',
      editorId: snapshot.editorId,
      text: ', sorry',
    });
    expect(result).toMatchObject({ ok: true });
    const expected = `${typed}, sorry`;
    // CodeMirror 5 in contenteditable mode reads the DOM back into its model on its next poll.
    await expect.poll(() => modelText(page), { timeout: 2000 }).toBe(expected);
    await expect.poll(() => savedText(page), { timeout: 2000 }).toBe(expected);
    mark(fixture, kind, 'insert', result);
    const after = await waitForSnapshot(browser, page, (s) => s.draft === expected);
    expect(after.selection, 'the caret follows the inserted text').toEqual({
      start: expected.length,
      end: expected.length,
    });
    await checkUndoRedo(typed, expected, 'undoInsert');
  });

  test('replace a span right after typing: one Ctrl+Z restores the original and keeps the typing', async () => {
    // Start from the typed text even when the previous scenario failed half-way.
    let typed = TYPED + MORE;
    if ((await modelText(page)) !== typed) {
      snapshot = await openAndType(page);
      typed = TYPED;
    }
    await page.keyboard.type('.');
    typed += '.';
    await expect.poll(() => modelText(page), { timeout: 2000 }).toBe(typed);
    const start = typed.indexOf('Thanks');
    const result = await sendApplyEdit(browser, snapshot, {
      op: 'replace',
      editorId: snapshot.editorId,
      span: { start, end: start + 'Thanks'.length },
      expected: 'Thanks',
      text: 'Thank you',
    });
    expect(result).toMatchObject({ ok: true });
    const expected = typed.replace('Thanks', 'Thank you');
    // CodeMirror 5 in contenteditable mode reads the DOM back into its model on its next poll.
    await expect.poll(() => modelText(page), { timeout: 2000 }).toBe(expected);
    await expect.poll(() => savedText(page), { timeout: 2000 }).toBe(expected);
    mark(fixture, kind, 'replace', result);
    mark(fixture, kind, 'save');
    await checkUndoRedo(typed, expected, 'undoReplace');
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
