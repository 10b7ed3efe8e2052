/**
 * Opens the coach beside the helpdesk, in whichever browser this is: Chrome's side panel (`sidePanel.open`) or
 * Firefox's sidebar (`sidebarAction.open`). Both browsers allow it only inside a user gesture (a toolbar click, a
 * keyboard command, a context-menu click, a click in an extension page), so callers must call this synchronously
 * from their handler — nothing awaited first — and keep the promise only to report a failure.
 */
import { browser } from 'wxt/browser';

/** The part of a tab that says where to open: a `tabs.Tab`, or just a window. */
export interface PanelTarget {
  id?: number;
  windowId?: number;
}

/** Firefox's sidebar API; `@wxt-dev/browser` types only Chrome's namespaces. */
interface SidebarAction {
  open(): Promise<void>;
  close(): Promise<void>;
  toggle?(): Promise<void>;
  isOpen(details: { windowId?: number }): Promise<boolean>;
}

/** Firefox (and forks): the sidebar API exists. Chrome has none, so this is the browser test, not a user-agent sniff. */
export function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

export class PanelUnavailableError extends Error {
  constructor(reason: string) {
    super(`The Attune coach cannot be opened here: ${reason}`);
    this.name = 'PanelUnavailableError';
  }
}

/**
 * Opens the coach for `tab`. Firefox's sidebar is per window and `open()` takes the current one (the window of the
 * gesture); Chrome's side panel needs a window or a tab id.
 */
export function openCoachPanel(tab: PanelTarget): Promise<void> {
  const sidebar = sidebarAction();
  if (sidebar) return sidebar.open();
  const sidePanel = browser.sidePanel;
  if (!sidePanel?.open) return Promise.reject(new PanelUnavailableError('this browser has no side panel or sidebar'));
  if (tab.windowId !== undefined) return sidePanel.open({ windowId: tab.windowId });
  if (tab.id !== undefined) return sidePanel.open({ tabId: tab.id });
  return Promise.reject(new PanelUnavailableError('no window or tab to open it in'));
}

/**
 * The toolbar button. Chrome opens its side panel by itself once told to (`openPanelOnActionClick`, which also
 * closes it on a second click); Firefox gets no such setting, so its click toggles the sidebar here.
 */
export function openPanelOnToolbarClick(): void {
  const sidebar = sidebarAction();
  if (!sidebar) {
    browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    return;
  }
  browser.action.onClicked.addListener(() => {
    // Within the click's gesture: toggle() (Firefox 73+) closes an open sidebar, as Chrome's button does.
    void (sidebar.toggle ? sidebar.toggle() : sidebar.open()).catch((error: unknown) =>
      console.error('[attune] open sidebar:', error),
    );
  });
}
