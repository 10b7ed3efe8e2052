/**
 * The dashboard end to end in real Chromium against the real backend (in process, fresh SQLite, port 0) serving
 * the real built dashboard: sign in, write a pack whose live preview runs the real engine, publish and roll back,
 * invite an agent who then posts real progress events through the API, see them charted, all axe-core clean.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hc } from 'hono/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../dashboard/build';
import type { AppType } from '../../server/app';
import { defaultConfig } from '../../server/config';
import { openDatabase } from '../../server/db/connect';
import { screenshotPath } from '../support/screenshots';
import { createTeamWithLead } from '../../server/data/teams';
import { createLogger } from '../../server/logger';
import { startServer, type RunningServer } from '../../server/main';
import { launchPlain } from '../support/browser';

const REPO = resolve(import.meta.dirname, '../..');
const AXE_SOURCE = readFileSync(join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');
const LEAD = { email: 'lead@example.test', password: 'correct horse battery staple' };
const DAY_MS = 86_400_000;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** Runs axe-core in the page against WCAG 2.x A and AA; returns the violations in a readable form. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's strict CSP (script-src 'self') does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // axe is injected above; the page's own types do not know it.
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return (violations as AxeViolation[]).map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

describe('team-lead dashboard in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  let origin: string;

  beforeAll(async () => {
    const dashboardDir = await buildDashboard();
    dataDir = mkdtempSync(join(tmpdir(), 'attune-dashboard-spec-'));
    const database = openDatabase({ kind: 'sqlite', path: join(dataDir, 'attune.sqlite') });
    server = await startServer({
      port: 0,
      config: defaultConfig(createLogger({ level: 'warn' }), { dashboardDir }),
      database,
      shutdownGraceMs: 1_000,
    });
    await createTeamWithLead(server.deps.db, {
      teamName: 'Acme Support',
      leadName: 'Lena Lead',
      leadEmail: LEAD.email,
      leadPassword: LEAD.password,
    });
    origin = server.url;
    browser = await launchPlain();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => console.error('page error:', error));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes a lead through sign-in, a previewed pack, publish and rollback, invites, sharing, charts, tips and device revocation', async () => {
    await page.goto(origin);
    await page.getByLabel('E-mail').fill(LEAD.email);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/wrong/i);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Password').fill(LEAD.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Guidelines', level: 1 }).waitFor();

    // A new pack with one "avoid" rule; the live preview runs the real engine on the sample reply.
    await page.getByRole('button', { name: 'New pack' }).click();
    await page.getByLabel('Pack name').fill('Support voice');
    await page.getByLabel('Pack id').fill('support-voice');
    await page.getByRole('button', { name: '+ Avoid a phrase' }).click();
    await expect.poll(() => page.getByTestId('preview-paused').textContent()).toMatch(/at least one phrase/);
    await page.getByLabel('Phrases to avoid').fill('unfortunately');
    await page.getByLabel('Message to the agent').fill('Say what you can do instead.');
    await page.getByLabel('Better wording to offer (optional)').fill('Here is what I can do');
    await page.getByTestId('sample-reply').fill('Hi Maria,\n\nUnfortunately the refund failed. I will retry it today.');
    await expect
      .poll(() => page.locator('[data-testid=preview-text] mark').allTextContents())
      .toEqual(['Unfortunately']);
    const finding = await page.getByTestId('preview-findings').textContent();
    expect(finding).toContain('Say what you can do instead.');
    expect(finding).toContain('Here is what I can do');
    expect(finding).toContain('guideline/avoid-1');
    // Rewording the reply clears the finding: the preview really re-runs on every edit.
    await page
      .getByTestId('sample-reply')
      .fill('Hi Maria,\n\nThe refund failed. Here is what I can do: retry it today.');
    await page.getByTestId('preview-none').waitFor();
    await page.getByTestId('sample-reply').fill('Hi Maria,\n\nUnfortunately the refund failed. I will retry it today.');
    await page.locator('[data-testid=preview-text] mark').waitFor();

    // A field error shows beside its field: a limit that is not a number.
    await page.getByRole('button', { name: '+ Set a limit' }).click();
    await page.getByLabel('At most').fill('lots');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    const limitField = page.getByLabel('At most');
    expect(await limitField.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await limitField.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    expect(errorText).toMatch(/number/i);
    await page.getByRole('button', { name: /Remove rule limit-1/ }).click();

    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.getElementById('pack-editor-heading')?.scrollIntoView());
    await page.screenshot({ path: screenshotPath('dashboard.png'), fullPage: false });

    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByRole('heading', { name: 'Versions and publishing' }).waitFor();
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await expect.poll(() => page.getByTestId('published-version').textContent()).toBe('version 1');

    // Version 2 changes the message; publish it, then roll back to version 1.
    await page.getByLabel('Message to the agent').fill('Lead with what you can do.');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByText('Saved as version 2.').waitFor();
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await expect.poll(() => page.getByTestId('published-version').textContent()).toBe('version 2');
    await page.getByRole('button', { name: 'Roll back to the previous version' }).click();
    await expect.poll(() => page.getByTestId('published-version').textContent()).toBe('version 1');
    expect(await axeViolations(page)).toEqual([]);

    // Invite an agent from the Team screen; the agent joins with that code through the real API.
    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('button', { name: 'Create invite' }).click();
    const code = (await page.getByTestId('invite-code').textContent())?.trim() ?? '';
    expect(code.length).toBeGreaterThanOrEqual(6);
    // The invite link opens a join page for the agent, with the code carried in the URL fragment.
    const link = (await page.getByRole('link', { name: /#\/join\// }).getAttribute('href')) ?? '';
    const joinPage = await browser.newPage();
    await joinPage.goto(link);
    expect(await joinPage.getByTestId('join-code').textContent()).toBe(code);
    expect(await axeViolations(joinPage)).toEqual([]);
    await joinPage.close();

    const api = hc<AppType>(server.url);
    const joined = await api.api.join.$post({ json: { code, displayName: 'Sam Agent', deviceLabel: 'Sam’s laptop' } });
    expect(joined.status).toBe(201);
    const { token } = (await joined.json()) as { token: string };
    const agentHeaders = { headers: { authorization: `Bearer ${token}` } };

    // The agent's devices now get version 1 of the pack: the rollback reached them.
    const guidelines = await api.api.agent.guidelines.$get({}, agentHeaders);
    const published = (await guidelines.json()) as {
      packs: Array<{ id: string; version: number; rules: Array<{ message?: string }> }>;
    };
    expect(published.packs.map((p) => [p.id, p.version, p.rules[0]?.message])).toEqual([
      ['support-voice', 1, 'Say what you can do instead.'],
    ]);

    // Three days of events: acknowledgement improves, unanswered questions drop. The charts count by UTC day and a
    // day's events lie up to 30 minutes before its time: in the first hour of a day they are told as yesterday's.
    const sinceMidnight = Date.now() % DAY_MS;
    const now = sinceMidnight < 60 * 60_000 ? Date.now() - sinceMidnight - 1 : Date.now();
    const events = [0, 1, 2].flatMap((daysAgo) =>
      [0, 1, 2, 3].map((i) => ({
        id: `evt-${daysAgo}-${i}-abcdef`,
        kind: 'sent' as const,
        occurredAt: new Date(now - daysAgo * DAY_MS - i * 60_000).toISOString(),
        score: 60 + (2 - daysAgo) * 10 + i,
        checks: { acknowledgement: i < 4 - daysAgo ? ('present' as const) : ('missing' as const) },
        questions: { asked: 2, unanswered: daysAgo === 0 ? 0 : 1 },
        ruleCounts: { 'guideline/avoid-1': daysAgo + 1, 'clarity/long-sentence': 1 },
        suggestionsApplied: 1,
      })),
    );
    // Two drafts reviewed with the coach (one per day of the last two), with figures unlike the sent replies: the
    // rates, scores and findings below are about sent replies only, so these must not move them.
    const reviews = [0, 1].map((daysAgo) => ({
      id: `review-${daysAgo}-abcdef`,
      kind: 'reviewed' as const,
      occurredAt: new Date(now - daysAgo * DAY_MS - 30 * 60_000).toISOString(),
      score: 5,
      checks: { acknowledgement: 'missing' as const },
      questions: { asked: 3, unanswered: 3 },
      ruleCounts: { 'tone/blame': 40 },
      suggestionsApplied: 0,
    }));
    const posted = await api.api.agent.events.$post({ json: { events: [...events, ...reviews] } }, agentHeaders);
    expect(posted.status).toBe(200);

    await page.reload();
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await page
      .getByRole('cell', { name: 'Sam Agent' })
      .or(page.getByRole('rowheader', { name: /Sam Agent/ }))
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: /Revoke Sam’s laptop/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // An agent without an e-mail sign-in cannot become a lead: the server says why, the role stays as it was.
    await page.getByLabel('Role of Sam Agent').selectOption('lead');
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringMatching(/e-mail sign-in/));
    await expect.poll(() => page.getByLabel('Role of Sam Agent').inputValue()).toBe('agent');

    // Sharing individual figures: off by default, turned on here, which adds the per-agent table to Progress.
    const sharing = page.getByLabel('Leads can see individual agents’ figures');
    expect(await sharing.isChecked()).toBe(false);
    // The box shows the team's saved setting, so it turns on once the server has answered, not on the click itself
    // (Playwright's check() insists on an immediate change).
    await sharing.click();
    await page.getByText('On: leads see each agent’s number of replies and average score.').waitFor();
    await expect.poll(() => sharing.isChecked()).toBe(true);

    await page.getByRole('link', { name: 'Progress' }).click();
    await page.getByTestId('top-findings').waitFor();
    expect(await page.getByTestId('totals').textContent()).toMatch(
      /Replies sent\s*12\s*Drafts reviewed with the coach\s*2/,
    );
    expect(await page.getByTestId('top-findings').locator('li').first().textContent()).toMatch(
      /guideline\/avoid-1\s*24/,
    );
    // uPlot draws each chart on a canvas; the same figures are in a table for screen readers.
    expect(await page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(2);
    const rateChart = page.getByRole('img', { name: /Acknowledged/ });
    expect(await rateChart.getAttribute('aria-label')).toMatch(/Acknowledged: 50% on .*, 100% on /);
    expect(await axeViolations(page)).toEqual([]);

    expect(await page.getByRole('row', { name: /Sam Agent/ }).textContent()).toMatch(/Sam Agent\s*12\s*\d+\s*2$/);

    // Tips: write one, then remove it.
    await page.getByRole('link', { name: 'Tips' }).click();
    await page.getByLabel('Title').fill('Name the next step');
    await page.getByLabel('Tip', { exact: true }).fill('End with what happens next and when.');
    await page.getByLabel('Tags (optional)').fill('Closing, next steps');
    await page.getByRole('button', { name: 'Add tip' }).click();
    await page.getByText('End with what happens next and when.').waitFor();
    const agentTips = await api.api.agent.tips.$get({}, agentHeaders);
    expect(((await agentTips.json()) as { tips: Array<{ title: string; tags: string[] }> }).tips).toMatchObject([
      { title: 'Name the next step', tags: ['closing', 'next steps'] },
    ]);
    expect(await axeViolations(page)).toEqual([]);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Remove Name the next step' }).click();
    await page.getByText('No team tips yet.', { exact: false }).waitFor();

    // Revoking the agent's device locks it out at once.
    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('button', { name: /Revoke Sam’s laptop/ }).click();
    await page.getByText('No devices connected yet.').waitFor();
    expect((await api.api.agent.me.$get({}, agentHeaders)).status).toBe(401);

    // Revoking the invite closes it: the same code no longer lets anyone join.
    await page.getByRole('button', { name: 'Revoke invite Agent invite' }).click();
    await page.getByRole('cell', { name: 'closed' }).waitFor();
    const lateJoin = await api.api.join.$post({ json: { code, displayName: 'Late Agent' } });
    expect(lateJoin.status).toBe(404);

    // Removing a member takes them off the team list.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Remove Sam Agent' }).click();
    await expect.poll(() => page.getByRole('rowheader', { name: /Sam Agent/ }).count()).toBe(0);

    // Dark theme keeps contrast too.
    await page.getByLabel('Theme').selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Guidelines' }).click();
    await page.getByRole('button', { name: 'Edit Support voice' }).click();
    await page.locator('[data-testid=preview-text] mark').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });
});
