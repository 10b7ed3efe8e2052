/** Team-written tips (the built-in ones ship with the extension); any change gives the tips a new ETag. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { requireLead } from '../security/auth';
import { newEtagValue, newId } from '../security/secrets';
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
  const touchTips = async (teamId: string) => {
    await db.updateTable('teams').set({ tips_etag: newEtagValue() }).where('id', '=', teamId).execute();
    caches.teamEtags.delete(teamId);
  };
  const notFound = { error: 'not_found' as const, message: 'No such tip in this team.' };
  return new Hono()
    .get('/:teamId/tips', lead, valid('param', teamParam), async (c) => {
      const rows = await db.selectFrom('tips').selectAll().where('team_id', '=', c.req.valid('param').teamId).orderBy('created_at').execute();
      return c.json(
        { tips: rows.map((t) => ({ id: t.id, title: t.title, body: t.body, tags: JSON.parse(t.tags) as string[], createdAt: t.created_at, updatedAt: t.updated_at })) },
        200,
      );
    })
    .post('/:teamId/tips', lead, valid('param', teamParam), valid('json', tipInput), async (c) => {
      const { teamId } = c.req.valid('param');
      const tip = c.req.valid('json');
      const now = Date.now();
      const id = newId();
      await db
        .insertInto('tips')
        .values({ id, team_id: teamId, title: tip.title, body: tip.body, tags: JSON.stringify(tip.tags), created_by: c.get('lead').memberId, created_at: now, updated_at: now })
        .execute();
      await touchTips(teamId);
      return c.json({ id, ...tip, createdAt: now, updatedAt: now }, 201);
    })
    .put('/:teamId/tips/:tipId', lead, valid('param', tipParam), valid('json', tipInput), async (c) => {
      const { teamId, tipId } = c.req.valid('param');
      const tip = c.req.valid('json');
      const now = Date.now();
      const result = await db
        .updateTable('tips')
        .set({ title: tip.title, body: tip.body, tags: JSON.stringify(tip.tags), updated_at: now })
        .where('id', '=', tipId)
        .where('team_id', '=', teamId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return c.json(notFound, 404);
      await touchTips(teamId);
      return c.json({ id: tipId, ...tip, updatedAt: now }, 200);
    })
    .delete('/:teamId/tips/:tipId', lead, valid('param', tipParam), async (c) => {
      const { teamId, tipId } = c.req.valid('param');
      const result = await db.deleteFrom('tips').where('id', '=', tipId).where('team_id', '=', teamId).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) return c.json(notFound, 404);
      await touchTips(teamId);
      config.logger.info({ event: 'tip_deleted', teamId, tipId }, 'tip deleted');
      return c.body(null, 204);
    });
}
