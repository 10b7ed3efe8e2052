/**
 * Inline coaching, the background's side: after every analysis, tell the frame that holds the editor which findings
 * to show in the page (or that inline display is off there), and carry out what the agent does on the page's card
 * and chip — Ignore (stored like the panel's), a counted Apply, opening the panel.
 */
import { browser } from 'wxt/browser';
import type { CoachState, InlineFinding, InlineState } from '../messaging/protocol';
import { onMessage, sendMessage } from '../messaging/protocol';
import { todoItems, visibleFindings, type Ignored } from '../report-view/selectors';
import {
  DEFAULT_INLINE_DISPLAY,
  ignoredFindingsItem,
  inlineDisplayItem,
  inlineShownAt,
  withIgnored,
} from '../settings/items';
import { appliedCountsItem } from './coach';
import { openCoachPanel } from './open-panel';
import { snapshotPortOf } from './routing';

/** The inline coach's script (entrypoints/inline.ts), injected into a frame the first time it has findings to show. */
export const INLINE_SCRIPT_FILE = '/inline.js';

/** Fixes shown on a card: the page has room for a few buttons, the panel shows them all. */
const MAX_FIXES = 3;

/** Pure: what the page should show for one analysis. */
export function inlineStateFor(state: CoachState, ignored: Ignored, shown: boolean): InlineState {
  const { snapshot, report } = state;
  const findings: InlineFinding[] = shown
    ? visibleFindings(report.findings, snapshot.draft, ignored).map((f) => ({
        key: f.key,
        id: f.id,
        ruleId: f.ruleId,
        severity: f.severity,
        reason: f.reason,
        why: f.why,
        span: f.span,
        actual: f.actual,
        fixes: f.expected.slice(0, MAX_FIXES),
      }))
    : [];
  return {
    editorId: snapshot.editorId,
    revision: snapshot.revision,
    enabled: shown,
    findings,
    todo: shown && report.customer ? todoItems(report.checks) : [],
  };
}

export interface InlinePublisher {
  /** Called by the coach with every new or recounted analysis. */
  publish(state: CoachState, ignored: Ignored): void;
  stop(): void;
}

export function startInline(): InlinePublisher {
  let settings = DEFAULT_INLINE_DISPLAY;
  const latest = new Map<number, { state: CoachState; ignored: Ignored }>();
  const loaded = inlineDisplayItem.getValue().then((value) => {
    settings = value;
  });

  const send = (state: CoachState, ignored: Ignored) => {
    const { tabId, frameId } = state.snapshot;
    const data = inlineStateFor(state, ignored, inlineShownAt(settings, state.snapshot.url));
    // On the frame's snapshot port when it is open: a one-time message opens a channel and a reply in the page
    // each time. The port delivers in order with the snapshots; the page drops an analysis of a text it no longer
    // keeps (lib/inline/coach.ts receive) whichever way it came.
    const port = snapshotPortOf(tabId, frameId);
    if (port)
      try {
        port.postMessage(data);
        return;
      } catch {
        // Closed before its onDisconnect reached the router: the one-time message below.
      }
    // A closed tab or a frame that navigated has no receiver: nothing to show there any more.
    void sendMessage('inlineState', data, { tabId, frameId }).catch(() => {});
  };

  const stops = [
    inlineDisplayItem.watch((next) => {
      settings = next ?? DEFAULT_INLINE_DISPLAY;
      for (const { state, ignored } of latest.values()) send(state, ignored);
    }),
    onMessage('ignoreFinding', async ({ data }) => {
      await ignoredFindingsItem.setValue(withIgnored(await ignoredFindingsItem.getValue(), data.key));
    }),
    onMessage('inlineApplied', async ({ data }) => {
      const counts = await appliedCountsItem.getValue();
      await appliedCountsItem.setValue({ ...counts, [data.editorId]: (counts[data.editorId] ?? 0) + 1 });
    }),
    onMessage('loadInline', async ({ sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false };
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: [INLINE_SCRIPT_FILE],
      });
      return { ok: true };
    }),
    // Called synchronously from the chip's click message: the panel may open only inside that gesture.
    onMessage('openPanel', ({ sender }) =>
      openCoachPanel(sender.tab ?? {}).then(
        () => ({ ok: true }),
        () => ({ ok: false }),
      ),
    ),
  ];

  return {
    publish(state, ignored) {
      latest.set(state.windowId, { state, ignored });
      // After the settings load: the fallback (on everywhere) would flash highlights on a site the agent turned off.
      void loaded.then(() => send(state, ignored));
    },
    stop: () => stops.forEach((stop) => stop()),
  };
}
