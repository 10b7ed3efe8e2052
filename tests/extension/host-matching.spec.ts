import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { serveHelpdeskHost, type HelpdeskHost } from '../support/helpdesk-host';

let browser: ExtensionBrowser;
let host: HelpdeskHost;
beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'attune-host-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ticket</title><textarea></textarea>');
  host = await serveHelpdeskHost([root]);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

test('test pages are served under real helpdesk host names, which the manifest grants', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${host.origin('acme.zendesk.com')}/`);
  expect(await page.title()).toBe('ticket');
  const granted = await browser.worker.evaluate(
    (origin) => chrome.permissions.contains({ origins: [`${origin}/*`] }),
    host.origin('acme.zendesk.com'),
  );
  expect(granted).toBe(true);
  const notGranted = await browser.worker.evaluate(
    (origin) => chrome.permissions.contains({ origins: [`${origin}/*`] }),
    `https://example.org:${host.port}`,
  );
  expect(notGranted).toBe(false);
});
