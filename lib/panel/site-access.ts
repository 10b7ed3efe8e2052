/**
 * The panel's and options page's view of site access: the functions of lib/sites/permissions.ts (optional
 * host permission plus dynamically registered content scripts), passed to the UI so components stay testable.
 */
import { disableSite, enabledSites, enableSite, isSiteEnabled } from '../sites/permissions';

/** How the panel asks whether Attune runs on a page, and turns it on or off. */
export interface SiteAccess {
  isSiteEnabled(url: string): Promise<boolean>;
  /** Must be called from a user gesture (it asks the browser for the origin). */
  enableSite(origin: string): Promise<boolean>;
  disableSite(origin: string): Promise<unknown>;
  /** Origins the agent enabled at runtime (self-hosted helpdesks). */
  enabledSites(): Promise<string[]>;
}

export const siteAccess: SiteAccess = { isSiteEnabled, enableSite, disableSite, enabledSites };

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
