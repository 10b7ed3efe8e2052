/**
 * Privacy, proven — and the whole loop — in real Chromium with the built extension and the real backend on a port.
 *
 * The agent connects with an invite in the options page; the demo helpdesk (served under acme.zendesk.com so the
 * real manifest match applies) carries a canary customer message, the agent types a canary draft, the panel
 * (opened as a tab) applies and inserts suggestions — reviewing the reply —, the reply is sent and its reviewed and
 * sent events flushed. Every request that
 * leaves the browser — pages, extension pages and the service worker — is captured on the browser context, and
 * every request the backend receives is captured too; neither canary text nor any six consecutive words of it
 * may appear in any URL, header or body. Then a lead publishes a new `avoid` rule and, within 60 s (the 30 s
 * alarm), the panel flags it; the sent replies show up in the lead's aggregates. A reply the agent only looks at
 * (the panel visible while the draft settles) is reviewed once, and sending it adds exactly one sent event.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { buildDemoHelpdesk } from '../../demo/build';
import type { DemoWindow } from '../../demo/helpdesk/main';
import { createInvite } from '../../server/data/invites';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { serveHelpdeskHost, type HelpdeskHost } from '../support/helpdesk-host';
import { createHarness, type Harness, type SeededTeam } from '../server/support/harness';

const CANARY_CUSTOMER =
  'My Zorbleflax invoices vanished from the Quimbertown dashboard after the marmalade upgrade yesterday and I am furious. ' +
  'This is the third time I have written about the Plinkovar account! Can you restore the Zorbleflax invoices today?';
const CANARY_DRAFT =
  'Hi Wendeline, unfortunately the Glimmerwick export simply failed because you should have checked the Tromboline settings first. ' +
  'We apologize for any inconvenience.';

/** Lower-case words, so "six consecutive words" is checked independent of case and punctuation. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

function sixWordWindows(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + 6 <= w.length; i++) out.push(w.slice(i, i + 6).join(' '));
  return out;
}

/** Every rendering of a captured string the canary could hide in: raw, URL-decoded, and as words. */
function haystacks(raw: string): string[] {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    // not URL-encoded
  }
  return [raw.toLowerCase(), decoded.toLowerCase(), words(decoded).join(' ')];
}

