/**
 * Reads every corpus page in real Chromium with the bundled readers (the code the content script ships), each page
 * served at its helpdesk URL so host-based reader choice runs too. Shared by layouts.spec.ts and the bench table.
 */
import type { Browser } from 'playwright-core';
import type { ThreadReading } from '../../lib/helpdesks';
import { bundleReaders } from './bundle-readers';
import { corpusCases, judge, type CorpusCase, type CorpusResult } from './corpus';

export interface ChromiumReading {
  testCase: CorpusCase;
  reading: ThreadReading;
  result: CorpusResult;
}

export async function readCorpusInChromium(
  browser: Browser,
  cases: CorpusCase[] = corpusCases(),
): Promise<ChromiumReading[]> {
  const readers = await bundleReaders();
  const page = await browser.newPage();
  let html = '';
  await page.route('**/*', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const out: ChromiumReading[] = [];
  try {
    for (const testCase of cases) {
      html = testCase.html;
      // Three states share a URL, and a URL with a #fragment would only scroll: leave the page first.
      await page.goto('about:blank');
      await page.goto(testCase.layout.url, { waitUntil: 'load' });
      await page.addScriptTag({ content: readers });
      const reading = await page.evaluate((composerSelector) => {
        // @ts-expect-error: AttuneHelpdesks is the IIFE global the bundled readers define.
        const helpdesks = globalThis.AttuneHelpdesks as typeof import('../../lib/helpdesks');
        const composer = composerSelector ? document.querySelector(composerSelector) : null;
        if (composerSelector && !composer) throw new Error(`composer ${composerSelector} not on the page`);
        return helpdesks.readThread(document, composer, new URL(location.href));
      }, testCase.layout.composer);
      out.push({
        testCase,
        reading,
        result: {
          layout: testCase.layout.id,
          state: testCase.state,
          verdict: judge(reading.customer, testCase.expected),
          site: reading.site,
          text: reading.customer?.text ?? null,
        },
      });
    }
  } finally {
    await page.close();
  }
  return out;
}
