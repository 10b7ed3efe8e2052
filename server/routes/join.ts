/**
 * An agent joins a team with an invite code and gets a device token — shown once, stored only as a hash
 * (`joinWithInvite`: two devices racing for an invite's last use cannot both win).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { joinWithInvite } from '../data/invites';
import type { AppDeps } from '../deps';
import { clientAddress } from '../security/client-address';
import { chargeAttempt, refundAttempt } from '../security/credential-throttle';
import { rateLimited } from '../security/limits';
import { newDeviceToken, sha256 } from '../security/secrets';
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
    const joined = await joinWithInvite(db, {
      code,
      displayName,
      deviceLabel: deviceLabel ?? 'Browser',
      tokenHash: sha256(token),
      now,
    });
    if (!joined) {
      config.logger.warn({ event: 'join_failed', address }, 'join with an unknown or spent invite code');
      return c.json(
        { error: 'invalid_invite' as const, message: 'This invite code is unknown, used up, expired or revoked.' },
        404,
      );
    }
    await refundAttempt(db, addressKey, config.credentialThrottle.joinAddress);
    config.logger.info(
      { event: 'device_joined', memberId: joined.memberId, deviceId: joined.deviceId, teamId: joined.team.id },
      'agent joined',
    );
    return c.json(
      {
        token,
        deviceId: joined.deviceId,
        member: { id: joined.memberId, displayName, role: 'agent' as const },
        team: joined.team,
      },
      201,
    );
  });
}
