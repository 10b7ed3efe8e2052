/** A lead reads and changes the team's settings, including whether leads see each agent's own figures. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { requireLead } from '../security/auth';
import { teamParam, valid } from '../validation/request';
import { displayName } from '../validation/text';

const teamPatch = z
  .strictObject({ name: displayName(120).optional(), shareIndividualProgress: z.boolean().optional() })
  .refine((p) => p.name !== undefined || p.shareIndividualProgress !== undefined, { message: 'nothing to change' });

export function teamRoutes({ db, config }: AppDeps) {
  const lead = requireLead(db, config);
  const read = (teamId: string) =>
    db.selectFrom('teams').select(['id', 'name', 'share_individual_progress', 'created_at']).where('id', '=', teamId).executeTakeFirstOrThrow();
  const shape = (t: Awaited<ReturnType<typeof read>>) => ({
    id: t.id,
    name: t.name,
    shareIndividualProgress: t.share_individual_progress === 1,
    createdAt: t.created_at,
  });
  return new Hono()
    .get('/:teamId', lead, valid('param', teamParam), async (c) => c.json(shape(await read(c.req.valid('param').teamId)), 200))
    .patch('/:teamId', lead, valid('param', teamParam), valid('json', teamPatch), async (c) => {
      const { teamId } = c.req.valid('param');
      const patch = c.req.valid('json');
      await db
        .updateTable('teams')
        .set({
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.shareIndividualProgress !== undefined ? { share_individual_progress: patch.shareIndividualProgress ? 1 : 0 } : {}),
        })
        .where('id', '=', teamId)
        .execute();
      config.logger.info({ event: 'team_updated', teamId, memberId: c.get('lead').memberId, fields: Object.keys(patch) }, 'team updated');
      return c.json(shape(await read(teamId)), 200);
    });
}
