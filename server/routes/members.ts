/**
 * A lead lists the team's members, changes roles and names, removes a member (their devices stop working at
 * once), and reads one agent's figures — only while the team shares individual progress, which the agent's
 * extension shows them (GET /api/agent/me).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { countOtherLeads, findMember, listMembers, removeMember, updateMember } from '../data/members';
import { summarizeProgress } from '../data/progress';
import { sharesIndividualProgress } from '../data/teams';
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
  const notFound = { error: 'not_found' as const, message: 'No such member in this team.' };

  return new Hono()
    .get('/:teamId/members', lead, valid('param', z.strictObject({ teamId: uuid })), async (c) =>
      c.json({ members: await listMembers(db, c.req.valid('param').teamId) }, 200),
    )
    .patch('/:teamId/members/:memberId', lead, valid('param', memberParam), valid('json', memberPatch), async (c) => {
      const { teamId, memberId } = c.req.valid('param');
      const patch = c.req.valid('json');
      const member = await findMember(db, teamId, memberId);
      if (!member) return c.json(notFound, 404);
      if (patch.role === 'lead' && !member.email) {
        return c.json(
          {
            error: 'invalid_request' as const,
            issues: [{ path: 'role', message: 'a lead needs an e-mail sign-in; agents join with invite codes' }],
          },
          400,
        );
      }
      if (patch.role === 'agent' && member.role === 'lead' && (await countOtherLeads(db, teamId, memberId)) === 0) {
        return c.json({ error: 'conflict' as const, message: 'A team keeps at least one lead.' }, 409);
      }
      await updateMember(db, memberId, patch);
      // Cached device identities carry the role.
      caches.deviceTokens.deleteWhere((d) => d.memberId === memberId);
      const updated = await findMember(db, teamId, memberId);
      return c.json(
        { id: memberId, role: updated?.role ?? member.role, displayName: updated?.display_name ?? member.display_name },
        200,
      );
    })
    .delete('/:teamId/members/:memberId', lead, valid('param', memberParam), async (c) => {
      const { teamId, memberId } = c.req.valid('param');
      const member = await findMember(db, teamId, memberId);
      if (!member) return c.json(notFound, 404);
      if (member.role === 'lead' && (await countOtherLeads(db, teamId, memberId)) === 0) {
        return c.json({ error: 'conflict' as const, message: 'A team keeps at least one lead.' }, 409);
      }
      await removeMember(db, memberId, Date.now());
      caches.deviceTokens.deleteWhere((d) => d.memberId === memberId);
      config.logger.info({ event: 'member_removed', teamId, memberId, by: c.get('lead').memberId }, 'member removed');
      return c.body(null, 204);
    })
    .get(
      '/:teamId/members/:memberId/progress',
      lead,
      valid('param', memberParam),
      valid('query', daysQuery),
      async (c) => {
        const { teamId, memberId } = c.req.valid('param');
        if (!(await sharesIndividualProgress(db, teamId))) {
          return c.json(
            { error: 'forbidden' as const, message: 'This team does not share individual progress with leads.' },
            403,
          );
        }
        if (!(await findMember(db, teamId, memberId))) return c.json(notFound, 404);
        return c.json(
          await summarizeProgress(db, { teamId, memberId, days: c.req.valid('query').days, now: Date.now() }),
          200,
        );
      },
    );
}
