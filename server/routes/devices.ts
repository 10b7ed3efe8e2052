/** A lead sees the team's connected devices and revokes one: its next request gets 401. */
import { Hono } from 'hono';
import { z } from 'zod';
import { listDevices, revokeDevice } from '../data/members';
import type { AppDeps } from '../deps';
import { requireLead } from '../security/auth';
import { teamParam, uuid, valid } from '../validation/request';

const deviceParam = z.strictObject({ teamId: uuid, deviceId: uuid });

export function deviceRoutes({ db, config, caches }: AppDeps) {
  const lead = requireLead(db, config);
  return new Hono()
    .get('/:teamId/devices', lead, valid('param', teamParam), async (c) =>
      c.json({ devices: await listDevices(db, c.req.valid('param').teamId) }, 200),
    )
    .delete('/:teamId/devices/:deviceId', lead, valid('param', deviceParam), async (c) => {
      const { teamId, deviceId } = c.req.valid('param');
      if (!(await revokeDevice(db, deviceId, Date.now(), teamId)))
        return c.json({ error: 'not_found' as const, message: 'No such active device in this team.' }, 404);
      // After the commit, so no lookup can re-cache the token from before the revocation (see TtlCache).
      caches.deviceTokens.deleteWhere((d) => d.deviceId === deviceId);
      config.logger.info({ event: 'device_revoked', teamId, deviceId, by: c.get('lead').memberId }, 'device revoked');
      return c.body(null, 204);
    });
}
