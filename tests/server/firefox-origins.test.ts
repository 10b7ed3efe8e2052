/**
 * Firefox agents: each installation has its own moz-extension://<uuid> origin, so a team lists `moz-extension://*`.
 * CORS then answers any Firefox extension origin (and only those), while cookie-authenticated writes still need an
 * exact origin.
 */
import { describe, expect, test } from 'vitest';
import { corsAllows, configFromEnv } from '../../server/config';
import { createLogger } from '../../server/logger';
import { createHarness } from './support/harness';

const FIREFOX_AGENT = 'moz-extension://0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('moz-extension://* in ATTUNE_ALLOWED_ORIGINS', () => {
  test('is accepted by the settings parser, beside exact origins', () => {
    const config = configFromEnv(
      { ATTUNE_ALLOWED_ORIGINS: 'chrome-extension://abc, moz-extension://*' },
      createLogger({ level: 'silent' }),
    );
    expect(config.allowedOrigins).toEqual(['chrome-extension://abc', 'moz-extension://*']);
    expect(() =>
      configFromEnv({ ATTUNE_ALLOWED_ORIGINS: 'moz-extension://*/path' }, createLogger({ level: 'silent' })),
    ).toThrow(/is not an origin/);
  });

  test('matches Firefox extension origins only', () => {
    const allowed = ['moz-extension://*'];
    expect(corsAllows(allowed, FIREFOX_AGENT)).toBe(true);
    expect(corsAllows(allowed, 'chrome-extension://gmnoilnpfmpaobofijpgbdednbaepoke')).toBe(false);
    expect(corsAllows(allowed, 'https://evil.example')).toBe(false);
    expect(corsAllows(allowed, 'moz-extension://not-a-uuid.evil.example')).toBe(false);
    expect(corsAllows([], FIREFOX_AGENT)).toBe(false);
  });

  test('through the app: CORS answers a Firefox agent; a cookie write from that origin is still refused', async () => {
    const h = await createHarness('sqlite', { allowedOrigins: ['moz-extension://*'] });
    try {
      const preflight = await h.request('/api/join', {
        method: 'OPTIONS',
        origin: FIREFOX_AGENT,
        headers: { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe(FIREFOX_AGENT);
      const other = await h.request('/api/join', {
        method: 'OPTIONS',
        origin: 'https://evil.example',
        headers: { 'access-control-request-method': 'POST' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const team = await h.seedTeam('Fox');
      const signIn = await h.request('/api/auth/sign-in', {
        method: 'POST',
        origin: FIREFOX_AGENT,
        json: { email: team.leadEmail, password: team.leadPassword },
      });
      expect(signIn.status).toBe(403);
    } finally {
      await h.close();
    }
  });
});
