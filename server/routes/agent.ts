/**
 * What an agent's device calls with its bearer token: who am I (and may my lead see my figures), the team's
 * published guidelines and tips (conditional GET with ETag), event batches, my own progress, and disconnect.
 */
import { Hono, type Context, type TypedResponse } from 'hono';
import { z } from 'zod';
import { publishedPacks } from '../data/guidelines';
import { memberWithTeam, revokeDevice } from '../data/members';
import { summarizeProgress } from '../data/progress';
import { teamEtags } from '../data/teams';
import { listTips } from '../data/tips';
import type { AppDeps } from '../deps';
import { requireDevice } from '../security/auth';
import { limitBy } from '../security/limits';
import { eventBatchSchema } from '../validation/events';
import { valid } from '../validation/request';

const progressQuery = z.strictObject({ days: z.coerce.number().int().min(1).max(365).default(30) });

/** True when the client's If-None-Match names the current ETag (a list or a weak tag counts too). */
function matches(c: Context, etag: string): boolean {
  const header = c.req.header('if-none-match');
  if (!header) return false;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');
}

const REVALIDATE = 'private, no-cache';

/**
 * A 304 built with plain headers: a fetch Response whose headers are an object is written by @hono/node-server
 * straight to Node's response, where `c.header()` would build an undici `Headers` for two values.
 */
function notModified(etag: string) {
  // Typed as what c.body(null, 304) returns, which it is, so the typed client (hc<AppType>) still sees the 304.
  return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': REVALIDATE } }) as Response &
    TypedResponse<null, 304, 'body'>;
}

/** The validators of a full answer: the same ETag and caching rule a 304 carries. */
function revalidate(c: Context, etag: string): void {
  c.header('ETag', etag);
  c.header('Cache-Control', REVALIDATE);
}

export function agentRoutes(deps: AppDeps) {
  const { db, limiters, caches } = deps;
  return new Hono()
    .use(requireDevice(db, caches.deviceTokens))
    .use(limitBy(limiters.perDeviceToken, (c) => `device:${(c.get('device') as { deviceId: string }).deviceId}`))
    .get('/me', async (c) => {
      const { memberId, deviceId } = c.get('device');
      const { member, team } = await memberWithTeam(db, memberId);
      return c.json(
        { member: { id: member.id, displayName: member.displayName, role: 'agent' as const }, team, deviceId },
        200,
      );
    })
    .get('/guidelines', async (c) => {
      const { teamId } = c.get('device');
      const etag = `"g-${(await teamEtags(db, teamId, caches.teamEtags)).guidelines}"`;
      if (matches(c, etag)) return notModified(etag);
      revalidate(c, etag);
      return c.json({ etag, packs: await publishedPacks(db, teamId) }, 200);
    })
    .get('/tips', async (c) => {
      const { teamId } = c.get('device');
      const etag = `"t-${(await teamEtags(db, teamId, caches.teamEtags)).tips}"`;
      if (matches(c, etag)) return notModified(etag);
      revalidate(c, etag);
      return c.json({ etag, tips: await listTips(db, teamId) }, 200);
    })
    .post('/events', valid('json', eventBatchSchema), async (c) => {
      const { memberId, teamId } = c.get('device');
      const result = await deps.events.ingest(teamId, memberId, c.req.valid('json').events, Date.now());
      return c.json(result, 200);
    })
    .get('/progress', valid('query', progressQuery), async (c) => {
      const { memberId, teamId } = c.get('device');
      const { days } = c.req.valid('query');
      return c.json(await summarizeProgress(db, { teamId, memberId, days, now: Date.now() }), 200);
    })
    .delete('/device', async (c) => {
      const { deviceId } = c.get('device');
      await revokeDevice(db, deviceId, Date.now());
      caches.deviceTokens.deleteWhere((d) => d.deviceId === deviceId);
      return c.body(null, 204);
    });
}
