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
}

function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

export const siteAccess: SiteAccess = {
  isSiteEnabled: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
  enableSite: (origin) => browser.permissions.request({ origins: [originPattern(origin)] }),
};
