/**
 * The ticket-layout corpus in real Chromium: every layout × state gives the customer's latest message (sure of
 * it), and Chromium agrees with happy-dom. Fails on any wrong message, and on "none" or "unsure" where the page
 * has a customer message.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { readThread } from '../../lib/helpdesks';
import { launchPlain } from '../support/browser';
import { corpusTable } from './corpus';
import { readCorpusInChromium, type ChromiumReading } from './corpus-chromium';
import { loadDocument } from './dom';

let browser: Browser;
let readings: ChromiumReading[];

beforeAll(async () => {
  browser = await launchPlain();
  readings = await readCorpusInChromium(browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('ticket-layout corpus in Chromium', () => {
  test('every page gives the customer’s latest message', () => {
    const table = corpusTable(readings.map((reading) => reading.result));
    const failures = readings.filter((reading) => reading.result.verdict !== 'correct');
    expect(
      failures.map(
        ({ result }) =>
          `${result.layout}/${result.state}: ${result.verdict} ${JSON.stringify(result.text?.slice(0, 80))}`,
      ),
      table,
    ).toEqual([]);
    expect(readings.length).toBeGreaterThanOrEqual(60);
  });

  test('Chromium and happy-dom read the same message on every page', () => {
    const differences = readings.filter(({ testCase, reading }) => {
      const doc = loadDocument(testCase.html, testCase.layout.url);
      const composer = testCase.layout.composer ? doc.querySelector(testCase.layout.composer) : null;
      return JSON.stringify(readThread(doc, composer, new URL(testCase.layout.url))) !== JSON.stringify(reading);
    });
    expect(differences.map(({ testCase }) => `${testCase.layout.id}/${testCase.state}`)).toEqual([]);
  });
});
