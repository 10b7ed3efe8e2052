/**
 * A lead lists the team's members, changes roles and names, removes a member (their devices stop working at
 * once), and reads one agent's figures — only while the team shares individual progress, which the agent's
 * extension shows them (GET /api/agent/me).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { summarizeProgress } from '../data/progress';
import type { AppDeps } from '../deps';
import { requireLead } from '../security/auth';
import { uuid, valid } from '../validation/request';
import { displayName } from '../validation/text';

const memberParam = z.strictObject({ teamId: uuid, memberId: uuid });
const memberPatch = z
  .strictObject({ displayName: displayName(80).optional(), role: z.enum(['lead', 'agent']).optional() })
  .refine((p) => p.displayName !== undefined || p.role !== undefined, { message: 'nothing to change' });
const daysQuery = z.strictObject({ days: z.coerce.number().int().min(1).max(365).default(30) });

export function memberRoutes({ db, config, caches }: AppDeps) {
  const lead = requireLead(db, config);
  const findMember = (teamId: string, memberId: string) =>
    db
      .selectFrom('members')
      .select(['id', 'role', 'display_name', 'email', 'created_at'])
      .where('team_id', '=', teamId)
      .where('id', '=', memberId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
  const otherLeads = async (teamId: string, memberId: string) =>
    (await db.selectFrom('members').select('id').where('team_id', '=', teamId).where('role', '=', 'lead').where('removed_at', 'is', null).where('id', '!=', memberId).execute()).length;
  const notFound = { error: 'not_found' as const, message: 'No such member in this team.' };

  return new Hono()
    .get('/:teamId/members', lead, valid('param', z.strictObject({ teamId: uuid })), async (c) => {
      const { teamId } = c.req.valid('param');
      const rows = await db
        .selectFrom('members as m')
        .leftJoin('device_tokens as d', (j) => j.onRef('d.member_id', '=', 'm.id').on('d.revoked_at', 'is', null))
        .select((eb) => ['m.id', 'm.role', 'm.display_name', 'm.email', 'm.created_at', eb.fn.count<number>('d.id').as('devices'), eb.fn.max('d.last_used_at').as('last_seen_at')])
        .where('m.team_id', '=', teamId)
        .where('m.removed_at', 'is', null)
        .groupBy(['m.id', 'm.role', 'm.display_name', 'm.email', 'm.created_at'])
        .orderBy('m.created_at')
        .execute();
      return c.json(
        {
          members: rows.map((m) => ({
            id: m.id,
            role: m.role,
            displayName: m.display_name,
            email: m.email,
            createdAt: m.created_at,
            activeDevices: Number(m.devices),
            lastSeenAt: m.last_seen_at === null ? null : Number(m.last_seen_at),
          })),
        },
        200,
      );
    })
    .patch('/:teamId/members/:memberId', lead, valid('param', memberParam), valid('json', memberPatch), async (c) => {
      const { teamId, memberId } = c.req.valid('param');
      const patch = c.req.valid('json');
      const member = await findMember(teamId, memberId);
      if (!member) return c.json(notFound, 404);
      if (patch.role === 'lead' && !member.email) {
        return c.json({ error: 'invalid_request' as const, issues: [{ path: 'role', message: 'a lead needs an e-mail sign-in; agents join with invite codes' }] }, 400);
      }
      if (patch.role === 'agent' && member.role === 'lead' && (await otherLeads(teamId, memberId)) === 0) {
        return c.json({ error: 'conflict' as const, message: 'A team keeps at least one lead.' }, 409);
      }
      await db
        .updateTable('members')
        .set({ ...(patch.displayName ? { display_name: patch.displayName } : {}), ...(patch.role ? { role: patch.role } : {}) })
        .where('id', '=', memberId)
        .execute();
      // Cached device identities carry the role.
      caches.deviceTokens.deleteWhere((d) => d.memberId === memberId);
      const updated = await findMember(teamId, memberId);
      return c.json({ id: memberId, role: updated?.role ?? member.role, displayName: updated?.display_name ?? member.display_name }, 200);
    })
    .delete('/:teamId/members/:memberId', lead, valid('param', memberParam), async (c) => {
      const { teamId, memberId } = c.req.valid('param');
      const member = await findMember(teamId, memberId);
      if (!member) return c.json(notFound, 404);
      if (member.role === 'lead' && (await otherLeads(teamId, memberId)) === 0) {
        return c.json({ error: 'conflict' as const, message: 'A team keeps at least one lead.' }, 409);
      }
      const now = Date.now();
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('members').set({ removed_at: now }).where('id', '=', memberId).execute();
        await trx.updateTable('device_tokens').set({ revoked_at: now }).where('member_id', '=', memberId).where('revoked_at', 'is', null).execute();
        await trx.deleteFrom('sessions').where('member_id', '=', memberId).execute();
      });
      caches.deviceTokens.deleteWhere((d) => d.memberId === memberId);
      config.logger.info({ event: 'member_removed', teamId, memberId, by: c.get('lead').memberId }, 'member removed');
      return c.body(null, 204);
    })
    .get('/:teamId/members/:memberId/progress', lead, valid('param', memberParam), valid('query', daysQuery), async (c) => {
      const { teamId, memberId } = c.req.valid('param');
      const team = await db.selectFrom('teams').select('share_individual_progress').where('id', '=', teamId).executeTakeFirstOrThrow();
      if (team.share_individual_progress !== 1) {
        return c.json({ error: 'forbidden' as const, message: 'This team does not share individual progress with leads.' }, 403);
      }
      if (!(await findMember(teamId, memberId))) return c.json(notFound, 404);
      return c.json(await summarizeProgress(db, { teamId, memberId, days: c.req.valid('query').days, now: Date.now() }), 200);
    });
}
