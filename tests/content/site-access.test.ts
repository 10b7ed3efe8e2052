import { describe, expect, test } from 'vitest';
import { isKnownHelpdesk, originPattern, siteKey, siteOrigin } from '../../lib/sites/permissions';

describe('site access: what the agent types becomes one origin and one match pattern', () => {
  test.each([
    ['help.acme.org', 'https://help.acme.org', 'https://help.acme.org/*'],
    ['https://help.acme.org/tickets/42?x=1', 'https://help.acme.org', 'https://help.acme.org/*'],
    ['http://zammad.local:8080/#ticket/zoom/1', 'http://zammad.local:8080', 'http://zammad.local/*'],
    ['  HTTPS://Support.Example.COM  ', 'https://support.example.com', 'https://support.example.com/*'],
  ])('%s', (input, origin, pattern) => {
    expect(siteOrigin(input)).toBe(origin);
    expect(originPattern(input)).toBe(pattern);
  });

  test('a site is its scheme and host: the port is not part of it, as a match pattern holds no port', () => {
    expect(siteKey('https://help.acme.org:8443/tickets/1')).toBe('https://help.acme.org');
    expect(siteKey('help.acme.org')).toBe('https://help.acme.org');
    expect(siteKey('http://zammad.local:8080')).toBe('http://zammad.local');
    expect(`${siteKey('https://help.acme.org:8443')}/*`).toBe(originPattern('https://help.acme.org:8443'));
  });

  test('bad input gets a clear error', () => {
    expect(() => siteOrigin('ftp://files.acme.org')).toThrow(/only runs on http and https/);
    expect(() => siteOrigin('http://')).toThrow(/not a web address/);
  });

  test('known helpdesks are recognised from the manifest patterns; other sites are not', () => {
    expect(isKnownHelpdesk('https://acme.zendesk.com/agent/tickets/1')).toBe(true);
    expect(isKnownHelpdesk('https://mail.google.com/mail/u/0/')).toBe(true);
    expect(isKnownHelpdesk('https://help.acme.org/')).toBe(false);
    expect(isKnownHelpdesk('https://zendesk.com.evil.example/')).toBe(false);
  });
});
