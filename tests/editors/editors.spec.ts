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

interface EditorCase {
  fixture: string;
  kind: string;
  /** What the agent clicks to start typing; by default the editable element in #editor. */
  click?: string;
}

const EDITABLE = '#editor:is(textarea, [contenteditable="true"]), #editor [contenteditable="true"]';

export const EDITOR_CASES: EditorCase[] = [
  { fixture: 'textarea', kind: 'textarea' },
  { fixture: 'contenteditable', kind: 'contenteditable' },
  { fixture: 'prosemirror', kind: 'prosemirror' },
  { fixture: 'tiptap', kind: 'tiptap' },
];

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
});

const TYPED = 'Thanks for waiting. The export failed';
// Longer than the undo grouping of every editor (ProseMirror 500 ms, Quill 1 s), so the applied edit is its own step.
const HISTORY_GAP_MS = 1100;

describe.each(EDITOR_CASES)('$fixture', ({ fixture, kind, click }) => {
  let page: Page;
  let snapshot: RoutedSnapshot;

  test('the right adapter is chosen and the text read equals the model text', async () => {
    page = await browser.context.newPage();
    await page.goto(`${host.origin()}/${fixture}.html`);
    await page.waitForFunction(() => window.__fixture !== undefined);
    await page.locator(click ?? EDITABLE).first().click();
    await page.keyboard.type(TYPED);
    snapshot = await waitForSnapshot(browser, page, (s) => s.draft === TYPED);
    expect(snapshot.editorKind).toBe(kind);
    expect(await modelText(page)).toBe(snapshot.draft);
    expect(snapshot.selection).toEqual({ start: TYPED.length, end: TYPED.length });
  });

  test('insert at the cursor: the model agrees, the page saves it, one Ctrl+Z removes exactly it', async () => {
    await page.waitForTimeout(HISTORY_GAP_MS);
    const result = await sendApplyEdit(browser, snapshot, { op: 'insert', editorId: snapshot.editorId, text: ', sorry' });
    expect(result).toMatchObject({ ok: true });
    const expected = `${TYPED}, sorry`;
    expect(await modelText(page)).toBe(expected);
    expect(await savedText(page)).toBe(expected);
    const after = await waitForSnapshot(browser, page, (s) => s.draft === expected);
    expect(after.selection, 'the caret follows the inserted text').toEqual({ start: expected.length, end: expected.length });
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(TYPED);
  });

  test('replace a span: the model agrees, the page saves it, one Ctrl+Z restores the original', async () => {
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
    await page.waitForTimeout(HISTORY_GAP_MS);
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(TYPED);
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
    await page.close();
  });
});
