/** A lead sees the team's connected devices and revokes one: its next request gets 401. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { requireLead } from '../security/auth';
import { teamParam, uuid, valid } from '../validation/request';

const deviceParam = z.strictObject({ teamId: uuid, deviceId: uuid });

export function deviceRoutes({ db, config, caches }: AppDeps) {
  const lead = requireLead(db, config);
  return new Hono()
    .get('/:teamId/devices', lead, valid('param', teamParam), async (c) => {
      const rows = await db
        .selectFrom('device_tokens as d')
        .innerJoin('members as m', 'm.id', 'd.member_id')
        .select(['d.id', 'd.label', 'd.member_id', 'm.display_name', 'd.created_at', 'd.last_used_at', 'd.revoked_at'])
        .where('d.team_id', '=', c.req.valid('param').teamId)
        .orderBy('d.created_at', 'desc')
        .execute();
      return c.json(
        {
          devices: rows.map((d) => ({
            id: d.id,
            label: d.label,
            memberId: d.member_id,
            memberName: d.display_name,
            createdAt: d.created_at,
            lastUsedAt: d.last_used_at,
            revoked: d.revoked_at !== null,
          })),
        },
        200,
      );
    })
    .delete('/:teamId/devices/:deviceId', lead, valid('param', deviceParam), async (c) => {
      const { teamId, deviceId } = c.req.valid('param');
      const result = await db
        .updateTable('device_tokens')
        .set({ revoked_at: Date.now() })
        .where('id', '=', deviceId)
        .where('team_id', '=', teamId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return c.json({ error: 'not_found' as const, message: 'No such active device in this team.' }, 404);
      // After the commit, so no lookup can re-cache the token from before the revocation (see TtlCache).
      caches.deviceTokens.deleteWhere((d) => d.deviceId === deviceId);
      config.logger.info({ event: 'device_revoked', teamId, deviceId, by: c.get('lead').memberId }, 'device revoked');
      return c.body(null, 204);
    });
}
