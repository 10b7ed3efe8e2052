/**
 * Connects the panel's store to the extension: the window it belongs to, the coach's analyses for that window
 * (pushed by the background, and fetched once on open), the agent's ignores and wellbeing settings from storage,
 * and the actions the panel offers. Side effects live here; the components only render the store.
 */
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../lib/messaging/protocol';
import type { SiteAccess } from '../lib/panel/site-access';
import { createPanelStore, type PanelData, type PanelStoreApi } from '../lib/panel/store';
import { createReviewWatcher, type ReviewWatcher } from '../lib/progress/review';
import {
  ignoredFindingsItem,
  ignoredRulesItem,
  lastBreakItem,
  stressMarksItem,
  wellbeingItem,
} from '../lib/settings/items';
import { createPanelActions } from './panel-actions';

export async function currentWindowId(): Promise<number | null> {
  const win = await browser.windows.getCurrent().catch(() => null);
  return win?.id ?? null;
}

/** Watches which draft the panel shows, and whether the panel is visible, for the reply's review record. */
function useReviewWatcher(api: PanelStoreApi): ReviewWatcher {
  const reviews = useMemo<ReviewWatcher>(
    () =>
      createReviewWatcher({
        visible: document.visibilityState === 'visible',
        // No worker to receive it (it is starting): the next review of the same draft reports it again.
        onReviewed: (target, reason) => void sendMessage('draftReviewed', { ...target, reason }).catch(() => {}),
      }),
    [],
  );

  useEffect(() => {
    const show = (coach: PanelData['coach']) =>
      reviews.show(
        coach
          ? {
              windowId: coach.windowId,
              editorId: coach.snapshot.editorId,
              revision: coach.snapshot.revision,
              draft: coach.snapshot.draft,
            }
          : null,
      );
    show(api.getState().coach);
    const unsubscribe = api.subscribe((state, previous) => {
      if (state.coach !== previous.coach) show(state.coach);
    });
    const onVisibility = () => reviews.visible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onVisibility);
      reviews.dispose();
    };
  }, [api, reviews]);
  return reviews;
}

/** Fills the store: the window, the coach's analyses, the agent's ignores and wellbeing settings, the active tab. */
function useExtensionState(api: PanelStoreApi, access: SiteAccess): void {
  useEffect(() => {
    let alive = true;
    const stops: Array<() => void> = [];
    const set = api.getState().set;

    stops.push(onMessage('coachUpdated', ({ data: coach }) => api.getState().receive(coach)));
    stops.push(ignoredRulesItem.watch((rules) => set({ ignored: { ...api.getState().ignored, rules } })));
    stops.push(ignoredFindingsItem.watch((findings) => set({ ignored: { ...api.getState().ignored, findings } })));
    stops.push(wellbeingItem.watch((wellbeing) => set({ wellbeing })));
    stops.push(stressMarksItem.watch((marks) => set({ marks })));
    stops.push(lastBreakItem.watch((lastBreakAt) => set({ lastBreakAt })));

    const refreshActiveTab = async (windowId: number) => {
      const [tab] = await browser.tabs.query({ active: true, windowId }).catch(() => []);
      const activeUrl = tab?.url ?? null;
      const siteEnabled = activeUrl?.startsWith('http')
        ? await access.isSiteEnabled(activeUrl).catch(() => null)
        : null;
      if (alive) set({ activeUrl, siteEnabled: activeUrl ? siteEnabled : false });
    };

    void (async () => {
      const windowId = await currentWindowId();
      const [rules, findings, wellbeing, marks, lastBreakAt] = await Promise.all([
        ignoredRulesItem.getValue(),
        ignoredFindingsItem.getValue(),
        wellbeingItem.getValue(),
        stressMarksItem.getValue(),
        lastBreakItem.getValue(),
      ]);
      if (!alive) return;
      set({ windowId, ignored: { rules, findings }, wellbeing, marks, lastBreakAt });
      if (windowId === null) return;
      const latest = await sendMessage('latestCoach', { windowId }).catch(() => null);
      if (alive && latest) api.getState().receive(latest);
      await refreshActiveTab(windowId);
    })();

    const onActivated = (info: { windowId: number }) => {
      if (info.windowId === api.getState().windowId) void refreshActiveTab(info.windowId);
    };
    browser.tabs.onActivated?.addListener(onActivated);
    stops.push(() => browser.tabs.onActivated?.removeListener(onActivated));

    return () => {
      alive = false;
      stops.forEach((stop) => stop());
    };
  }, [api, access]);
}

export function useCoach(access: SiteAccess, store?: PanelStoreApi) {
  const api = useMemo(() => store ?? createPanelStore(), [store]);
  const data = useStore(api);
  const reviews = useReviewWatcher(api);
  useExtensionState(api, access);
  const actions = useMemo(() => createPanelActions(api, access, reviews), [api, access, reviews]);

  return { data, actions, store: api };
}
