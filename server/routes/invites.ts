/** A lead creates invite codes (shown once; stored as hashes), lists them and revokes them. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { requireLead } from '../security/auth';
import { newId, newInviteCode, normalizeInviteCode, sha256 } from '../security/secrets';
import { teamParam, uuid, valid } from '../validation/request';
import { singleLine } from '../validation/text';

const DAY = 86_400_000;
const inviteInput = z.strictObject({
  label: singleLine(1, 80).default('Agent invite'),
  maxUses: z.number().int().min(1).max(1000).default(25),
  expiresInDays: z.number().int().min(1).max(90).default(14),
});
const inviteParam = z.strictObject({ teamId: uuid, inviteId: uuid });

export interface CreatedInvite {
  id: string;
  code: string;
  expiresAt: number;
}

/** Also used by the demo seed. */
export async function createInvite(
  deps: Pick<AppDeps, 'db'>,
  input: { teamId: string; createdBy: string; label: string; maxUses: number; expiresInDays: number },
  now: number,
): Promise<CreatedInvite> {
  const code = newInviteCode();
  const id = newId();
  const expiresAt = now + input.expiresInDays * DAY;
  await deps.db
    .insertInto('invites')
    .values({ id, team_id: input.teamId, code_hash: sha256(normalizeInviteCode(code)), label: input.label, max_uses: input.maxUses, uses: 0, expires_at: expiresAt, revoked_at: null, created_by: input.createdBy, created_at: now })
    .execute();
  return { id, code, expiresAt };
}

export function inviteRoutes(deps: AppDeps) {
  const { db, config } = deps;
  const lead = requireLead(db, config);
  return new Hono()
    .get('/:teamId/invites', lead, valid('param', teamParam), async (c) => {
      const rows = await db
        .selectFrom('invites')
        .select(['id', 'label', 'max_uses', 'uses', 'expires_at', 'revoked_at', 'created_at'])
        .where('team_id', '=', c.req.valid('param').teamId)
        .orderBy('created_at', 'desc')
        .execute();
      const now = Date.now();
      return c.json(
        {
          invites: rows.map((i) => ({
            id: i.id,
            label: i.label,
            maxUses: i.max_uses,
            uses: i.uses,
            expiresAt: i.expires_at,
            createdAt: i.created_at,
            active: i.revoked_at === null && i.expires_at > now && i.uses < i.max_uses,
          })),
        },
        200,
      );
    })
    .post('/:teamId/invites', lead, valid('param', teamParam), valid('json', inviteInput), async (c) => {
      const { teamId } = c.req.valid('param');
      const input = c.req.valid('json');
      const invite = await createInvite(deps, { teamId, createdBy: c.get('lead').memberId, ...input }, Date.now());
      config.logger.info({ event: 'invite_created', teamId, inviteId: invite.id }, 'invite created');
      return c.json({ id: invite.id, code: invite.code, label: input.label, maxUses: input.maxUses, expiresAt: invite.expiresAt }, 201);
    })
    .delete('/:teamId/invites/:inviteId', lead, valid('param', inviteParam), async (c) => {
      const { teamId, inviteId } = c.req.valid('param');
      const result = await db
        .updateTable('invites')
        .set({ revoked_at: Date.now() })
        .where('id', '=', inviteId)
        .where('team_id', '=', teamId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return c.json({ error: 'not_found' as const, message: 'No such invite in this team.' }, 404);
      return c.body(null, 204);
    });
}
