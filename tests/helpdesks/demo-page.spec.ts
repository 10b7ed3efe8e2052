/**
 * The demo helpdesk page in real Chromium: the thread renders, the generic thread reader finds the latest customer
 * message (quoted history stripped, agent reply and internal note skipped), the TipTap and textarea editors feed
 * Send, and the two tickets switch with history.pushState.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildDemoHelpdesk } from '../../demo/build';
import { TICKETS, latestCustomerText } from '../../demo/helpdesk/tickets';
import type { DemoWindow } from '../../demo/helpdesk/main';
import { launchPlain } from '../support/browser';
import { serveHelpdeskHost, type HelpdeskHost } from '../support/helpdesk-host';
import { bundleReaders } from './bundle-readers';
import { essentialMessage, essentials } from './dom';

let browser: Browser;
let host: HelpdeskHost;
let readers: string;

beforeAll(async () => {
  const dist = await buildDemoHelpdesk();
  readers = await bundleReaders();
  host = await serveHelpdeskHost([dist]);
  browser = await launchPlain();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** Opens the demo on an unknown host (plain 127.0.0.1), where only the generic fallback applies. */
async function open(query = '', hostName = '127.0.0.1'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${host.origin(hostName)}/index.html${query}`);
  await page.waitForFunction(() => typeof (window as unknown as DemoWindow).__fixture?.getModelText === 'function');
  await page.addScriptTag({ content: readers });
  return page;
}

/** readThread run inside the page on its live DOM, with the reply editor as the composer. */
function readInPage(page: Page) {
  return page.evaluate(() => {
    const composer = document.querySelector('.reply-input');
    // @ts-expect-error: AttuneHelpdesks is the IIFE global the bundled readers define.
    return (globalThis.AttuneHelpdesks as typeof import('../../lib/helpdesks')).readThread(
      document,
      composer,
      new URL(location.href),
    );
  });
}

describe('demo helpdesk page', () => {
  test('the generic reader finds the latest customer message of the open ticket', async () => {
    const page = await open();
    const reading = await readInPage(page);
    expect(reading.customer?.confidence).toBe('sure');
    expect(essentials(reading)).toEqual({
      site: 'generic',
      customer: { text: latestCustomerText(TICKETS[0]!), name: 'Maria Keller', source: 'generic' },
    });
    expect(reading.customer?.text).not.toContain('wrote:');
    await page.close();
  });

  test('on a known helpdesk host whose selectors find nothing, the site is named and the fallback still reads', async () => {
    const page = await open('', 'acme.zendesk.com');
    expect(essentials(await readInPage(page))).toEqual({
      site: 'zendesk',
      customer: { text: latestCustomerText(TICKETS[0]!), name: 'Maria Keller', source: 'generic' },
    });
    await page.close();
  });

  test('TipTap: typed text is the model text; Send saves it, clears the editor and adds the reply to the thread', async () => {
    const page = await open();
    await page.click('.reply-input');
    await page.keyboard.type('Hi Maria, I am sorry.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Your replacement ships today.');
    expect(await page.evaluate(() => (window as unknown as DemoWindow).__fixture.editorKind)).toBe('tiptap');
    expect(await page.evaluate(() => (window as unknown as DemoWindow).__fixture.getModelText())).toBe(
      'Hi Maria, I am sorry.\nYour replacement ships today.',
    );
    expect(await page.inputValue('#reply-body')).toBe(
      '<p>Hi Maria, I am sorry.</p><p>Your replacement ships today.</p>',
    );
    await page.click('#send');
    const saved = await page.evaluate(() => (window as unknown as DemoWindow).__fixture.getSaved());
    expect(saved.map(({ ticketId, text }) => ({ ticketId, text }))).toEqual([
      { ticketId: '4812', text: 'Hi Maria, I am sorry.\nYour replacement ships today.' },
    ]);
    expect(await page.evaluate(() => (window as unknown as DemoWindow).__fixture.getModelText())).toBe('');
    expect(await page.locator('.message--agent').last().textContent()).toContain('Your replacement ships today.');
    // The agent's reply is now last in the thread; the reader still answers with the customer's message.
    expect((await readInPage(page)).customer?.text).toBe(latestCustomerText(TICKETS[0]!));
    await page.close();
  });

  test('textarea mode, and switching tickets with pushState keeps each draft', async () => {
    const page = await open('?editor=textarea');
    expect(await page.evaluate(() => (window as unknown as DemoWindow).__fixture.editorKind)).toBe('textarea');
    await page.fill('textarea.reply-input', 'Draft for Maria');
    await page.click('a[data-ticket-id="4790"]');
    expect(new URL(page.url()).searchParams.get('ticket')).toBe('4790');
    expect(new URL(page.url()).searchParams.get('editor')).toBe('textarea');
    expect(await page.evaluate(() => (window as unknown as DemoWindow).__fixture.getTicketId())).toBe('4790');
    expect(await page.evaluate(() => (window as unknown as DemoWindow).__fixture.getModelText())).toBe('');
    const reading = await readInPage(page);
    expect(essentialMessage(reading.customer)).toEqual({
      text: latestCustomerText(TICKETS[1]!),
      name: 'Tom Becker',
      source: 'generic',
    });
    await page.goBack();
    await page.waitForFunction(() => (window as unknown as DemoWindow).__fixture.getTicketId() === '4812');
    expect(await page.evaluate(() => (window as unknown as DemoWindow).__fixture.getModelText())).toBe(
      'Draft for Maria',
    );
    await page.close();
  });

  test('Send with an empty editor saves nothing', async () => {
    const page = await open();
    await page.click('#send');
    expect(await page.evaluate(() => (window as unknown as DemoWindow).__fixture.getSaved())).toEqual([]);
    expect(await page.textContent('#reply-status')).toBe('Write a reply first.');
    await page.close();
  });
});
