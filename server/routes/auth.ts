/** Lead sign-in for the dashboard: e-mail and password (scrypt) → an HttpOnly session cookie. */
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { findMemberByEmail, memberWithTeam } from '../data/members';
import type { AppDeps } from '../deps';
import { endSession, findLeadSession, isTrustedOrigin, SESSION_COOKIE, startSession } from '../security/auth';
import { clientAddress } from '../security/client-address';
import { chargeAttempts, clearAttempts, refundAttempt, sweepThrottle } from '../security/credential-throttle';
import { rateLimited } from '../security/limits';
import { dummyPasswordHash, sha256, verifyPassword } from '../security/secrets';
import { valid } from '../validation/request';

const signInSchema = z.strictObject({
  email: z.email().max(254),
  password: z.string().min(1).max(256),
});

/** Throttle rows quiet for a day are dropped, at most once an hour per instance. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;
const SWEEP_OLDER_THAN_MS = 24 * 60 * 60 * 1000;

export function authRoutes(deps: AppDeps) {
  const { db, config } = deps;
  let lastSweep = 0;
  const sweepNowAndThen = (now: number) => {
    if (now - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = now;
    sweepThrottle(db, now - SWEEP_OLDER_THAN_MS).catch((error: unknown) =>
      config.logger.warn({ err: error }, 'throttle sweep failed'),
    );
  };
  return new Hono()
    .post('/sign-in', valid('json', signInSchema), async (c) => {
      if (!isTrustedOrigin(c, config))
        return c.json({ error: 'forbidden' as const, message: 'Cross-origin sign-in refused.' }, 403);
      const { email, password } = c.req.valid('json');
      const address = clientAddress(c, config.trustProxy);
      const now = Date.now();
      const accountKey = `account:${sha256(email.toLowerCase())}`;
      const addressKey = `sign-in-address:${address}`;
      const policies = config.credentialThrottle;
      // Charged before the password is checked: a refused attempt never reaches verifyPassword.
      const decision = await chargeAttempts(
        db,
        [
          { key: addressKey, policy: policies.signInAddress },
          { key: accountKey, policy: policies.account },
        ],
        now,
      );
      if (!decision.allowed) {
        config.logger.warn(
          { event: 'sign_in_throttled', address, retryAfterSeconds: decision.retryAfterSeconds },
          'sign-in throttled',
        );
        return rateLimited(c, decision.retryAfterSeconds);
      }
      const member = await findMemberByEmail(db, email);
      // Verify against a dummy hash for unknown e-mails too, so the answer takes as long either way.
      const passwordOk = await verifyPassword(password, member?.password_hash ?? (await dummyPasswordHash()));
      if (!member || member.role !== 'lead' || !passwordOk) {
        // The address, never the e-mail or password; the member id only when the account exists (operators only).
        config.logger.warn(
          { event: 'sign_in_failed', address, ...(member ? { memberId: member.id } : {}) },
          'sign-in failed',
        );
        return c.json({ error: 'invalid_credentials' as const, message: 'E-mail or password is wrong.' }, 401);
      }
      await Promise.all([clearAttempts(db, accountKey), refundAttempt(db, addressKey, policies.signInAddress)]);
      sweepNowAndThen(now);
      await startSession(c, db, config, member.id, now);
      config.logger.info({ event: 'sign_in', memberId: member.id, address }, 'lead signed in');
      return c.json(
        {
          member: { id: member.id, displayName: member.display_name, email: member.email, role: member.role },
          teamId: member.team_id,
        },
        200,
      );
    })
    .post('/sign-out', async (c) => {
      const sessionId = getCookie(c, SESSION_COOKIE);
      if (!isTrustedOrigin(c, config))
        return c.json({ error: 'forbidden' as const, message: 'Cross-origin request refused.' }, 403);
      const lead = sessionId ? await findLeadSession(db, sessionId, Date.now()) : null;
      if (!lead) return c.json({ error: 'unauthorized' as const, message: 'Not signed in.' }, 401);
      await endSession(c, db, config, lead.sessionHash);
      return c.body(null, 204);
    })
    .get('/session', async (c) => {
      const sessionId = getCookie(c, SESSION_COOKIE);
      const lead = sessionId ? await findLeadSession(db, sessionId, Date.now()) : null;
      if (!lead) return c.json({ error: 'unauthorized' as const, message: 'Not signed in.' }, 401);
      const { member, team } = await memberWithTeam(db, lead.memberId);
      return c.json({ member: { ...member, role: 'lead' as const }, team: { id: team.id, name: team.name } }, 200);
    });
}
