import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

test('the built extension loads in Chromium with its service worker and side panel page', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.host_permissions).not.toContain('<all_urls>');
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  await expect.poll(() => page.locator('h1').first().textContent()).toContain('Attune');
});
