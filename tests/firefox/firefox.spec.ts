/**
 * Attune in real Firefox (Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core), the built Firefox
 * extension installed as a temporary add-on: it loads, Alt+Shift+A opens its sidebar (lib/background/open-panel.ts,
 * inside the shortcut's user gesture), the sidebar reads a draft typed in the demo helpdesk (served under
 * acme.zendesk.com, so the manifest's real match applies) and shows the report, the inline coach highlights the
 * findings in the page (their state carried back on the snapshot port), Apply changes the editor's model,
 * and — the agent connected to a real team backend — no canary text leaves the browser in any request.
 *
 * Every request Firefox makes goes through a capture proxy (tests/support/capture-proxy.ts): plain HTTP is read
 * whole there; HTTPS tunnels are opened only to the demo helpdesk's server, which records what it is sent; every
 * other tunnel is refused before its first byte. So the canary check covers all traffic, not a sample.
 */
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDemoHelpdesk } from '../../demo/build';
import type { DemoWindow } from '../../demo/helpdesk/main';
import { createInvite } from '../../server/data/invites';
import { startCaptureProxy, type CaptureProxy } from '../support/capture-proxy';
import { EXTENSION_ORIGIN, launchFirefoxWithExtension, type FirefoxWithExtension } from '../support/firefox';
import { serveHelpdeskHost, type HelpdeskHost } from '../support/helpdesk-host';
import { createHarness, type Harness, type SeededTeam } from '../server/support/harness';

const HELPDESK_HOST = 'acme.zendesk.com';
const CANARY_CUSTOMER =
  'My Vornaxel invoices vanished from the Quillimby dashboard after the tangerine upgrade and I am furious. ' +
  'This is the third time I have written about the Drossovar account! Can you restore the Vornaxel invoices today?';
const CANARY_DRAFT =
  'Hi Ottoline, the Brimblecot export simply failed because you should have checked the Fennimore settings first. ' +
  'We apologize for any inconvenience.';
const RARE_WORDS = ['vornaxel', 'quillimby', 'drossovar', 'ottoline', 'brimblecot', 'fennimore'];

interface Seen {
  where: string;
  text: string;
}

let proxy: CaptureProxy;
let host: HelpdeskHost;
let firefox: FirefoxWithExtension;
let h: Harness;
let team: SeededTeam;
let backend: ServerType;
let backendUrl: string;
let helpdesk: Page;
/** What the demo helpdesk's server and the team backend received, beside what the proxy saw. */
const received: Seen[] = [];

const modelText = () => helpdesk.evaluate(() => (window as unknown as DemoWindow).__fixture.getModelText());

/** Polls `read` until `accept` holds (or fails with the last value after `timeout`). */
async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > end) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

/** The sidebar page's visible state, read inside the sidebar itself. */
interface PanelView {
  text: string;
  rules: string[];
  score: string | null;
  applyLabels: string[];
}
const panelView = () =>
  firefox.inSidebar<PanelView>(`(w) => ({
    text: w.document.body.innerText,
    rules: [...w.document.querySelectorAll('[data-testid="finding"]')].map((el) => el.getAttribute('data-rule')),
    score: w.document.querySelector('[data-testid="score"]')?.textContent ?? null,
    applyLabels: [...w.document.querySelectorAll('button.apply')].map((b) => b.textContent),
  })`);

async function typeByLabel(page: Page, label: string, text: string) {
  const input = await page.evaluateHandle(
    (wanted) => [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === wanted)?.control ?? null,
    label,
  );
  const element = input.asElement();
  if (!element) throw new Error(`No field labelled "${label}"`);
  await (element as import('puppeteer-core').ElementHandle<HTMLInputElement>).type(text);
}

/** For the helpdesk server, whose own handler never reads a body (so listening for one here takes nothing from it). */
function recordRequest(where: string, req: IncomingMessage) {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () =>
    received.push({
      where,
      text: `${req.method} ${req.url}\n${JSON.stringify(req.headers)}\n${Buffer.concat(chunks).toString('utf8')}`,
    }),
  );
}

