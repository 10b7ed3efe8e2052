/**
 * Least privilege (issue 3 §4). The known hosted helpdesks are matched by the manifest; any other site (a
 * self-hosted Zammad, FreeScout, osTicket…) is enabled one origin at a time: the origin is requested as an optional
 * host permission and the content scripts are registered for it dynamically (persisted across restarts). Removing
 * the permission — here or in the browser's own site-access menu — unregisters them.
 *
 * `enableSite` asks for a permission, which browsers only allow during a user gesture: call it directly from the
 * options page or the side panel's click handler, not through a message to the background.
 */
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { KNOWN_HELPDESK_MATCHES } from '../helpdesks/hosts';

/** The built content scripts (WXT's output names for entrypoints/helpdesk.content and page-bridge.content). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/helpdesk.js';
export const PAGE_BRIDGE_FILE = 'content-scripts/page-bridge.js';

const SCRIPT_PREFIX = 'attune-site:';
const BRIDGE_PREFIX = 'attune-bridge:';

/** Normalises what the agent typed or the page's URL to an origin (`https://help.acme.org`); throws on anything else. */
export function siteOrigin(input: string): string {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(input.trim()) ? input.trim() : `https://${input.trim()}`);
  } catch {
    throw new Error(
      `"${input}" is not a web address. Enter the helpdesk's address, for example https://help.example.com`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`Attune only runs on http and https sites, not ${url.protocol}`);
  }
  if (!url.hostname) throw new Error(`"${input}" has no host name.`);
  return url.origin;
}

/** The match pattern for an origin. Match patterns carry no port, so a port-specific origin matches all its ports. */
export function originPattern(origin: string): string {
  return `${siteKey(origin)}/*`;
}

/**
 * The site as Attune registers and lists it: scheme and host, no port, because that is all a match pattern (and so a
 * permission) holds. `https://help.acme.org:8443` and `https://help.acme.org` are one site.
 */
export function siteKey(origin: string): string {
  const url = new URL(siteOrigin(origin));
  return `${url.protocol}//${url.hostname}`;
}

export function isKnownHelpdesk(url: string): boolean {
  return KNOWN_HELPDESK_MATCHES.some((pattern) => new MatchPattern(pattern).includes(url));
}

const scriptIds = (origin: string) => [`${SCRIPT_PREFIX}${siteKey(origin)}`, `${BRIDGE_PREFIX}${siteKey(origin)}`];

/**
 * Registers the content scripts for an origin whose permission is already granted. Idempotent, also when two contexts
 * register the same site at once: the page that asked for the permission, and the background's permissions.onAdded
 * listener, which Chrome calls as soon as the grant lands.
 */
export async function registerSite(origin: string): Promise<void> {
  const [scriptId, bridgeId] = scriptIds(origin);
  const ids = [scriptId!, bridgeId!];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  const have = new Set(existing.map((script) => script.id));
  const matches = [originPattern(origin)];
  const scripts: Parameters<typeof browser.scripting.registerContentScripts>[0] = [];
  if (!have.has(scriptId!)) {
    scripts.push({
      id: scriptId!,
      matches,
      js: [CONTENT_SCRIPT_FILE],
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  }
  if (!have.has(bridgeId!)) {
    scripts.push({
      id: bridgeId!,
      matches,
      js: [PAGE_BRIDGE_FILE],
      allFrames: true,
      runAt: 'document_idle',
      world: 'MAIN',
      persistAcrossSessions: true,
    });
  }
  if (scripts.length === 0) return;
  try {
    await browser.scripting.registerContentScripts(scripts);
  } catch (error) {
    // "Duplicate script ID": the other context registered them first. Fine once they are all there.
    for (let attempt = 0; attempt < 10; attempt++) {
      if ((await browser.scripting.getRegisteredContentScripts({ ids })).length === ids.length) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw error;
  }
}

export async function unregisterSite(origin: string): Promise<void> {
  const ids = scriptIds(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  if (existing.length === 0) return;
  try {
    await browser.scripting.unregisterContentScripts({ ids: existing.map((script) => script.id) });
  } catch (error) {
    // Unregistered meanwhile by the other context (disableSite and the permissions.onRemoved listener).
    if ((await browser.scripting.getRegisteredContentScripts({ ids })).length > 0) throw error;
  }
}

/**
 * Asks for the origin (call from a user gesture), then registers the content scripts. Resolves to false when the
 * agent declines. Known helpdesks need nothing: resolves to true.
 */
export async function enableSite(origin: string): Promise<boolean> {
  const normalized = siteOrigin(origin);
  if (isKnownHelpdesk(`${normalized}/`)) return true;
  const granted = await browser.permissions.request({ origins: [originPattern(normalized)] });
  if (granted) await registerSite(normalized);
  return granted;
}

/** Unregisters the content scripts and gives the permission back. */
export async function disableSite(origin: string): Promise<void> {
  const normalized = siteOrigin(origin);
  await unregisterSite(normalized);
  if (!isKnownHelpdesk(`${normalized}/`)) await browser.permissions.remove({ origins: [originPattern(normalized)] });
}

/** Sites the agent enabled (`https://help.acme.org`, no port: see siteKey), not counting the known helpdesks. */
export async function enabledSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts
    .filter((script) => script.id.startsWith(SCRIPT_PREFIX))
    .map((script) => script.id.slice(SCRIPT_PREFIX.length))
    .sort();
}

/** Does Attune run on this page: a known helpdesk, or an enabled site whose permission is still granted? */
export async function isSiteEnabled(url: string): Promise<boolean> {
  if (isKnownHelpdesk(url)) return true;
  let site: string;
  try {
    site = siteKey(url);
  } catch {
    return false;
  }
  if (!(await enabledSites()).includes(site)) return false;
  return browser.permissions.contains({ origins: [originPattern(site)] });
}

const originOfPattern = (pattern: string) => pattern.replace(/\/\*$/, '');

async function unregisterRevoked(origins: readonly string[]): Promise<void> {
  const enabled = await enabledSites();
  for (const site of enabled) {
    if (origins.some((pattern) => pattern === originPattern(site))) await unregisterSite(site);
  }
}

async function registerGranted(origins: readonly string[]): Promise<void> {
  for (const pattern of origins) {
    if (KNOWN_HELPDESK_MATCHES.includes(pattern) || pattern.includes('*.') || pattern.startsWith('*')) continue;
    // A broad grant (https://*/*) is not one site: only single-host patterns register scripts.
    if (/^https?:\/\/[^*/]+\/\*$/.test(pattern)) await registerSite(originOfPattern(pattern));
  }
}

/** Keeps registrations in step with permissions granted or revoked outside Attune (the browser's site-access menu). */
export function startSiteAccess(): void {
  browser.permissions.onRemoved.addListener(({ origins = [] }) => void unregisterRevoked(origins));
  browser.permissions.onAdded.addListener(({ origins = [] }) => void registerGranted(origins));
}
