/**
 * An agent joins a team with an invite code and gets a device token — shown once, stored only as a hash.
 * Using an invite is a conditional update (uses < max_uses), so two devices racing for the last use cannot both win.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { clientAddress } from '../security/client-address';
import { chargeAttempt, refundAttempt } from '../security/credential-throttle';
import { rateLimited } from '../security/limits';
import { newDeviceToken, newId, normalizeInviteCode, sha256 } from '../security/secrets';
import { valid } from '../validation/request';
import { displayName, singleLine } from '../validation/text';

const joinSchema = z.strictObject({
  code: singleLine(6, 40),
  displayName: displayName(80),
  deviceLabel: displayName(80).optional(),
});

export function joinRoutes({ db, config }: AppDeps) {
  return new Hono().post('/', valid('json', joinSchema), async (c) => {
    const address = clientAddress(c, config.trustProxy);
    const addressKey = `join-address:${address}`;
    const now = Date.now();
    // Invite-code guessing, per address and shared by every instance; a successful join gives its attempt back.
    const decision = await chargeAttempt(db, addressKey, config.credentialThrottle.joinAddress, now);
    if (!decision.allowed) {
      config.logger.warn({ event: 'join_throttled', address }, 'join throttled');
      return rateLimited(c, decision.retryAfterSeconds);
    }
    const { code, displayName, deviceLabel } = c.req.valid('json');
    const token = newDeviceToken();
    const joined = await db.transaction().execute(async (trx) => {
      const invite = await trx
        .selectFrom('invites as i')
        .innerJoin('teams as t', 't.id', 'i.team_id')
        .select(['i.id', 'i.team_id', 't.name as team_name', 't.share_individual_progress'])
        .where('i.code_hash', '=', sha256(normalizeInviteCode(code)))
        .where('i.revoked_at', 'is', null)
        .where('i.expires_at', '>', now)
        .executeTakeFirst();
      if (!invite) return null;
      const used = await trx
        .updateTable('invites')
        .set((eb) => ({ uses: eb('uses', '+', 1) }))
        .where('id', '=', invite.id)
        .whereRef('uses', '<', 'max_uses')
        .executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1) return null;
      const memberId = newId();
      const deviceId = newId();
      await trx
        .insertInto('members')
        .values({ id: memberId, team_id: invite.team_id, role: 'agent', display_name: displayName, email: null, password_hash: null, created_at: now, removed_at: null })
        .execute();
      await trx
        .insertInto('device_tokens')
        .values({ id: deviceId, token_hash: sha256(token), member_id: memberId, team_id: invite.team_id, label: deviceLabel ?? 'Browser', created_at: now, last_used_at: now, revoked_at: null })
        .execute();
      return { invite, memberId, deviceId };
    });
    if (!joined) {
      config.logger.warn({ event: 'join_failed', address }, 'join with an unknown or spent invite code');
      return c.json({ error: 'invalid_invite' as const, message: 'This invite code is unknown, used up, expired or revoked.' }, 404);
    }
    await refundAttempt(db, addressKey, config.credentialThrottle.joinAddress);
    config.logger.info({ event: 'device_joined', memberId: joined.memberId, deviceId: joined.deviceId, teamId: joined.invite.team_id }, 'agent joined');
    return c.json(
      {
        token,
        deviceId: joined.deviceId,
        member: { id: joined.memberId, displayName, role: 'agent' as const },
        team: {
          id: joined.invite.team_id,
          name: joined.invite.team_name,
          shareIndividualProgress: joined.invite.share_individual_progress === 1,
        },
      },
      201,
    );
  });
}
