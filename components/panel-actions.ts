/**
 * What the agent can do from the panel. Components receive these as props and know nothing of messaging; the
 * panel's hook (useCoach) builds them around its store.
 */
import { browser } from 'wxt/browser';
import { sendMessage, type ApplyResult, type EditCommand } from '../lib/messaging/protocol';
import type { SiteAccess } from '../lib/panel/site-access';
import type { PanelStoreApi } from '../lib/panel/store';
import { truncate, type VisibleFinding } from '../lib/report-view/selectors';
import type { ReviewWatcher } from '../lib/progress/review';
import { ignoredFindingsItem, ignoredRulesItem, lastBreakItem, withIgnored } from '../lib/settings/items';

export interface PanelActions {
  insert(text: string): Promise<void>;
  apply(finding: VisibleFinding, replacement: string): Promise<void>;
  ignore(finding: VisibleFinding): Promise<void>;
  ignoreRule(ruleId: string): Promise<void>;
  useSelection(): Promise<void>;
  enableSite(): Promise<void>;
  takeBreak(): Promise<void>;
  openOptions(): void;
}

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

export function createPanelActions(api: PanelStoreApi, access: SiteAccess, reviews: ReviewWatcher): PanelActions {
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
        enabled
          ? `Attune is on for ${new URL(url).host}. Reload the page to start.`
          : 'Attune was not enabled for this site.',
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
}
