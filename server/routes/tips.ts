/** Team-written tips (the built-in ones ship with the extension); any change gives the tips a new ETag. */
import { Hono } from 'hono';
import { z } from 'zod';
import { changeTeamContent } from '../data/teams';
import { deleteTip, insertTip, listTips, updateTip } from '../data/tips';
import type { AppDeps } from '../deps';
import { requireLead } from '../security/auth';
import { newId } from '../security/secrets';
import { teamParam, uuid, valid } from '../validation/request';
import { multiLine, singleLine } from '../validation/text';

const tipInput = z.strictObject({
  title: singleLine(1, 120),
  body: multiLine(1, 2000),
  tags: z.array(singleLine(1, 40)).max(10).default([]),
});
const tipParam = z.strictObject({ teamId: uuid, tipId: uuid });

export function tipRoutes({ db, config, caches }: AppDeps) {
  const lead = requireLead(db, config);
  const notFound = { error: 'not_found' as const, message: 'No such tip in this team.' };
  return new Hono()
    .get('/:teamId/tips', lead, valid('param', teamParam), async (c) =>
      c.json({ tips: await listTips(db, c.req.valid('param').teamId) }, 200),
    )
    .post('/:teamId/tips', lead, valid('param', teamParam), valid('json', tipInput), async (c) => {
      const { teamId } = c.req.valid('param');
      const tip = c.req.valid('json');
      const now = Date.now();
      const id = newId();
      await changeTeamContent(db, caches.teamEtags, teamId, 'tips', (trx) =>
        insertTip(trx, { ...tip, id, teamId, createdBy: c.get('lead').memberId, now }),
      );
      return c.json({ id, ...tip, createdAt: now, updatedAt: now }, 201);
    })
    .put('/:teamId/tips/:tipId', lead, valid('param', tipParam), valid('json', tipInput), async (c) => {
      const { teamId, tipId } = c.req.valid('param');
      const tip = c.req.valid('json');
      const now = Date.now();
      if (
        !(await changeTeamContent(
          db,
          caches.teamEtags,
          teamId,
          'tips',
          (trx) => updateTip(trx, teamId, tipId, tip, now),
          (found) => found,
        ))
      )
        return c.json(notFound, 404);
      return c.json({ id: tipId, ...tip, updatedAt: now }, 200);
    })
    .delete('/:teamId/tips/:tipId', lead, valid('param', tipParam), async (c) => {
      const { teamId, tipId } = c.req.valid('param');
      if (
        !(await changeTeamContent(
          db,
          caches.teamEtags,
          teamId,
          'tips',
          (trx) => deleteTip(trx, teamId, tipId),
          (found) => found,
        ))
      )
        return c.json(notFound, 404);
      config.logger.info({ event: 'tip_deleted', teamId, tipId }, 'tip deleted');
      return c.body(null, 204);
    });
}
