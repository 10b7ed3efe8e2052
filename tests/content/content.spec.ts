/**
 * The content script and background routing in real Chromium with the built extension: frames, shadow DOM,
 * single-page navigation, privacy, send detection, IME composition, the selection override, and the panel-facing
 * messages (latestSnapshot, applyInWindow, coachUpdated).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { serveHelpdeskHost, type HelpdeskHost } from '../support/helpdesk-host';
import { sendApplyEdit, storedSnapshots, waitForSnapshot } from '../editors/driver';
import { CONTENT_PAGES } from './pages';

let browser: ExtensionBrowser;
let host: HelpdeskHost;

beforeAll(async () => {
  host = await serveHelpdeskHost([], async (url) => {
    const body = CONTENT_PAGES[url.pathname];
    return body ? { body } : undefined;
  });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${host.origin()}${path}`);
  return page;
}

async function lastDraftSent(windowId: number) {
  return browser.worker.evaluate(
    async (key) => (await chrome.storage.session.get(key))[key] ?? null,
    `lastDraftSent:${windowId}`,
  );
}

/** Sends a message to the background from an extension page, in @webext-core/messaging's wire format. */
async function fromExtensionPage<T>(extensionPage: Page, type: string, data: unknown): Promise<T> {
  const reply = await extensionPage.evaluate(
    ({ type, data }) =>
      new Promise<{ res?: unknown; err?: unknown }>((resolve) =>
        chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }, resolve),
      ),
    { type, data },
  );
  if (reply?.err) throw new Error(JSON.stringify(reply.err));
  return reply.res as T;
}

describe('frames and shadow DOM', () => {
  test('a textarea in a same-origin iframe is read and written by the frame that owns the page', async () => {
    const page = await open('/frames.html');
    const field = page.frameLocator('#inner').locator('#inner-reply');
    await field.click();
    await page.keyboard.type('Sorry for the wait');
    const snapshot = await waitForSnapshot(browser, page, (s) => s.draft === 'Sorry for the wait');
    expect(snapshot.editorKind).toBe('textarea');
    const result = await sendApplyEdit(browser, snapshot, {
      op: 'replace',
      editorId: snapshot.editorId,
      span: { start: 0, end: 5 },
      expected: 'Sorry',
      text: 'Apologies',
    });
    expect(result).toMatchObject({ ok: true });
    expect(await field.inputValue()).toBe('Apologies for the wait');
    await page.close();
  });

  test('an about:blank frame written by script (CKEditor 4 / TinyMCE style) is followed too', async () => {
    const page = await open('/frames.html');
    await page.frameLocator('#blank').locator('body').click();
    await page.keyboard.type('We fixed it');
    const snapshot = await waitForSnapshot(browser, page, (s) => s.draft === 'We fixed it');
    expect(snapshot.editorKind).toBe('contenteditable');
    const result = await sendApplyEdit(browser, snapshot, {
      op: 'insert',
      editorId: snapshot.editorId,
      text: ' today',
    });
    expect(result).toMatchObject({ ok: true });
    expect(await page.frameLocator('#blank').locator('body').innerText()).toBe('We fixed it today');
    await page.close();
  });

  test('an editor inside an open shadow root is read and written', async () => {
    const page = await open('/shadow.html');
    await page.locator('#shadow-editor').click();
    await page.keyboard.type('Thanks for the details');
    const snapshot = await waitForSnapshot(browser, page, (s) => s.draft === 'Thanks for the details');
    expect(snapshot.selection).toEqual({ start: 22, end: 22 });
    const result = await sendApplyEdit(browser, snapshot, {
      op: 'replace',
      editorId: snapshot.editorId,
      span: { start: 15, end: 22 },
      expected: 'details',
      text: 'screenshots',
    });
    expect(result).toMatchObject({ ok: true });
    expect(await page.locator('#shadow-editor').innerText()).toBe('Thanks for the screenshots');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#shadow-editor').innerText()).toBe('Thanks for the details');
    await page.close();
  });

  test('an editor mounted after a pushState navigation is followed, with the new URL', async () => {
    const page = await open('/spa.html');
    await page.click('#open-ticket');
    await page.locator('#spa-reply').click();
    await page.keyboard.type('Let me check');
    const snapshot = await waitForSnapshot(browser, page, (s) => s.draft === 'Let me check');
    expect(new URL(snapshot.url).pathname).toBe('/tickets/7');
    await page.close();
  });
});

describe('privacy', () => {
  test('secret fields and opted-out editors are never read; other fields are', async () => {
    const page = await open('/private.html');
    for (const selector of ['#password', '#card', '#otp', '#opted-out', '#opted-out-rich']) {
      await page.locator(selector).click();
      await page.keyboard.type('secret 4242');
    }
    await page.waitForTimeout(800);
    expect((await storedSnapshots(browser)).filter((s) => s.url === page.url())).toEqual([]);
    await page.locator('#allowed').click();
    await page.keyboard.type('fine');
    await waitForSnapshot(browser, page, (s) => s.draft === 'fine');
    await page.close();
  });
});

