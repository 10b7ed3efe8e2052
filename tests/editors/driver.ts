/**
 * Drives the built extension from editor specs: the snapshots the background stored (storage.session), and edits
 * sent to a tab and frame in @webext-core/messaging's wire format, exactly as the router sends them.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ApplyResult, EditCommand, RoutedSnapshot } from '../../lib/messaging/protocol';
import type { ExtensionBrowser } from '../support/browser';

export async function storedSnapshots(browser: ExtensionBrowser): Promise<RoutedSnapshot[]> {
  return browser.worker.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith('latestSnapshot:'))
      .map(([, value]) => value as RoutedSnapshot);
  });
}

/** Waits for the stored snapshot of `page` that satisfies `accept`. */
export async function waitForSnapshot(
  browser: ExtensionBrowser,
  page: Page,
  accept: (snapshot: RoutedSnapshot) => boolean,
  timeout = 5000,
): Promise<RoutedSnapshot> {
  let found: RoutedSnapshot | undefined;
  await expect
    .poll(
      async () => {
        found = (await storedSnapshots(browser)).find((s) => s.url === page.url() && accept(s));
        return found !== undefined;
      },
      { timeout, interval: 50 },
    )
    .toBe(true);
  return found!;
}

export async function sendApplyEdit(
  browser: ExtensionBrowser,
  target: { tabId: number; frameId: number },
  command: EditCommand,
): Promise<ApplyResult> {
  const reply = await browser.worker.evaluate(
    ({ tabId, frameId, data }) =>
      new Promise<{ res?: ApplyResult; err?: unknown }>((resolve) =>
        chrome.tabs.sendMessage(
          tabId,
          { id: Date.now(), type: 'applyEdit', data, timestamp: Date.now() },
          { frameId },
          resolve,
        ),
      ),
    { tabId: target.tabId, frameId: target.frameId, data: command },
  );
  if (!reply?.res) throw new Error(`applyEdit failed: ${JSON.stringify(reply)}`);
  return reply.res;
}

export const modelText = (page: Page) => page.evaluate(() => window.__fixture!.getModelText());
export const savedText = (page: Page) => page.evaluate(() => window.__fixture!.getSaved());
