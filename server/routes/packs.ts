/**
 * Guideline packs, several per team. Saving makes a new immutable version; publish points devices at a version;
 * rollback goes back to the version that was live before (again and again, like undo); delete archives (and so
 * unpublishes) a pack.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { GuidelinePack } from '../../lib/coach/types';
import { previousPublishedVersion, recordPublication, touchGuidelines } from '../data/guidelines';
import type { AppDeps } from '../deps';
import { requireLead } from '../security/auth';
import { newId } from '../security/secrets';
import { guidelinePackShapeSchema, measureGuidelinePack, MAX_PACKS_PER_TEAM, MAX_TEAM_COST, MAX_TEAM_RULES } from '../validation/guideline-pack';
import { teamParam, uuid, valid } from '../validation/request';

const packParam = z.strictObject({ teamId: uuid, packId: uuid });
const versionParam = z.strictObject({ teamId: uuid, packId: uuid, version: z.coerce.number().int().min(1) });
// The shape only: match syntax and cost are measured afterwards in slices that yield (measureGuidelinePack).
const packBody = z.strictObject({ pack: guidelinePackShapeSchema });
const publishBody = z.strictObject({ version: z.number().int().min(1) });

const notFound = { error: 'not_found' as const, message: 'No such guideline pack in this team.' };

export function packRoutes({ db, config, caches }: AppDeps) {
  const lead = requireLead(db, config);
  const findPack = (teamId: string, packId: string) =>
    db
      .selectFrom('guideline_packs')
      .selectAll()
      .where('id', '=', packId)
      .where('team_id', '=', teamId)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
  const summary = (p: NonNullable<Awaited<ReturnType<typeof findPack>>>) => ({
    id: p.id,
    key: p.pack_key,
    name: p.name,
    latestVersion: p.latest_version,
    publishedVersion: p.published_version,
    updatedAt: p.updated_at,
  });
  const stored = (pack: GuidelinePack, version: number) => JSON.stringify({ ...pack, version });
  const invalid = (issues: Array<{ path: string; message: string }>) => ({ error: 'invalid_request' as const, issues });
  /** Match syntax and cost of a pack; the issues of a pack over its budget, or its measured cost. */
  const measure = async (pack: GuidelinePack): Promise<{ ok: false; issues: Array<{ path: string; message: string }> } | { ok: true; steps: number }> => {
    const cost = await measureGuidelinePack(pack);
    if (cost.issues.length === 0) return { ok: true, steps: cost.steps };
    return { ok: false, issues: cost.issues.map((issue) => ({ path: ['pack', ...issue.path].join('.'), message: issue.message })) };
  };
  /** Rules in the latest versions of the team's other packs. */
  const otherRules = async (teamId: string, exceptPackId?: string) => {
    let query = db
      .selectFrom('guideline_packs as p')
      .innerJoin('guideline_versions as v', (j) => j.onRef('v.pack_id', '=', 'p.id').onRef('v.version', '=', 'p.latest_version'))
      .select((eb) => [eb.fn.coalesce(eb.fn.sum<number>('v.rule_count'), eb.lit(0)).as('rules'), eb.fn.count<number>('p.id').as('packs')])
      .where('p.team_id', '=', teamId)
      .where('p.archived_at', 'is', null);
    if (exceptPackId) query = query.where('p.id', '!=', exceptPackId);
    const row = await query.executeTakeFirstOrThrow();
    return { rules: Number(row.rules), packs: Number(row.packs) };
  };
  /** What the team's other published packs cost together. */
  const otherPublishedCost = async (teamId: string, exceptPackId: string) => {
    const row = await db
      .selectFrom('guideline_packs as p')
      .innerJoin('guideline_versions as v', (j) => j.onRef('v.pack_id', '=', 'p.id').onRef('v.version', '=', 'p.published_version'))
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('v.cost'), eb.lit(0)).as('cost'))
      .where('p.team_id', '=', teamId)
      .where('p.archived_at', 'is', null)
      .where('p.id', '!=', exceptPackId)
      .executeTakeFirstOrThrow();
    return Number(row.cost);
  };
  const overTeamRules = (rules: number, others: number) =>
    rules + others > MAX_TEAM_RULES
      ? invalid([{ path: 'pack.rules', message: `the team's packs would hold ${rules + others} rules together; a team keeps at most ${MAX_TEAM_RULES}` }])
      : null;

  return new Hono()
    .get('/:teamId/packs', lead, valid('param', teamParam), async (c) => {
      const rows = await db
        .selectFrom('guideline_packs')
        .selectAll()
        .where('team_id', '=', c.req.valid('param').teamId)
        .where('archived_at', 'is', null)
        .orderBy('pack_key')
        .execute();
      return c.json({ packs: rows.map(summary) }, 200);
    })
    .post('/:teamId/packs', lead, valid('param', teamParam), valid('json', packBody), async (c) => {
      const { teamId } = c.req.valid('param');
      const { pack } = c.req.valid('json');
      const taken = await db.selectFrom('guideline_packs').select('id').where('team_id', '=', teamId).where('pack_key', '=', pack.id).executeTakeFirst();
      if (taken) return c.json({ error: 'conflict' as const, message: `A pack with id "${pack.id}" exists in this team.` }, 409);
      const others = await otherRules(teamId);
      if (others.packs >= MAX_PACKS_PER_TEAM) {
        return c.json(invalid([{ path: 'pack', message: `a team keeps at most ${MAX_PACKS_PER_TEAM} guideline packs; delete one first` }]), 400);
      }
      const tooMany = overTeamRules(pack.rules.length, others.rules);
      if (tooMany) return c.json(tooMany, 400);
      const measured = await measure(pack);
      if (!measured.ok) return c.json(invalid(measured.issues), 400);
      const now = Date.now();
      const id = newId();
      const memberId = c.get('lead').memberId;
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('guideline_packs')
          .values({ id, team_id: teamId, pack_key: pack.id, name: pack.name, latest_version: 1, published_version: null, created_at: now, updated_at: now, archived_at: null })
          .execute();
        await trx
          .insertInto('guideline_versions')
          .values({ pack_id: id, version: 1, content: stored(pack, 1), created_by: memberId, created_at: now, rule_count: pack.rules.length, cost: measured.steps })
          .execute();
      });
      return c.json({ id, key: pack.id, name: pack.name, latestVersion: 1, publishedVersion: null, updatedAt: now }, 201);
    })
    .get('/:teamId/packs/:packId', lead, valid('param', packParam), async (c) => {
      const { teamId, packId } = c.req.valid('param');
      const pack = await findPack(teamId, packId);
      if (!pack) return c.json(notFound, 404);
      const [versions, publications, latest] = await Promise.all([
        db.selectFrom('guideline_versions').select(['version', 'created_at', 'created_by']).where('pack_id', '=', packId).orderBy('version', 'desc').execute(),
        db.selectFrom('guideline_publications').select(['version', 'kind', 'published_at', 'published_by']).where('pack_id', '=', packId).orderBy('id', 'desc').execute(),
        db.selectFrom('guideline_versions').select('content').where('pack_id', '=', packId).where('version', '=', pack.latest_version).executeTakeFirstOrThrow(),
      ]);
      return c.json(
        {
          ...summary(pack),
          latest: JSON.parse(latest.content) as GuidelinePack,
          versions: versions.map((v) => ({ version: v.version, createdAt: v.created_at, createdBy: v.created_by })),
          publications: publications.map((p) => ({ version: p.version, kind: p.kind, publishedAt: p.published_at, publishedBy: p.published_by })),
        },
        200,
      );
    })
    .get('/:teamId/packs/:packId/versions/:version', lead, valid('param', versionParam), async (c) => {
      const { teamId, packId, version } = c.req.valid('param');
      if (!(await findPack(teamId, packId))) return c.json(notFound, 404);
      const row = await db.selectFrom('guideline_versions').select('content').where('pack_id', '=', packId).where('version', '=', version).executeTakeFirst();
      if (!row) return c.json({ error: 'not_found' as const, message: `Version ${version} does not exist.` }, 404);
      return c.json({ version, pack: JSON.parse(row.content) as GuidelinePack }, 200);
    })
    .post('/:teamId/packs/:packId/versions', lead, valid('param', packParam), valid('json', packBody), async (c) => {
      const { teamId, packId } = c.req.valid('param');
      const { pack } = c.req.valid('json');
      const existing = await findPack(teamId, packId);
      if (!existing) return c.json(notFound, 404);
      if (pack.id !== existing.pack_key) {
        return c.json({ error: 'invalid_request' as const, issues: [{ path: 'pack.id', message: `must stay "${existing.pack_key}"` }] }, 400);
      }
      const tooMany = overTeamRules(pack.rules.length, (await otherRules(teamId, packId)).rules);
      if (tooMany) return c.json(tooMany, 400);
      const measured = await measure(pack);
      if (!measured.ok) return c.json(invalid(measured.issues), 400);
      const now = Date.now();
      const memberId = c.get('lead').memberId;
      const version = await db.transaction().execute(async (trx) => {
        // Conditional on the version we read: two leads saving at once get distinct versions or a clean retry.
        const next = existing.latest_version + 1;
        const bumped = await trx
          .updateTable('guideline_packs')
          .set({ latest_version: next, name: pack.name, updated_at: now })
          .where('id', '=', packId)
          .where('latest_version', '=', existing.latest_version)
          .executeTakeFirst();
        if (Number(bumped.numUpdatedRows) !== 1) return null;
        await trx
          .insertInto('guideline_versions')
          .values({ pack_id: packId, version: next, content: stored(pack, next), created_by: memberId, created_at: now, rule_count: pack.rules.length, cost: measured.steps })
          .execute();
        return next;
      });
      if (version === null) return c.json({ error: 'conflict' as const, message: 'The pack changed meanwhile; reload and save again.' }, 409);
      return c.json({ id: packId, version }, 201);
    })
    .post('/:teamId/packs/:packId/publish', lead, valid('param', packParam), valid('json', publishBody), async (c) => {
      const { teamId, packId } = c.req.valid('param');
      const { version } = c.req.valid('json');
      const pack = await findPack(teamId, packId);
      if (!pack) return c.json(notFound, 404);
      if (version > pack.latest_version) {
        return c.json({ error: 'invalid_request' as const, issues: [{ path: 'version', message: `version ${version} does not exist` }] }, 400);
      }
      const chosen = await db.selectFrom('guideline_versions').select('cost').where('pack_id', '=', packId).where('version', '=', version).executeTakeFirstOrThrow();
      const teamCost = Number(chosen.cost) + (await otherPublishedCost(teamId, packId));
      if (teamCost > MAX_TEAM_COST) {
        return c.json(
          invalid([{ path: 'version', message: `the team's published packs would cost ${teamCost.toLocaleString('en')} matcher steps together; the limit is ${MAX_TEAM_COST.toLocaleString('en')} — unpublish or simplify another pack first` }]),
          400,
        );
      }
      const now = Date.now();
      const memberId = c.get('lead').memberId;
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('guideline_packs').set({ published_version: version, updated_at: now }).where('id', '=', packId).execute();
        await recordPublication(trx, packId, version, memberId, now);
        await touchGuidelines(trx, teamId);
      });
      caches.teamEtags.delete(teamId);
      config.logger.info({ event: 'pack_published', teamId, packId, version, by: memberId }, 'guideline pack published');
      return c.json({ id: packId, publishedVersion: version }, 200);
    })
    .post('/:teamId/packs/:packId/rollback', lead, valid('param', packParam), async (c) => {
      const { teamId, packId } = c.req.valid('param');
      const pack = await findPack(teamId, packId);
      if (!pack) return c.json(notFound, 404);
      const previous = pack.published_version === null ? null : await previousPublishedVersion(db, packId, pack.published_version);
      if (previous === null) return c.json({ error: 'conflict' as const, message: 'No earlier published version to roll back to.' }, 409);
      const now = Date.now();
      const memberId = c.get('lead').memberId;
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('guideline_packs').set({ published_version: previous, updated_at: now }).where('id', '=', packId).execute();
        await recordPublication(trx, packId, previous, memberId, now, 'rollback');
        await touchGuidelines(trx, teamId);
      });
      caches.teamEtags.delete(teamId);
      config.logger.info({ event: 'pack_rolled_back', teamId, packId, version: previous, by: memberId }, 'guideline pack rolled back');
      return c.json({ id: packId, publishedVersion: previous }, 200);
    })
    .delete('/:teamId/packs/:packId', lead, valid('param', packParam), async (c) => {
      const { teamId, packId } = c.req.valid('param');
      const pack = await findPack(teamId, packId);
      if (!pack) return c.json(notFound, 404);
      const now = Date.now();
      await db.transaction().execute(async (trx) => {
        // Freeing the key lets the team create a new pack under the same id later.
        await trx.updateTable('guideline_packs').set({ archived_at: now, published_version: null, updated_at: now, pack_key: `${pack.pack_key}#archived-${now}` }).where('id', '=', packId).execute();
        await recordPublication(trx, packId, null, c.get('lead').memberId, now);
        await touchGuidelines(trx, teamId);
      });
      caches.teamEtags.delete(teamId);
      return c.body(null, 204);
    });
}