describe('send detection', () => {
  test('a submitted form reports the last draft revision as sent', async () => {
    const page = await open('/send.html');
    await page.locator('#form-reply').click();
    await page.keyboard.type('All sorted now.');
    const snapshot = await waitForSnapshot(browser, page, (s) => s.draft === 'All sorted now.');
    await page.click('#submit');
    await expect
      .poll(() => lastDraftSent(snapshot.windowId))
      .toMatchObject({ editorId: snapshot.editorId, revision: snapshot.revision });
    await page.close();
  });

  test('a composer cleared by the page after Send is a send; the agent deleting their draft is not', async () => {
    const page = await open('/send.html');
    await page.locator('#chat').click();
    await page.keyboard.type('draft I delete');
    const first = await waitForSnapshot(browser, page, (s) => s.draft === 'draft I delete');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await waitForSnapshot(browser, page, (s) => s.draft === '' && s.editorId === first.editorId);
    await page.waitForTimeout(500);
    expect(await lastDraftSent(first.windowId)).not.toMatchObject({ editorId: first.editorId });
    await page.keyboard.type('Refund issued.');
    const typed = await waitForSnapshot(browser, page, (s) => s.draft === 'Refund issued.');
    await page.click('#chat-send');
    await expect
      .poll(() => lastDraftSent(typed.windowId))
      .toMatchObject({ editorId: typed.editorId, revision: typed.revision });
    await page.close();
  });

  test('the agent pausing and then deleting the whole draft is not a send', async () => {
    const page = await open('/send.html');
    for (const selector of ['#chat', '#form-reply']) {
      await page.locator(selector).click();
      await page.keyboard.type('a draft I think over');
      const typed = await waitForSnapshot(browser, page, (s) => s.draft === 'a draft I think over');
      // Longer than the window in which a change still counts as following the agent's last input event.
      await page.waitForTimeout(600);
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Delete');
      await waitForSnapshot(browser, page, (s) => s.draft === '' && s.editorId === typed.editorId);
      await page.waitForTimeout(500);
      expect(await lastDraftSent(typed.windowId), selector).not.toMatchObject({ editorId: typed.editorId });
    }
    await page.close();
  });
});

describe('edits', () => {
  test('no write lands during IME composition; it works once the composition ends', async () => {
    const page = await open('/private.html');
    await page.locator('#allowed').click();
    await page.keyboard.type('Hello ');
    const snapshot = await waitForSnapshot(browser, page, (s) => s.draft === 'Hello ');
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'にほ', selectionStart: 2, selectionEnd: 2 });
    const during = await sendApplyEdit(browser, snapshot, { op: 'insert', editorId: snapshot.editorId, text: 'X' });
    expect(during).toMatchObject({ ok: false, reason: 'composing' });
    await cdp.send('Input.insertText', { text: 'にほん' });
    await expect.poll(() => page.locator('#allowed').inputValue()).toBe('Hello にほん');
    const after = await sendApplyEdit(browser, snapshot, { op: 'insert', editorId: snapshot.editorId, text: '!' });
    expect(after).toMatchObject({ ok: true });
    expect(await page.locator('#allowed').inputValue()).toBe('Hello にほん!');
    await page.close();
  });

  test('the panel path: coachUpdated (the only message a keystroke sends the panel), latestSnapshot, applyInWindow', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.evaluate(() => {
      const seen: Array<{ type?: string; draft?: string }> = [];
      (window as unknown as { __updates: unknown[] }).__updates = seen;
      // What the background sends (content scripts' own messages reach extension pages too: they carry a tab).
      chrome.runtime.onMessage.addListener(
        (message: { type?: string; data?: { snapshot?: { draft?: string } } }, sender: { tab?: unknown }) =>
          void (sender.tab ? undefined : seen.push({ type: message?.type, draft: message?.data?.snapshot?.draft })),
      );
    });
    const page = await open('/private.html');
    await page.locator('#allowed').click();
    await page.keyboard.type('We refunded you');
    const snapshot = await waitForSnapshot(browser, page, (s) => s.draft === 'We refunded you');
    const updates = () =>
      panel.evaluate(() => (window as unknown as { __updates: Array<{ type?: string; draft?: string }> }).__updates);
    await expect.poll(async () => (await updates()).map((u) => u.draft)).toContain('We refunded you');
    expect(new Set((await updates()).map((u) => u.type))).toEqual(new Set(['coachUpdated']));
    const latest = await fromExtensionPage<{ editorId: string }>(panel, 'latestSnapshot', {
      windowId: snapshot.windowId,
    });
    expect(latest).toMatchObject({ editorId: snapshot.editorId, draft: 'We refunded you', tabId: snapshot.tabId });
    const result = await fromExtensionPage(panel, 'applyInWindow', {
      windowId: snapshot.windowId,
      command: {
        op: 'replace',
        editorId: snapshot.editorId,
        span: { start: 3, end: 11 },
        expected: 'refunded',
        text: 'have refunded',
      },
    });
    expect(result).toMatchObject({ ok: true });
    expect(await page.locator('#allowed').inputValue()).toBe('We have refunded you');
    const wrongEditor = await fromExtensionPage(panel, 'applyInWindow', {
      windowId: snapshot.windowId,
      command: { op: 'insert', editorId: 'someone-else', text: 'x' },
    });
    expect(wrongEditor).toMatchObject({ ok: false, reason: 'no-editor' });
    await page.close();
    await panel.close();
  });

  test('"Use as customer message" replaces the customer message in the next snapshot', async () => {
    const page = await open('/spa.html');
    await page.click('#open-ticket');
    await page.locator('#spa-reply').click();
    await page.keyboard.type('On it');
    const snapshot = await waitForSnapshot(browser, page, (s) => s.draft === 'On it');
    await browser.worker.evaluate(
      ({ tabId }) =>
        chrome.tabs.sendMessage(
          tabId,
          {
            id: 1,
            type: 'useSelectionAsCustomer',
            data: { text: 'My invoice is wrong and I am upset.' },
            timestamp: Date.now(),
          },
          { frameId: 0 },
        ),
      { tabId: snapshot.tabId },
    );
    const overridden = await waitForSnapshot(browser, page, (s) => s.customer?.source === 'selection');
    expect(overridden.customer?.text).toBe('My invoice is wrong and I am upset.');
    expect(overridden.revision).toBeGreaterThan(snapshot.revision);
    await page.close();
  });
});
