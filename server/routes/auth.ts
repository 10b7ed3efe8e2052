/** Lead sign-in for the dashboard: e-mail and password (scrypt) → an HttpOnly session cookie. */
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { endSession, findLeadSession, isTrustedOrigin, SESSION_COOKIE, startSession } from '../security/auth';
import { clientAddress } from '../security/client-address';
import { rateLimited } from '../security/limits';
import { dummyPasswordHash, sha256, verifyPassword } from '../security/secrets';
import { valid } from '../validation/request';

const signInSchema = z.strictObject({
  email: z.email().max(254),
  password: z.string().min(1).max(256),
});

export function authRoutes(deps: AppDeps) {
  const { db, config, limiters } = deps;
  return new Hono()
    .post('/sign-in', valid('json', signInSchema), async (c) => {
      if (!isTrustedOrigin(c, config)) return c.json({ error: 'forbidden' as const, message: 'Cross-origin sign-in refused.' }, 403);
      const { email, password } = c.req.valid('json');
      const decision = limiters.credentialAttempts.hit(`sign-in:${clientAddress(c, config.trustProxy)}`);
      if (!decision.allowed) return rateLimited(c, decision.retryAfterSeconds);
      const member = await db
        .selectFrom('members')
        .select(['id', 'team_id', 'display_name', 'email', 'password_hash', 'role'])
        .where('email', '=', email.toLowerCase())
        .where('removed_at', 'is', null)
        .executeTakeFirst();
      // Verify against a dummy hash for unknown e-mails too, so the answer takes as long either way.
      const passwordOk = await verifyPassword(password, member?.password_hash ?? (await dummyPasswordHash()));
      if (!member || member.role !== 'lead' || !passwordOk) {
        config.logger.info({ event: 'sign_in_failed', emailHash: sha256(email.toLowerCase()) }, 'sign-in failed');
        return c.json({ error: 'invalid_credentials' as const, message: 'E-mail or password is wrong.' }, 401);
      }
      await startSession(c, db, config, member.id, Date.now());
      config.logger.info({ event: 'sign_in', memberId: member.id }, 'lead signed in');
      return c.json(
        { member: { id: member.id, displayName: member.display_name, email: member.email, role: member.role }, teamId: member.team_id },
        200,
      );
    })
    .post('/sign-out', async (c) => {
      const sessionId = getCookie(c, SESSION_COOKIE);
      if (!isTrustedOrigin(c, config)) return c.json({ error: 'forbidden' as const, message: 'Cross-origin request refused.' }, 403);
      const lead = sessionId ? await findLeadSession(db, sessionId, Date.now()) : null;
      if (!lead) return c.json({ error: 'unauthorized' as const, message: 'Not signed in.' }, 401);
      await endSession(c, db, config, lead.sessionHash);
      return c.body(null, 204);
    })
    .get('/session', async (c) => {
      const sessionId = getCookie(c, SESSION_COOKIE);
      const lead = sessionId ? await findLeadSession(db, sessionId, Date.now()) : null;
      if (!lead) return c.json({ error: 'unauthorized' as const, message: 'Not signed in.' }, 401);
      const row = await db
        .selectFrom('members as m')
        .innerJoin('teams as t', 't.id', 'm.team_id')
        .select(['m.id', 'm.display_name', 'm.email', 't.id as team_id', 't.name as team_name'])
        .where('m.id', '=', lead.memberId)
        .executeTakeFirstOrThrow();
      return c.json(
        {
          member: { id: row.id, displayName: row.display_name, email: row.email, role: 'lead' as const },
          team: { id: row.team_id, name: row.team_name },
        },
        200,
      );
    });
}
