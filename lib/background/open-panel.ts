/**
 * Opens the coach beside the page: Chrome's side panel, Firefox's sidebar. Both only open inside a user gesture,
 * so call this synchronously from the gesture's handler (a command, a click message), with nothing awaited first.
 */
import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  open(): Promise<void>;
}

export async function openCoachPanel(tab: { id?: number; windowId?: number }): Promise<boolean> {
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  try {
    if (browser.sidePanel && tab.windowId !== undefined) {
      await browser.sidePanel.open({ windowId: tab.windowId });
      return true;
    }
    if (sidebar) {
      await sidebar.open();
      return true;
    }
  } catch (error) {
    console.error('[attune] open panel:', error);
  }
  return false;
}
