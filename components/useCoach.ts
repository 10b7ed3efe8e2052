/**
 * Connects the panel's store to the extension: the window it belongs to, the coach's analyses for that window
 * (pushed by the background, and fetched once on open), the agent's ignores and wellbeing settings from storage,
 * and the actions the panel offers. Side effects live here; the components only render the store.
 */
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { stressMarksItem } from '../lib/background/coach';
import { onMessage, sendMessage, type ApplyResult, type EditCommand } from '../lib/messaging/protocol';
import type { SiteAccess } from '../lib/panel/site-access';
import { createPanelStore, type PanelData, type PanelStoreApi } from '../lib/panel/store';
import { createReviewWatcher, type ReviewWatcher } from '../lib/progress/review';
import { truncate } from '../lib/panel/view';
import { ignoredFindingsItem, ignoredRulesItem, lastBreakItem, wellbeingItem, withIgnored } from '../lib/settings/items';
import type { PanelActions } from './usePanelActions';


const FAILURE_WORDS: Record<NonNullable<ApplyResult['reason']>, string> = {
  stale: 'The draft changed under that suggestion, so it was left alone. It will refresh in a moment.',
  composing: 'Finish the character you are composing, then try again.',
  'no-editor': 'The editor is no longer on the page. Click into your reply and try again.',
  'opted-out': 'This editor asked writing assistants not to change it.',
  unsafe: 'This editor could not take the text safely, so it was left as it was.',
  failed: 'The editor changed the text differently than intended and it could not be taken back: check your draft.',
};

/** Copies `text` for the agent to paste by hand; false where the clipboard is unavailable. */
async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export async function currentWindowId(): Promise<number | null> {
  const win = await browser.windows.getCurrent().catch(() => null);
  return win?.id ?? null;
}

export function useCoach(access: SiteAccess, store?: PanelStoreApi) {
  const api = useMemo(() => store ?? createPanelStore(), [store]);
  const data = useStore(api);
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
      reviews.show(coach ? { windowId: coach.windowId, editorId: coach.snapshot.editorId, revision: coach.snapshot.revision, draft: coach.snapshot.draft } : null);
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
      const siteEnabled = activeUrl?.startsWith('http') ? await access.isSiteEnabled(activeUrl).catch(() => null) : null;
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

  const actions = useMemo<PanelActions>(() => {
    const notify = (text: string, tone: 'info' | 'warning' = 'info') => api.getState().set({ notice: { text, tone } });

    async function edit(command: EditCommand, success: string): Promise<boolean> {
      const { windowId } = api.getState();
      if (windowId === null) return false;
      const result = await sendMessage('applyInWindow', { windowId, command }).catch(
        // No content script answered: the editor's page is gone or was reloaded.
        (): ApplyResult => ({ ok: false, reason: 'no-editor' }),
      );
      if (!result.ok) {
        const words = FAILURE_WORDS[result.reason ?? 'failed'];
        // A write that could not be made safely is handed to the agent instead of guessed at.
        const copied = result.reason === 'unsafe' && (await copyToClipboard(command.text));
        notify(copied ? `${words} The text is on your clipboard: paste it with Ctrl+V.` : words, 'warning');
        return false;
      }
      reviews.acted();
      notify(success);
      return true;
    }

    return {
      async insert(text) {
        const editorId = api.getState().coach?.snapshot.editorId;
        if (!editorId) return;
        await edit({ op: 'insert', editorId, text: `${text} ` }, `Inserted: “${truncate(text, 60)}”`);
      },
      async apply(finding, replacement) {
        const editorId = api.getState().coach?.snapshot.editorId;
        if (!editorId) return;
        await edit(
          { op: 'replace', editorId, span: finding.span, expected: finding.actual, text: replacement },
          `Replaced “${truncate(finding.actual, 30)}” with “${truncate(replacement, 30)}”.`,
        );
      },
      async ignore(finding) {
        await ignoredFindingsItem.setValue(withIgnored(await ignoredFindingsItem.getValue(), finding.key));
        reviews.acted();
        notify('Ignored here. It stays hidden while this sentence is unchanged.');
      },
      async ignoreRule(ruleId) {
        const rules = await ignoredRulesItem.getValue();
        if (!rules.includes(ruleId)) await ignoredRulesItem.setValue([...rules, ruleId]);
        reviews.acted();
        notify(`“${ruleId}” is now ignored everywhere. You can turn it back on in the settings.`);
      },
      async useSelection() {
        const { windowId } = api.getState();
        if (windowId === null) return;
        const result = await sendMessage('useSelectionInWindow', { windowId }).catch(() => ({ ok: false }) as const);
        notify(
          result.ok
            ? 'Using your selection as the customer message.'
            : 'Select the customer’s message on the page first, then try again.',
          result.ok ? 'info' : 'warning',
        );
      },
      async enableSite() {
        const url = api.getState().activeUrl;
        if (!url) return;
        const origin = new URL(url).origin;
        const enabled = await access.enableSite(origin).catch(() => false);
        api.getState().set({ siteEnabled: enabled });
        notify(
          enabled ? `Attune is on for ${new URL(url).host}. Reload the page to start.` : 'Attune was not enabled for this site.',
          enabled ? 'info' : 'warning',
        );
      },
      async takeBreak() {
        await lastBreakItem.setValue(Date.now());
        notify('Enjoy your break. The coach will be here when you are back.');
      },
      openOptions() {
        void browser.runtime.openOptionsPage().catch(() => {});
      },
    };
  }, [api, access, reviews]);

  return { data, actions, store: api };
}

