/**
 * Launches the real Chromium (found by scripts/find-chromium.sh) with the built extension loaded, for *.spec.ts
 * browser tests. Run `npx wxt build` first (the test command does).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { HELPDESK_HOST_FLAGS } from './helpdesk-host';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export function chromePath(): string {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return execFileSync('bash', [resolve(import.meta.dirname, '../../scripts/find-chromium.sh')], {
    encoding: 'utf8',
  }).trim();
}

/** Flags that keep Chromium quiet on a machine with no network but loopback. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker. */
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: { extensionDir?: string; args?: string[] } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npx wxt build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'attune-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    args: [
      ...QUIET_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...HELPDESK_HOST_FLAGS,
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A plain browser without the extension, for pages tested on their own. */
export async function launchPlain() {
  return chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: [...QUIET_FLAGS, ...HELPDESK_HOST_FLAGS],
  });
}
