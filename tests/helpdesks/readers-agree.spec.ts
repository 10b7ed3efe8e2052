/**
 * The bundled thread readers in real Chromium agree with happy-dom (and the golden expectations) on every saved
 * ticket view: the DOM differences between the two (parsing, whitespace, selector engines) must not change what
 * the content script reports.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { readThread } from '../../lib/helpdesks';
import { launchPlain } from '../support/browser';
import { bundleReaders } from './bundle-readers';
import { GOLDEN, fixtureHtml } from './golden';
import { essentials, loadDocument } from './dom';

let browser: Browser;
let readers: string;

beforeAll(async () => {
  readers = await bundleReaders();
  browser = await launchPlain();
});

afterAll(async () => {
  await browser?.close();
});

describe('thread readers in Chromium', () => {
  test.each(GOLDEN)('$fixture agrees with happy-dom', async ({ fixture, url, composer, expected }) => {
    const html = fixtureHtml(fixture);
    const page = await browser.newPage();
    // Serve the saved view at its real helpdesk URL, so host-based reader choice is exercised too.
    await page.route('**/*', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await page.goto(url);
    await page.addScriptTag({ content: readers });
    const inChromium = await page.evaluate((composerSelector) => {
      // @ts-expect-error: AttuneHelpdesks is the IIFE global the bundled readers define.
      const helpdesks = globalThis.AttuneHelpdesks as typeof import('../../lib/helpdesks');
      return helpdesks.readThread(document, document.querySelector(composerSelector), new URL(location.href));
    }, composer);
    await page.close();

    const doc = loadDocument(html, url);
    const inHappyDom = readThread(doc, doc.querySelector(composer), new URL(url));
    expect(inChromium).toEqual(inHappyDom);
    expect(essentials(inChromium)).toEqual(expected);
  });
});
