/**
 * Launches Debian's Firefox ESR (found by scripts/find-firefox.sh) over WebDriver BiDi with puppeteer-core and
 * installs the built Firefox extension as a temporary add-on, for tests/firefox. Run `npx wxt build -b firefox` first
 * (the test command does).
 *
 * Two things a web page cannot do, the tests need to: see the browser window (the sidebar lives there) and press a
 * keyboard shortcut the way a person does (BiDi's key actions go to the page, never to the browser's shortcuts).
 * Firefox allows both to a test that starts it with --remote-allow-system-access: scripts then run in the browser
 * window's own ("chrome") scope, where a TextInputProcessor makes trusted key events that reach the extension's
 * command exactly as a keyboard would.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ADDON_ID } from '../../lib/extension-identity';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');

/** Fixed moz-extension UUID (Firefox picks a random one per profile otherwise), so tests know the panel's URL. */
export const EXTENSION_UUID = '3b0c6a2e-8f4d-4e1a-9b57-2d6c1f0e7a94';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export function firefoxPath(): string {
  if (process.env.FIREFOX_PATH && existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
  return execFileSync('bash', [resolve(import.meta.dirname, '../../scripts/find-firefox.sh')], {
    encoding: 'utf8',
  }).trim();
}

/** Prefs that keep Firefox from reaching the network by itself, and (optionally) send every request to a proxy. */
function prefs(proxyPort?: number): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: EXTENSION_UUID }),
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'browser.region.network.url': '',
    'services.settings.server': 'http://127.0.0.1:9/remote-settings',
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'app.normandy.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    ...(proxyPort === undefined
      ? { 'network.dns.forceResolve': '127.0.0.1' }
      : {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxyPort,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxyPort,
          'network.proxy.no_proxies_on': '',
          // Without this Firefox bypasses the proxy for localhost, and the team server's requests would go unseen.
          'network.proxy.allow_hijacking_localhost': true,
        }),
  };
}

/** The bits of puppeteer's BiDi connection used here (not in its public types). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw protocol answers, narrowed by each caller
}

interface RemoteValue {
  type: string;
  value?: unknown;
}

export interface SidebarState {
  open: boolean;
  /** The page shown in the sidebar, when one is. */
  url: string | null;
}

export interface FirefoxWithExtension {
  browser: Browser;
  addonId: string;
  /** Opens an extension page (moz-extension://…/path) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs `expression` in the browser window's chrome scope and returns its (JSON-able) value. */
  evalInWindow<T>(expression: string): Promise<T>;
  /** Presses a shortcut as the keyboard does: trusted key events in the browser window, e.g. ['Alt', 'Shift', 'A']. */
  pressShortcut(keys: string[]): Promise<void>;
  sidebar(): Promise<SidebarState>;
  closeSidebar(): Promise<void>;
  /** Calls `fn` (source of a function of the page's window, may be async; JSON-able result) in the sidebar's page. */
  inSidebar<T>(fn: string): Promise<T>;
  close(): Promise<void>;
}

/** A data: frame script is read as Latin-1: write every other character as a \u escape (all are inside strings). */
const asciiOnly = (source: string) =>
  source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const KEY_CODES: Record<string, { code: string; keyCode: number }> = {
  Alt: { code: 'AltLeft', keyCode: 18 },
  Shift: { code: 'ShiftLeft', keyCode: 16 },
  Control: { code: 'ControlLeft', keyCode: 17 },
};

function keyInit(key: string): { key: string; code: string; keyCode: number } {
  const known = KEY_CODES[key];
  if (known) return { key, ...known };
  if (/^[A-Z0-9]$/i.test(key))
    return {
      key,
      code: /\d/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`,
      keyCode: key.toUpperCase().charCodeAt(0),
    };
  throw new Error(`pressShortcut: no key code for "${key}"`);
}

export async function launchFirefoxWithExtension(options: { proxyPort?: number } = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built Firefox extension in ${FIREFOX_EXTENSION_DIR}: run "npx wxt build -b firefox" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'attune-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(options.proxyPort),
  });
  const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const connection = (browser as unknown as { connection: BidiConnection }).connection;

  const windowContext = async (): Promise<string> => {
    const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const top = (result.contexts as Array<{ context: string; url: string }>).find(
      (c) => c.url === 'chrome://browser/content/browser.xhtml',
    );
    if (!top) throw new Error('No Firefox browser window found in the chrome scope');
    return top.context;
  };

  async function evaluate<T>(context: string, expression: string): Promise<T> {
    const { result } = await connection.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
    });
    if (result.type !== 'success')
      throw new Error(`evaluate failed: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
    const value = (result.result as RemoteValue).value;
    return (typeof value === 'string' ? JSON.parse(value) : undefined) as T;
  }

  const evalInWindow = async <T>(expression: string) => evaluate<T>(await windowContext(), expression);

  let calls = 0;
  const sidebarBrowser = `document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser')`;

  return {
    browser,
    addonId,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      // BiDi's own navigation wait never completes for an extension page (it loads in the extension's process).
      await connection.send('browsingContext.navigate', { context, url: `${EXTENSION_ORIGIN}/${path}`, wait: 'none' });
      await page.waitForFunction(
        (url) => location.href === url && document.readyState === 'complete',
        {},
        `${EXTENSION_ORIGIN}/${path}`,
      );
      return page;
    },
    evalInWindow,
    async pressShortcut(keys) {
      const inits = keys.map(keyInit);
      await evalInWindow(`(() => {
        const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
        if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
        const events = ${JSON.stringify(inits)}.map((init) => new KeyboardEvent('', init));
        for (const e of events) tip.keydown(e);
        for (const e of [...events].reverse()) tip.keyup(e);
        return true;
      })()`);
    },
    sidebar: () =>
      evalInWindow<SidebarState>(
        `({ open: SidebarController.isOpen, url: SidebarController.isOpen ? (${sidebarBrowser}?.currentURI?.spec ?? null) : null })`,
      ),
    async closeSidebar() {
      await evalInWindow('(SidebarController.hide(), true)');
    },
    inSidebar<T>(fn: string) {
      // The sidebar's page is no tab, so BiDi cannot reach it; a frame script loaded into the sidebar's browser runs
      // in its process with `content` as the page's window and posts the result back.
      const reply = `attune-test:${++calls}`;
      const script = `Promise.resolve().then(() => (${fn})(content)).then(
        (value) => sendAsyncMessage(${JSON.stringify(reply)}, { ok: true, value: JSON.stringify(value ?? null) }),
        (error) => sendAsyncMessage(${JSON.stringify(reply)}, { ok: false, error: String(error) }))`;
      return evalInWindow<{ ok: boolean; value?: string; error?: string }>(`new Promise((resolve, reject) => {
        const b = ${sidebarBrowser};
        if (!b) return reject(new Error('The sidebar shows no page'));
        const mm = b.messageManager;
        mm.addMessageListener(${JSON.stringify(reply)}, function listener(message) {
          mm.removeMessageListener(${JSON.stringify(reply)}, listener);
          resolve(message.data);
        });
        mm.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(asciiOnly(script))}), false);
      })`).then((answer) => {
        if (!answer.ok) throw new Error(`in the sidebar: ${answer.error}`);
        return JSON.parse(answer.value ?? 'null') as T;
      });
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
