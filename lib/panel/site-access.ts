/**
 * The panel's view of site access. Until lib/background/site-access.ts (editors) lands, a site counts as enabled
 * when the extension holds a host permission for its origin — what the manifest matches grant at install and
 * what enabling a self-hosted helpdesk requests at runtime.
 */
import { browser } from 'wxt/browser';

/** How the panel asks whether Attune runs on a page, and turns it on. */
export interface SiteAccess {
  isSiteEnabled(url: string): Promise<boolean>;
  enableSite(origin: string): Promise<boolean>;
  disableSite(origin: string): Promise<boolean>;
  /** Origins the agent enabled at runtime (self-hosted helpdesks), as match patterns or origins. */
  enabledSites(): Promise<string[]>;
}

function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

export const siteAccess: SiteAccess = {
  isSiteEnabled: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
  enableSite: (origin) => browser.permissions.request({ origins: [originPattern(origin)] }),
  disableSite: (origin) => browser.permissions.remove({ origins: [originPattern(origin)] }),
  async enabledSites() {
    const granted = (await browser.permissions.getAll()).origins ?? [];
    const installed = new Set(browser.runtime.getManifest().host_permissions ?? []);
    return granted.filter((o) => !installed.has(o) && !o.includes('*://*/') && !o.startsWith('*'));
  },
};

/** `https://help.example.com` from what the agent typed ("help.example.com", a full URL…); throws when it is not a site. */
export function originFromInput(input: string): string {
  const trimmed = input.trim();
  if (!trimmed) throw new Error('Type the address of your helpdesk, for example https://help.example.com.');
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    throw new Error(`“${trimmed}” is not a web address. Try something like https://help.example.com.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`Attune runs on web pages only (https:// or http://), not ${url.protocol}`);
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    throw new Error(`“${url.hostname}” is not a full host name. Try something like help.example.com.`);
  }
  return url.origin;
}
