/**
 * The coaching panel end to end in real Chromium with the built extension: the demo helpdesk (TipTap editor,
 * generic markup) served under acme.zendesk.com so the real manifest match applies, and the panel page opened as a
 * tab at chrome-extension://ID/sidepanel.html, which follows the editor the agent last typed in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildDemoHelpdesk } from '../../demo/build';
import type { DemoWindow } from '../../demo/helpdesk/main';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { serveHelpdeskHost, type HelpdeskHost } from '../support/helpdesk-host';
import { screenshotPath } from '../support/screenshots';

const ROOT = resolve(import.meta.dirname, '../..');
const DRAFT =
  'Hi Maria, you should have checked the tracking page. Obviously, you simply need to wait. We apologize for any inconvenience.';

const PANEL_VIEWPORT = { width: 420, height: 700 };

let browser: ExtensionBrowser;
let host: HelpdeskHost;
let helpdesk: Page;
let panel: Page;

const modelText = () => helpdesk.evaluate(() => (window as unknown as DemoWindow).__fixture.getModelText());

async function openHelpdesk(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${host.origin('acme.zendesk.com')}/index.html`);
  await page.waitForFunction(() => typeof (window as unknown as DemoWindow).__fixture?.getModelText === 'function');
  return page;
}

async function openPanel(): Promise<Page> {
  const page = await browser.context.newPage();
  // The side panel's size on a small laptop: the first screen must be enough at this size.
  await page.setViewportSize(PANEL_VIEWPORT);
  await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  await page.getByRole('heading', { name: 'Attune', level: 1 }).waitFor();
  return page;
}

async function typeDraft(text: string) {
  await helpdesk.bringToFront();
  await helpdesk.click('.reply-input');
  await helpdesk.keyboard.type(text);
}

/** Opens a fold below the first screen, as the agent would: its summary, clicked (it stays open across updates). */
async function openFold(id: string) {
  const fold = panel.getByTestId(`fold-${id}`);
  if (!(await fold.evaluate((el) => (el as HTMLDetailsElement).open))) await fold.locator(':scope > summary').click();
  await expect.poll(() => fold.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
}

/** Where an element is, relative to the panel's first screen (no scrolling). */
function onFirstScreen(locator: ReturnType<Page['locator']>) {
  return locator.evaluate((el, height) => {
    const box = el.getBoundingClientRect();
    return window.scrollY === 0 && box.height > 0 && box.top >= 0 && box.bottom <= height;
  }, PANEL_VIEWPORT.height);
}

async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // @ts-expect-error: axe is the global the injected axe.min.js defines.
    const result = await (globalThis.axe as typeof import('axe-core')).run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function clearDraft() {
  await helpdesk.bringToFront();
  await helpdesk.click('.reply-input');
  await helpdesk.keyboard.press('Control+A');
  await helpdesk.keyboard.press('Backspace');
  await expect.poll(modelText).toBe('');
}

beforeAll(async () => {
  const dist = await buildDemoHelpdesk();
  host = await serveHelpdeskHost([dist]);
  browser = await launchWithExtension();
  helpdesk = await openHelpdesk();
  panel = await openPanel();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('the coaching panel follows the editor last typed in', () => {
  test('before any typing the panel waits calmly', async () => {
    await expect.poll(() => panel.getByTestId('state-waiting').isVisible()).toBe(true);
  });

  test('typing a draft shows the customer, the checklist and the findings; the badge counts them', async () => {
    await typeDraft(DRAFT);
    await expect.poll(() => panel.getByTestId('emotion').textContent(), { timeout: 10_000 }).toMatch(/frustrated/);
    await expect.poll(() => panel.getByTestId('source').textContent()).toMatch(/TipTap on acme\.zendesk\.com/);
    // In the folded checklist: read from the DOM, which holds it while folded.
    const questions = panel.locator('[aria-label="Their questions"] > li');
    await expect
      .poll(() => questions.allTextContents())
      .toEqual([
        expect.stringContaining('Where is my order A-20931?'),
        expect.stringContaining('can I get a refund of the shipping fee'),
      ]);
    // The whole draft has been analysed once the stock apology at its end is found.
    await expect.poll(() => panel.locator('[data-rule="boilerplate/stock-apology"]').count()).toBe(1);
    expect(await questions.evaluateAll((els) => els.map((el) => el.getAttribute('data-answered')))).toEqual([
      'false',
      'false',
    ]);
    const rules = await panel
      .getByTestId('finding')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
    expect(rules).toEqual(expect.arrayContaining(['tone/condescension', 'tone/blame', 'boilerplate/stock-apology']));
    expect(await panel.getByTestId('escalation').textContent()).toMatch(/contacted us about this before/);
    expect(await panel.getByTestId('score').textContent()).toMatch(/\d+\/100/);

    const tabId = await browser.worker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
      helpdesk.url(),
    );
    await expect
      .poll(() => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId!))
      .toBe(String(rules.length));
  });

  test('at 420 × 700 the first screen holds the customer and their feeling, up to three fixes and the score; the rest is folded', async () => {
    await panel.bringToFront();
    await panel.evaluate(() => window.scrollTo(0, 0));
    expect(await onFirstScreen(panel.getByTestId('emotion'))).toBe(true);
    expect(await panel.getByTestId('emotion').textContent()).toMatch(/^Maria\b.* seems .*frustrated/);
    expect(await onFirstScreen(panel.getByRole('meter', { name: /Intensity of feeling/ }))).toBe(true);
    const actions = panel.getByTestId('next-action');
    const count = await actions.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(3);
    for (let i = 0; i < count; i++) {
      const fix = actions.nth(i).getByRole('button');
      expect(await fix.count()).toBe(1);
      expect(await fix.isEnabled()).toBe(true);
      expect(await onFirstScreen(fix), `fix ${i + 1}: ${await fix.textContent()}`).toBe(true);
    }
    expect(await onFirstScreen(panel.getByTestId('score'))).toBe(true);

    // Everything else: closed folds, whose contents are not shown.
    const folds = panel.locator('details.fold');
    const state = await folds.evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-testid'), (el as HTMLDetailsElement).open]),
    );
    // The tip of the day, when there is one, folds last.
    expect(state.slice(0, 5)).toEqual(
      ['customer', 'checklist', 'suggestions', 'findings', 'score'].map((id) => [`fold-${id}`, false]),
    );
    expect(state.slice(5)).toEqual(state.length > 5 ? [['fold-tip', false]] : []);
    expect(await panel.getByTestId('finding').first().isVisible()).toBe(false);
    expect(await panel.getByTestId('checklist').isVisible()).toBe(false);
    // The README's pictures: this first screen, in light and dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      await panel.screenshot({ path: screenshotPath(`panel-${colorScheme}.png`) });
    }
    await panel.emulateMedia({ colorScheme: null });
  });

  test('"Apply" replaces the span in the editor’s model', async () => {
    await panel.getByRole('button', { name: "Apply “I'm sorry for the trouble”" }).click();
    await expect.poll(modelText).toContain("I'm sorry for the trouble");
    expect(await modelText()).not.toContain('We apologize for any inconvenience');
    await expect
      .poll(() => panel.locator('[data-rule="boilerplate/stock-apology"]').count(), { timeout: 5000 })
      .toBe(0);
  });

  test('"Insert" puts an acknowledgement into the editor’s model', async () => {
    const insert = panel.getByRole('button', { name: /^Insert / }).first();
    const inserted = (await insert.locator('.suggestion-text').textContent())!;
    await insert.click();
    await expect.poll(modelText).toContain(inserted);
    await expect.poll(() => panel.getByTestId('notice').textContent()).toMatch(/^Inserted/);
    // The checklist ticks live: the inserted sentence acknowledges the customer.
    await expect.poll(() => panel.locator('[data-check="acknowledgement"]').getAttribute('data-done')).toBe('true');
  });

  test('"Ignore" hides a finding, and it stays hidden while the agent keeps typing', async () => {
    await openFold('findings');
    const finding = panel.locator('[data-rule="tone/blame"]');
    await finding.getByRole('button', { name: 'Ignore', exact: true }).click();
    await expect.poll(() => finding.count()).toBe(0);
    await typeDraft(' Thanks.');
    await expect.poll(modelText).toMatch(/Thanks\.$/);
    const shownLength = () => panel.locator('main').getAttribute('data-draft-length');
    // A fresh analysis of the whole text has arrived, and the ignored finding is still hidden.
    await expect.poll(async () => Number(await shownLength())).toBe((await modelText()).length);
    expect(await panel.locator('[data-rule="tone/condescension"]').count()).toBeGreaterThan(0);
    expect(await finding.count()).toBe(0);
  });

  test('axe-core finds no accessibility violations, in light and dark, folded and unfolded', async () => {
    // Extension pages forbid inline scripts (CSP), so axe is evaluated through the DevTools protocol instead.
    await panel.evaluate(readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const setFolds = (open: boolean) =>
      panel
        .locator('details')
        .evaluateAll((els, value) => els.forEach((el) => ((el as HTMLDetailsElement).open = value)), open);
    for (const open of [false, true]) {
      await setFolds(open);
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme });
        expect(await axeViolations(panel), `${colorScheme}, folds ${open ? 'open' : 'closed'}`).toEqual([]);
      }
    }
    await setFolds(false);
  });

  test('keyboard only: Tab reaches a next action’s fix and Enter applies it; Enter opens a fold and the arrows enter it', async () => {
    await clearDraft();
    await typeDraft('Hi Maria, thanks for writing.');
    await expect.poll(() => panel.getByTestId('emotion').textContent()).toMatch(/frustrated/);
    await expect.poll(() => panel.getByTestId('next-action').count()).toBeGreaterThan(0);
    await panel.bringToFront();
    await panel.locator('body').focus();
    const focused = () =>
      panel.evaluate(() => ({
        text: document.activeElement?.textContent ?? '',
        inActions: Boolean(document.activeElement?.closest('[data-testid="next-action"]')),
        summaryOf: document.activeElement?.closest('summary')?.parentElement?.getAttribute('data-testid') ?? null,
      }));
    let now = await focused();
    for (let i = 0; i < 10 && !now.inActions; i++) {
      await panel.keyboard.press('Tab');
      now = await focused();
    }
    expect(now.inActions, `focus ended on: ${now.text}`).toBe(true);
    const inserted = now.text.replace(/^Insert /, '');
    const before = await modelText();
    expect(before).not.toContain(inserted);
    await panel.keyboard.press('Enter');
    await expect.poll(modelText).toContain(inserted);

    // The folded sentences: arrows to their summary, Enter opens it, the next arrow lands on its first "Insert".
    await panel.bringToFront();
    for (let i = 0; i < 30 && now.summaryOf !== 'fold-suggestions'; i++) {
      await panel.keyboard.press('ArrowDown');
      now = await focused();
    }
    expect(now.summaryOf, `focus ended on: ${now.text}`).toBe('fold-suggestions');
    await panel.keyboard.press('Enter');
    await expect
      .poll(() => panel.getByTestId('fold-suggestions').evaluate((el) => (el as HTMLDetailsElement).open))
      .toBe(true);
    await panel.keyboard.press('ArrowDown');
    now = await focused();
    expect(now.text).toMatch(/^Insert /);
    const chosen = now.text.replace(/^Insert /, '');
    await panel.keyboard.press('Enter');
    await expect.poll(modelText).toContain(chosen);
  });
});

const storedRecordCount = () =>
  browser.worker.evaluate(
    async () =>
      ((await chrome.storage.local.get('progress.records'))['progress.records'] as unknown[] | undefined)?.length ?? 0,
  );

describe('after the reply is sent', () => {
  test('Send turns the reply into a progress record of counters only', async () => {
    await helpdesk.bringToFront();
    const draft = await modelText();
    const before = await storedRecordCount();
    await helpdesk.click('#send');
    await expect.poll(storedRecordCount, { timeout: 10_000 }).toBe(before + 1);
    const stored = JSON.stringify(await browser.worker.evaluate(() => chrome.storage.local.get(null)));
    for (const word of draft.split(/\W+/).filter((w) => w.length > 4)) expect(stored).not.toContain(word);
    expect(stored).not.toContain('A-20931');
  });

  test('the options page shows the progress and is axe clean', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const count = await storedRecordCount();
    await expect.poll(() => options.getByTestId('progress-stats').textContent()).toContain(`Replies${count}`);
    await options.evaluate(readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await options.evaluate(async () => {
      // @ts-expect-error: axe is the global the injected axe.min.js defines.
      const result = await (globalThis.axe as typeof import('axe-core')).run(document);
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await options.close();
  });
});
