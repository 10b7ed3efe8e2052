/**
 * What the background tells the page for inline display (real engine, real coach with WXT's fake browser): the
 * visible findings with their fixes, the unmet checks for the chip, nothing when inline display is off for the site,
 * and a re-publish when an Ignore changes what is visible.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../lib/coach';
import { startCoach, type Coach } from '../../lib/background/coach';
import { inlineStateFor } from '../../lib/background/inline';
import { onDraftSent, onRoutedSnapshot, resetRoutingMemory, routeSnapshot } from '../../lib/background/routing';
import type { CoachState, DraftSnapshot } from '../../lib/messaging/protocol';
import { chipLabel, todoItems, type Ignored } from '../../lib/report-view/selectors';
import { ignoredFindingsItem, inlineShownAt, withInlineAt, DEFAULT_INLINE_DISPLAY } from '../../lib/settings/items';

const CUSTOMER = 'My export keeps failing and I have a board meeting tomorrow! Why does this keep happening?';
const DRAFT = 'Hi Maria, simply restart the app and it will work. We apologize for any inconvenience.';

function snapshot(draft: string, revision: number): DraftSnapshot {
  return {
    editorId: 'ed-1',
    editorKind: 'tiptap',
    site: 'zendesk',
    url: 'https://acme.zendesk.com/agent/tickets/1',
    draft,
    selection: null,
    customer: { text: CUSTOMER, name: 'Maria', source: 'site' },
    revision,
    composing: false,
    at: 1_000 + revision,
  };
}

let coach: Coach | null = null;
const published: Array<{ state: CoachState; ignored: Ignored }> = [];

beforeEach(() => {
  fakeBrowser.reset();
  resetRoutingMemory();
  published.length = 0;
  coach = startCoach({
    analyze,
    onRoutedSnapshot,
    onDraftSent,
    onState: (state, ignored) => published.push({ state, ignored }),
  });
});
afterEach(() => coach?.stop());

describe('inline state', () => {
  test('each analysis is published with the visible findings, their fixes and the unmet checks', async () => {
    await routeSnapshot(snapshot(DRAFT, 1), { tabId: 4, windowId: 2, frameId: 0 });
    await coach!.idle();
    const last = published.at(-1)!;
    const inline = inlineStateFor(last.state, last.ignored, true);
    expect(inline).toMatchObject({ editorId: 'ed-1', revision: 1, enabled: true });
    expect(inline.findings.map((f) => [f.actual, f.fixes])).toEqual([
      ['simply restart', []],
      ['We apologize for any inconvenience', ["I'm sorry for the trouble"]],
    ]);
    for (const f of inline.findings) expect(DRAFT.slice(f.span.start, f.span.end)).toBe(f.actual);
    // A customer with a question that the draft leaves open: the chip asks for it.
    expect(inline.todo).toEqual(todoItems(last.state.report.checks));
    expect(inline.todo).toContain('answer 1 question');
    expect(chipLabel(inline.findings.length, inline.todo)).toMatch(/^2 · /);
  });

  test('a phrase repeated word for word is two findings the page can tell apart', async () => {
    const repeated = 'Sorry for the inconvenience. The export works again. Sorry for the inconvenience.';
    await routeSnapshot(snapshot(repeated, 1), { tabId: 4, windowId: 2, frameId: 0 });
    await coach!.idle();
    const last = published.at(-1)!;
    const apologies = inlineStateFor(last.state, last.ignored, true).findings.filter(
      (f) => f.ruleId === 'boilerplate/stock-apology',
    );
    expect(apologies.map((f) => f.span.start)).toEqual([0, repeated.lastIndexOf('Sorry')]);
    expect(apologies[0]!.key).toBe(apologies[1]!.key);
    expect(apologies[0]!.id).not.toBe(apologies[1]!.id);
  });

  test('an Ignore re-publishes without the ignored finding; off for the site publishes nothing to show', async () => {
    await routeSnapshot(snapshot(DRAFT, 1), { tabId: 4, windowId: 2, frameId: 0 });
    await coach!.idle();
    const first = inlineStateFor(published.at(-1)!.state, published.at(-1)!.ignored, true);
    const count = published.length;
    await ignoredFindingsItem.setValue([first.findings[0]!.key]);
    await expect.poll(() => published.length).toBeGreaterThan(count);
    await coach!.idle();
    const after = inlineStateFor(published.at(-1)!.state, published.at(-1)!.ignored, true);
    expect(after.findings.map((f) => f.actual)).toEqual(['We apologize for any inconvenience']);
    const off = inlineStateFor(published.at(-1)!.state, published.at(-1)!.ignored, false);
    expect(off).toMatchObject({ enabled: false, findings: [], todo: [] });
  });
});

describe('inline display settings', () => {
  test('global switch, per-site switch, and addresses that do not parse', () => {
    const url = 'https://acme.zendesk.com/agent/tickets/1';
    expect(inlineShownAt(DEFAULT_INLINE_DISPLAY, url)).toBe(true);
    expect(inlineShownAt({ ...DEFAULT_INLINE_DISPLAY, enabled: false }, url)).toBe(false);
    const offHere = withInlineAt(DEFAULT_INLINE_DISPLAY, 'https://acme.zendesk.com', false);
    expect(inlineShownAt(offHere, url)).toBe(false);
    expect(inlineShownAt(offHere, 'https://acme.freshdesk.com/a')).toBe(true);
    expect(inlineShownAt(withInlineAt(offHere, 'https://acme.zendesk.com', true), url)).toBe(true);
    expect(inlineShownAt(DEFAULT_INLINE_DISPLAY, 'not a url')).toBe(false);
  });

  test('chip words', () => {
    expect(chipLabel(0, [])).toBe('0');
    expect(chipLabel(2, ['answer 1 question'])).toBe('2 · answer 1 question');
    expect(chipLabel(1, ['answer 2 questions', 'say what happens next'])).toBe('1 · answer 2 questions +1');
  });
});