interface Captured {
  source: 'browser' | 'backend';
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

let h: Harness;
let team: SeededTeam;
let backend: ServerType;
let backendUrl: string;
let browser: ExtensionBrowser;
let host: HelpdeskHost;
let helpdesk: Page;
let panel: Page;
const captured: Captured[] = [];

const lead = (path: string, init: Parameters<Harness['request']>[1] = {}) =>
  h.request(`/api/teams/${team.teamId}${path}`, { cookie: team.leadCookie, ...init });

async function publish(pack: object): Promise<void> {
  const list = (await (await lead('/packs')).json()) as {
    packs: Array<{ id: string; key?: string; packKey?: string; latestVersion: number }>;
  };
  const existing = list.packs[0];
  const saved = existing
    ? await lead(`/packs/${existing.id}/versions`, { method: 'POST', json: { pack } })
    : await lead('/packs', { method: 'POST', json: { pack } });
  expect(saved.status, await saved.clone().text()).toBeLessThan(300);
  const body = (await saved.json()) as { id?: string; version?: number; latestVersion?: number };
  const id = existing?.id ?? body.id!;
  const version = body.version ?? body.latestVersion ?? (existing ? existing.latestVersion + 1 : 1);
  const published = await lead(`/packs/${id}/publish`, { method: 'POST', json: { version } });
  expect(published.status, await published.clone().text()).toBe(200);
}

const packV1 = {
  id: 'acme-voice',
  name: 'Acme voice',
  version: 1,
  rules: [
    { kind: 'avoid', id: 'no-unfortunately', phrases: ['unfortunately'], message: 'Say what you can do instead.' },
  ],
};

const modelText = () => helpdesk.evaluate(() => (window as unknown as DemoWindow).__fixture.getModelText());

async function typeDraft(text: string) {
  await helpdesk.bringToFront();
  await helpdesk.click('.reply-input');
  await helpdesk.keyboard.type(text);
}

const serverEventCount = async (kind: 'reviewed' | 'sent') =>
  Number(
    (
      await h.database.db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('team_id', '=', team.teamId)
        .where('kind', '=', kind)
        .executeTakeFirstOrThrow()
    ).n,
  );
const sentCount = () => serverEventCount('sent');
const reviewedCount = () => serverEventCount('reviewed');

beforeAll(async () => {
  const dist = await buildDemoHelpdesk();
  host = await serveHelpdeskHost([dist]);
  browser = await launchWithExtension();
  browser.context.on('request', (request: Request) => {
    captured.push({
      source: 'browser',
      method: request.method(),
      url: request.url(),
      headers: request.headers(),
      body: request.postData() ?? '',
    });
  });
  h = await createHarness('sqlite', { allowedOrigins: [`chrome-extension://${browser.extensionId}`] });
  team = await h.seedTeam('Acme');
  backend = await new Promise<ServerType>((ready) => {
    const s = serve(
      {
        fetch: async (request: Request | globalThis.Request) => {
          const req = request as globalThis.Request;
          const body = await req.clone().text();
          captured.push({
            source: 'backend',
            method: req.method,
            url: req.url,
            headers: Object.fromEntries(req.headers),
            body,
          });
          return h.app.fetch(req);
        },
        port: 0,
        hostname: '127.0.0.1',
      },
      () => ready(s),
    );
  });
  backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await new Promise<void>((done) => (backend ? backend.close(() => done()) : done()));
  await h?.close();
});

describe('team sync in the real browser', () => {
  test('privacy: no canary text, nor six consecutive words of it, leaves the browser in any request', async () => {
    await publish(packV1);
    const invite = await createInvite(
      h.deps,
      { teamId: team.teamId, createdBy: team.leadId, label: 'spec', maxUses: 1, expiresInDays: 1 },
      Date.now(),
    );

    // Connect from the options page with the dashboard's invite link (prefills URL and code).
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Team server (or paste the invite link)').fill(`${backendUrl}/#/join/${invite.code}`);
    expect(await options.getByLabel('Invite code').inputValue()).toBe(invite.code);
    await options.getByLabel('Your name as your lead will see it').fill('Robin');
    await options.getByRole('button', { name: 'Connect' }).click();
    await expect
      .poll(() => options.getByTestId('team-status').textContent(), { timeout: 15_000 })
      .toMatch(/Connected to Acme as Robin/);
    await expect
      .poll(() => options.getByTestId('team-details').textContent(), { timeout: 15_000 })
      .toMatch(/Acme voice v1/);

    // The canary customer message in the page's thread, then the canary draft.
    helpdesk = await browser.context.newPage();
    await helpdesk.goto(`${host.origin('acme.zendesk.com')}/index.html`);
    await helpdesk.waitForFunction(
      () => typeof (window as unknown as DemoWindow).__fixture?.getModelText === 'function',
    );
    await helpdesk.evaluate((text) => {
      const customer = [...document.querySelectorAll('.message--customer .message__body')].pop()!;
      const p = document.createElement('p');
      p.textContent = text;
      customer.replaceChildren(p);
    }, CANARY_CUSTOMER);
    panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 1100 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expect
      .poll(() => panel.getByTestId('sync-status').textContent(), { timeout: 15_000 })
      .toMatch(/Acme voice v1/);
    await typeDraft(CANARY_DRAFT);

    // The team's pack applies: "unfortunately" is flagged; the customer canary was read (Zorbleflax shows up).
    await expect
      .poll(() => panel.locator('[data-rule="guideline/no-unfortunately"]').count(), { timeout: 15_000 })
      .toBe(1);
    await expect.poll(() => panel.locator('main').textContent(), { timeout: 10_000 }).toMatch(/Zorbleflax/);

    // Apply a fix and insert a suggested sentence through the panel: acting on the coaching reviews the reply.
    await panel
      .getByRole('button', { name: /^Apply / })
      .first()
      .click();
    await expect.poll(modelText).not.toContain('We apologize for any inconvenience');
    const insert = panel.getByRole('button', { name: /^Insert / }).first();
    const inserted = (await insert.locator('.suggestion-text').textContent())!;
    await insert.click();
    await expect.poll(modelText).toContain(inserted);
    const finalDraft = await modelText();

    await expect.poll(reviewedCount, { timeout: 20_000 }).toBe(1);

    // Send: the record goes to the outbox and the worker flushes it (with the review, updated after the insert).
    await helpdesk.bringToFront();
    await helpdesk.click('#send');
    await expect.poll(sentCount, { timeout: 20_000 }).toBe(1);
    await expect
      .poll(async () =>
        (
          await h.database.db
            .selectFrom('events')
            .select('kind')
            .where('team_id', '=', team.teamId)
            .orderBy('kind')
            .execute()
        ).map((e) => e.kind),
      )
      .toEqual(['reviewed', 'sent']);
    await options.close();

    // The service worker's own fetches are in the browser capture: the events POSTs themselves are there, the
    // reviewed event's and the sent one's, so the canary scan below covers both.
    const browserSide = captured.filter((c) => c.source === 'browser');
    const eventsPosts = browserSide.filter((c) => c.method === 'POST' && c.url === `${backendUrl}/api/agent/events`);
    expect(eventsPosts.length, browserSide.map((c) => `${c.method} ${c.url}`).join('\n')).toBeGreaterThan(0);
    const postedKinds = eventsPosts.flatMap((c) =>
      (JSON.parse(c.body) as { events: Array<{ kind: string }> }).events.map((e) => e.kind),
    );
    expect(new Set(postedKinds)).toEqual(new Set(['reviewed', 'sent']));
    expect(browserSide.some((c) => c.url.startsWith(`${backendUrl}/api/agent/guidelines`))).toBe(true);

    const canaries = [CANARY_CUSTOMER, CANARY_DRAFT, finalDraft];
    const windows = new Set(canaries.flatMap(sixWordWindows));
    expect(windows.size).toBeGreaterThan(40);
    // The detector itself works: a URL-encoded or JSON-embedded draft would be caught.
    const found = (raw: string) => haystacks(raw).some((hay) => [...windows].some((w) => hay.includes(w)));
    expect(found(`https://x.test/?q=${encodeURIComponent(CANARY_DRAFT)}`)).toBe(true);
    expect(found(JSON.stringify({ text: CANARY_CUSTOMER.toUpperCase() }))).toBe(true);
    const rare = ['zorbleflax', 'quimbertown', 'plinkovar', 'wendeline', 'glimmerwick', 'tromboline'];
    for (const c of captured) {
      const fields = [c.url, ...Object.entries(c.headers).map(([k, v]) => `${k}: ${v}`), c.body];
      for (const field of fields) {
        for (const hay of haystacks(field)) {
          for (const word of rare) expect(hay, `${c.source} ${c.method} ${c.url}`).not.toContain(word);
          for (const window of windows)
            expect(hay.includes(window), `${c.source} ${c.method} ${c.url} carries “${window}”`).toBe(false);
        }
      }
    }
    expect(captured.filter((c) => c.source === 'backend').length).toBeGreaterThan(3);
  });

  test('a reply the agent looks at is reviewed once (the panel visible while the draft settles); sending it adds one sent event', async () => {
    const [reviewedBefore, sentBefore] = [await reviewedCount(), await sentCount()];
    await typeDraft(
      'Hi Wendy, I am sorry the export failed again. I have restarted it and will confirm by 3 pm UTC today.',
    );
    await expect.poll(modelText).toMatch(/3 pm UTC today\.$/);
    // The agent reads the coaching: the panel in front, no clicks.
    await panel.bringToFront();
    await expect.poll(reviewedCount, { timeout: 20_000 }).toBe(reviewedBefore + 1);

    await helpdesk.bringToFront();
    await helpdesk.click('#send');
    await expect.poll(sentCount, { timeout: 20_000 }).toBe(sentBefore + 1);
    // One of each for this reply: the panel, brought back, shows the emptied composer and reviews nothing more.
    await panel.bringToFront();
    await new Promise((settle) => setTimeout(settle, 5_000));
    expect([await reviewedCount(), await sentCount()]).toEqual([reviewedBefore + 1, sentBefore + 1]);
  });

  test('the whole loop: a lead publishes an avoid rule, the panel flags it within 60 s, sent replies reach the aggregates', async () => {
    const published = Date.now();
    await publish({
      ...packV1,
      version: 2,
      rules: [
        ...packV1.rules,
        { kind: 'avoid', id: 'no-circle-back', phrases: ['circle back'], message: 'Say when you will write again.' },
      ],
    });
    // No "sync now": the 30 s alarm brings the new version (the status line names it).
    await expect
      .poll(() => panel.getByTestId('sync-status').textContent(), { timeout: 60_000, interval: 1000 })
      .toMatch(/Acme voice v2/);
    await typeDraft('Hi Wendy, I will circle back with the result tomorrow at 10am UTC. Thanks for your patience!');
    await expect
      .poll(() => panel.locator('[data-rule="guideline/no-circle-back"]').count(), { timeout: 10_000 })
      .toBe(1);
    expect(Date.now() - published).toBeLessThan(60_000 + 10_000);

    const before = await sentCount();
    await helpdesk.bringToFront();
    await helpdesk.click('#send');
    await expect.poll(sentCount, { timeout: 20_000 }).toBe(before + 1);
    await typeDraft('Hi again, your export is ready. I am sorry it took this long.');
    await expect.poll(modelText).toMatch(/took this long/);
    await helpdesk.click('#send');
    await expect.poll(sentCount, { timeout: 20_000 }).toBe(before + 2);

    // What the dashboard reads: the team's aggregates count the sent replies and the new rule.
    const aggregates = (await (await lead('/aggregates?days=7')).json()) as {
      totals: { sent: number; events: number };
      topRules: Array<{ ruleId: string; count: number }>;
    };
    expect(aggregates.totals.sent).toBe(before + 2);
    expect(aggregates.topRules.map((r) => r.ruleId)).toContain('guideline/no-circle-back');
  });

  test('a lead revokes the device: panel and options show the reconnect state, no silent failure', async () => {
    const devices = (await (await lead('/devices')).json()) as {
      devices: Array<{ id: string; memberName: string; revoked: boolean }>;
    };
    const ours = devices.devices.filter((d) => d.memberName === 'Robin' && !d.revoked);
    expect(ours).toHaveLength(1);
    expect((await lead(`/devices/${ours[0]!.id}`, { method: 'DELETE' })).status).toBeLessThan(300);
    // Reopening the panel asks the worker to sync; the 401 turns into the reconnect state.
    await panel.reload();
    await expect
      .poll(() => panel.getByTestId('sync-status').textContent(), { timeout: 30_000 })
      .toMatch(/reconnect in Options/);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('team-reconnect').isVisible()).toBe(true);
    expect(await options.getByLabel('Team server (or paste the invite link)').inputValue()).toBe(backendUrl);
    expect(await options.getByRole('button', { name: 'Reconnect' }).isVisible()).toBe(true);
    await options.close();
  });
});
