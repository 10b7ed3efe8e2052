/** A lead creates invite codes (shown once; stored as hashes, `server/data/invites.ts`), lists them and revokes them. */
import { Hono } from 'hono';
import { z } from 'zod';
import { createInvite, listInvites, revokeInvite } from '../data/invites';
import type { AppDeps } from '../deps';
import { requireLead } from '../security/auth';
import { teamParam, uuid, valid } from '../validation/request';
import { singleLine } from '../validation/text';

const inviteInput = z.strictObject({
  label: singleLine(1, 80).default('Agent invite'),
  maxUses: z.number().int().min(1).max(1000).default(25),
  expiresInDays: z.number().int().min(1).max(90).default(14),
});
const inviteParam = z.strictObject({ teamId: uuid, inviteId: uuid });

export function inviteRoutes(deps: AppDeps) {
  const { db, config } = deps;
  const lead = requireLead(db, config);
  return new Hono()
    .get('/:teamId/invites', lead, valid('param', teamParam), async (c) =>
      c.json({ invites: await listInvites(db, c.req.valid('param').teamId, Date.now()) }, 200),
    )
    .post('/:teamId/invites', lead, valid('param', teamParam), valid('json', inviteInput), async (c) => {
      const { teamId } = c.req.valid('param');
      const input = c.req.valid('json');
      const invite = await createInvite(deps, { teamId, createdBy: c.get('lead').memberId, ...input }, Date.now());
      config.logger.info({ event: 'invite_created', teamId, inviteId: invite.id }, 'invite created');
      return c.json(
        { id: invite.id, code: invite.code, label: input.label, maxUses: input.maxUses, expiresAt: invite.expiresAt },
        201,
      );
    })
    .delete('/:teamId/invites/:inviteId', lead, valid('param', inviteParam), async (c) => {
      const { teamId, inviteId } = c.req.valid('param');
      if (!(await revokeInvite(db, teamId, inviteId, Date.now())))
        return c.json({ error: 'not_found' as const, message: 'No such invite in this team.' }, 404);
      return c.body(null, 204);
    });
}