beforeAll(async () => {
  host = await serveHelpdeskHost([await buildDemoHelpdesk()]);
  host.server.prependListener('request', (req: IncomingMessage) => recordRequest('helpdesk server', req));
  proxy = await startCaptureProxy((name, port) => name === HELPDESK_HOST && port === host.port);
  // What a team sets for Firefox agents, whose origins are random per installation (docs/settings.md).
  h = await createHarness('sqlite', { allowedOrigins: ['moz-extension://*'] });
  team = await h.seedTeam('Acme');
  backend = await new Promise<ServerType>((ready) => {
    const fetch = async (request: Request) => {
      const body = await request.clone().text();
      received.push({
        where: 'team backend',
        text: `${request.method} ${request.url}\n${JSON.stringify(Object.fromEntries(request.headers))}\n${body}`,
      });
      return h.app.fetch(request);
    };
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => ready(s));
  });
  backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
  firefox = await launchFirefoxWithExtension({ proxyPort: proxy.port });
}, 180_000);

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
  await host?.close();
  await new Promise<void>((done) => (backend ? backend.close(() => done()) : done()));
  await h?.close();
});

describe('Attune in Firefox', () => {
  test('the Firefox build loads: MV3, a sidebar, least privilege, no data collection', async () => {
    expect(firefox.addonId).toBe('attune@attune.dev');
    const options = await firefox.openExtensionPage('options.html');
    const manifest = await options.evaluate(() =>
      (globalThis as unknown as { browser: typeof chrome }).browser.runtime.getManifest(),
    );
    await options.close();
    expect(manifest.manifest_version).toBe(3);
    expect((manifest as { sidebar_action?: { default_panel: string } }).sidebar_action?.default_panel).toMatch(
      /\/sidepanel\.html$/,
    );
    expect(manifest.host_permissions).not.toContain('<all_urls>');
    const gecko = (
      manifest as { browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[] } } } }
    ).browser_specific_settings?.gecko;
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });

  test('Alt+Shift+A opens the sidebar on the coach', async () => {
    // Firefox opens a newly installed add-on's sidebar by itself: close it, so the shortcut is what opens it.
    await firefox.closeSidebar();
    expect((await firefox.sidebar()).open).toBe(false);
    helpdesk = (await firefox.browser.pages())[0]!;
    await helpdesk.goto(`${host.origin(HELPDESK_HOST)}/index.html`);
    await helpdesk.waitForFunction(
      () => typeof (window as unknown as DemoWindow).__fixture?.getModelText === 'function',
    );
    await firefox.pressShortcut(['Alt', 'Shift', 'A']);
    // The sidebar's browser shows about:blank for a moment before the panel page.
    const sidebar = await until(firefox.sidebar, (s) => s.url?.startsWith('moz-extension:') ?? false, 10_000);
    expect(sidebar).toEqual({ open: true, url: `${EXTENSION_ORIGIN}/sidepanel.html` });
    await until(panelView, (v) => v.text.includes('Attune'));
  });

  test('the agent connects to the team backend from the options page', async () => {
    const invite = await createInvite(
      h.deps,
      { teamId: team.teamId, createdBy: team.leadId, label: 'firefox', maxUses: 1, expiresInDays: 1 },
      Date.now(),
    );
    const options = await firefox.openExtensionPage('options.html');
    // Typed key by key, as a person would (a pasted invite link fills both fields; typing it would not).
    await typeByLabel(options, 'Team server (or paste the invite link)', backendUrl);
    await typeByLabel(options, 'Invite code', invite.code);
    await typeByLabel(options, 'Your name as your lead will see it', 'Robin');
    await options.click('form[aria-label="Connect to your team"] button[type="submit"]');
    const teamSection = () =>
      options.evaluate(() => document.querySelector('[data-testid="team-section"]')?.textContent ?? '');
    await until(teamSection, (t) => /Connected to Acme as Robin/.test(t));
    await options.close();
  });

  test('a draft typed in the demo helpdesk: the sidebar shows the customer, the findings and the score', async () => {
    await helpdesk.bringToFront();
    await helpdesk.evaluate((text) => {
      const customer = [...document.querySelectorAll('.message--customer .message__body')].pop()!;
      const p = document.createElement('p');
      p.textContent = text;
      customer.replaceChildren(p);
    }, CANARY_CUSTOMER);
    await helpdesk.click('.reply-input');
    await helpdesk.keyboard.type(CANARY_DRAFT);
    const view = await until(panelView, (v) => v.rules.includes('boilerplate/stock-apology'));
    expect(view.text).toMatch(new RegExp(`Reading TipTap on ${HELPDESK_HOST.replace(/\./g, '\\.')}`));
    expect(view.text).toMatch(/Vornaxel/);
    expect(view.rules).toEqual(expect.arrayContaining(['tone/blame', 'boilerplate/stock-apology']));
    expect(view.score).toMatch(/\d+\/100/);
  });

  test('the inline coach highlights the findings in the page, its state carried on the snapshot port', async () => {
    // From here on, counts the inlineState messages the background page sends as one-time messages.
    const watched = await firefox.inSidebar<boolean>(`async (w) => {
      const bg = (await w.wrappedJSObject.browser.runtime.getBackgroundPage()).wrappedJSObject;
      if (bg.__inlineStateMessages === undefined) {
        const tabs = bg.browser.tabs;
        const send = tabs.sendMessage.bind(tabs);
        tabs.sendMessage = (...args) => {
          if (args[1] && args[1].type === 'inlineState') bg.__inlineStateMessages += 1;
          return send(...args);
        };
      }
      bg.__inlineStateMessages = 0;
      return true;
    }`);
    expect(watched).toBe(true);
    // A finding of its own: its highlight can only come from an analysis sent after the count started.
    await helpdesk.keyboard.type(' Simply restart the app.');
    const painted = () =>
      helpdesk.evaluate(() => {
        const out: string[] = [];
        CSS.highlights.forEach((highlight, name) => {
          if (name.startsWith('attune-')) for (const range of highlight) out.push(range.toString());
        });
        return out;
      });
    await until(
      painted,
      (words) => words.includes('We apologize for any inconvenience') && words.includes('Simply restart'),
    );
    expect(
      await firefox.inSidebar<number>(
        `async (w) => (await w.wrappedJSObject.browser.runtime.getBackgroundPage()).wrappedJSObject.__inlineStateMessages`,
      ),
    ).toBe(0);
  });

  test('Apply in the sidebar replaces the span in the editor’s model', async () => {
    const label = (await panelView()).applyLabels.find((l) => /sorry/i.test(l));
    expect(
      label,
      `an Apply button for the stock apology among ${JSON.stringify((await panelView()).applyLabels)}`,
    ).toBeDefined();
    await firefox.inSidebar(
      `(w) => [...w.document.querySelectorAll('button.apply')].find((b) => b.textContent === ${JSON.stringify(label)}).click()`,
    );
    await until(modelText, (t) => !t.includes('We apologize for any inconvenience'));
    await until(panelView, (v) => !v.rules.includes('boilerplate/stock-apology'));
  });

  test('privacy: sending the reply syncs counters only; no canary text leaves Firefox in any request', async () => {
    const finalDraft = await modelText();
    await helpdesk.click('#send');
    const sent = async () =>
      (
        await h.database.db
          .selectFrom('events')
          .select('kind')
          .where('team_id', '=', team.teamId)
          .where('kind', '=', 'sent')
          .execute()
      ).length;
    await until(sent, (n) => n === 1, 30_000);

    const proxied = proxy.requests.map((r) => ({
      where: 'proxy',
      text: `${r.method} ${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`,
    }));
    const all = [...proxied, ...received];
    // The scan is over real traffic: the sync calls went through the proxy, the helpdesk page through its tunnel.
    expect(proxy.requests.some((r) => r.method === 'POST' && r.url === `${backendUrl}/api/agent/events`)).toBe(true);
    expect(received.some((r) => r.where === 'helpdesk server')).toBe(true);
    // Nothing else could carry text: every tunnel Firefox opened went to the helpdesk server (read above).
    expect(proxy.tunnels.filter((t) => t.allowed).every((t) => t.host === HELPDESK_HOST && t.port === host.port)).toBe(
      true,
    );

    const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    const windows = new Set(
      [CANARY_CUSTOMER, CANARY_DRAFT, finalDraft].flatMap((text) => {
        const w = words(text);
        return w.slice(0, Math.max(0, w.length - 5)).map((_, i) => w.slice(i, i + 6).join(' '));
      }),
    );
    expect(windows.size).toBeGreaterThan(40);
    for (const seen of all) {
      let decoded = seen.text;
      try {
        decoded = decodeURIComponent(seen.text.replace(/\+/g, ' '));
      } catch {
        // not URL-encoded
      }
      const hay = `${seen.text.toLowerCase()}\n${words(decoded).join(' ')}`;
      for (const rare of RARE_WORDS) expect(hay, `${seen.where}: ${seen.text.slice(0, 120)}`).not.toContain(rare);
      for (const window of windows) expect(hay.includes(window), `${seen.where} carries “${window}”`).toBe(false);
    }
  });
});
