/** A lead reads and changes the team's settings, including whether leads see each agent's own figures. */
import { Hono } from 'hono';
import { z } from 'zod';
import { teamSettings, updateTeamSettings } from '../data/teams';
import type { AppDeps } from '../deps';
import { requireLead } from '../security/auth';
import { teamParam, valid } from '../validation/request';
import { displayName } from '../validation/text';

const teamPatch = z
  .strictObject({ name: displayName(120).optional(), shareIndividualProgress: z.boolean().optional() })
  .refine((p) => p.name !== undefined || p.shareIndividualProgress !== undefined, { message: 'nothing to change' });

export function teamRoutes({ db, config }: AppDeps) {
  const lead = requireLead(db, config);
  return new Hono()
    .get('/:teamId', lead, valid('param', teamParam), async (c) =>
      c.json(await teamSettings(db, c.req.valid('param').teamId), 200),
    )
    .patch('/:teamId', lead, valid('param', teamParam), valid('json', teamPatch), async (c) => {
      const { teamId } = c.req.valid('param');
      const patch = c.req.valid('json');
      await updateTeamSettings(db, teamId, patch);
      config.logger.info(
        { event: 'team_updated', teamId, memberId: c.get('lead').memberId, fields: Object.keys(patch) },
        'team updated',
      );
      return c.json(await teamSettings(db, teamId), 200);
    });
}
