import { afterAll, beforeAll, expect, test } from 'vitest';
import { RULES } from '../../lib/coach/rules';
import { EXTENSION_ID } from '../../lib/extension-identity';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

test('the built extension loads in Chromium with its service worker and side panel page', async () => {
  // The manifest key pins the id, so a team backend can allow this origin before the extension is loaded.
  expect(browser.extensionId).toBe(EXTENSION_ID);
  const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.host_permissions).not.toContain('<all_urls>');
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  await expect.poll(() => page.locator('h1').first().textContent()).toContain('Attune');
});

test('the lessons page shows every rule’s lesson from the data the build inlined', async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`chrome-extension://${browser.extensionId}/lessons.html`);
  await page.locator('article.lesson-entry').first().waitFor();
  for (const rule of RULES) {
    expect(await page.locator(`[id="${rule.id}"] h3`).textContent(), rule.id).toBe(rule.lesson.title);
  }
  expect(errors).toEqual([]);
});
