/**
 * Guideline packs, several per team. Saving makes a new immutable version; publish points devices at a version;
 * rollback goes back to the version that was live before (again and again, like undo); delete archives (and so
 * unpublishes) a pack.
 */
import { Hono } from 'hono';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { GuidelinePack } from '../../lib/coach/types';
import {
  archivePack,
  createPack,
  findPack,
  listPacks,
  packDetail,
  packKeyTaken,
  packVersion,
  previousPublishedVersion,
  publishedCostExcept,
  saveVersion,
  setPublishedVersion,
  teamRuleTotals,
} from '../data/guidelines';
import { changeTeamContent } from '../data/teams';
import type { Database } from '../db/schema';
import type { AppDeps } from '../deps';
import { requireLead } from '../security/auth';
import {
  guidelinePackShapeSchema,
  measureGuidelinePack,
  MAX_PACKS_PER_TEAM,
  MAX_TEAM_COST,
  MAX_TEAM_RULES,
} from '../validation/guideline-pack';
import { teamParam, uuid, valid } from '../validation/request';

const packParam = z.strictObject({ teamId: uuid, packId: uuid });
const versionParam = z.strictObject({ teamId: uuid, packId: uuid, version: z.coerce.number().int().min(1) });
// The shape only: match syntax and cost are measured afterwards in slices that yield (measureGuidelinePack).
const packBody = z.strictObject({ pack: guidelinePackShapeSchema });
const publishBody = z.strictObject({ version: z.number().int().min(1) });

const notFound = { error: 'not_found' as const, message: 'No such guideline pack in this team.' };

export function packRoutes({ db, config, caches }: AppDeps) {
  const lead = requireLead(db, config);
  const invalid = (issues: Array<{ path: string; message: string }>) => ({ error: 'invalid_request' as const, issues });
  /** Match syntax and cost of a pack; the issues of a pack over its budget, or its measured cost. */
  const measure = async (
    pack: GuidelinePack,
  ): Promise<{ ok: false; issues: Array<{ path: string; message: string }> } | { ok: true; steps: number }> => {
    const cost = await measureGuidelinePack(pack);
    if (cost.issues.length === 0) return { ok: true, steps: cost.steps };
    return {
      ok: false,
      issues: cost.issues.map((issue) => ({ path: ['pack', ...issue.path].join('.'), message: issue.message })),
    };
  };
  const overTeamRules = (rules: number, others: number) =>
    rules + others > MAX_TEAM_RULES
      ? invalid([
          {
            path: 'pack.rules',
            message: `the team's packs would hold ${rules + others} rules together; a team keeps at most ${MAX_TEAM_RULES}`,
          },
        ])
      : null;
  /** A change to what is live: the new guidelines ETag commits with it (devices fetch the packs again). */
  const changeLive = (teamId: string, write: (trx: Transaction<Database>) => Promise<void>) =>
    changeTeamContent(db, caches.teamEtags, teamId, 'guidelines', write);

  return new Hono()
    .get('/:teamId/packs', lead, valid('param', teamParam), async (c) =>
      c.json({ packs: await listPacks(db, c.req.valid('param').teamId) }, 200),
    )
    .post('/:teamId/packs', lead, valid('param', teamParam), valid('json', packBody), async (c) => {
      const { teamId } = c.req.valid('param');
      const { pack } = c.req.valid('json');
      if (await packKeyTaken(db, teamId, pack.id))
        return c.json({ error: 'conflict' as const, message: `A pack with id "${pack.id}" exists in this team.` }, 409);
      const others = await teamRuleTotals(db, teamId);
      if (others.packs >= MAX_PACKS_PER_TEAM) {
        return c.json(
          invalid([
            { path: 'pack', message: `a team keeps at most ${MAX_PACKS_PER_TEAM} guideline packs; delete one first` },
          ]),
          400,
        );
      }
      const tooMany = overTeamRules(pack.rules.length, others.rules);
      if (tooMany) return c.json(tooMany, 400);
      const measured = await measure(pack);
      if (!measured.ok) return c.json(invalid(measured.issues), 400);
      return c.json(
        await createPack(db, teamId, {
          pack,
          createdBy: c.get('lead').memberId,
          cost: measured.steps,
          now: Date.now(),
        }),
        201,
      );
    })
    .get('/:teamId/packs/:packId', lead, valid('param', packParam), async (c) => {
      const { teamId, packId } = c.req.valid('param');
      const pack = await findPack(db, teamId, packId);
      if (!pack) return c.json(notFound, 404);
      return c.json(await packDetail(db, pack), 200);
    })
    .get('/:teamId/packs/:packId/versions/:version', lead, valid('param', versionParam), async (c) => {
      const { teamId, packId, version } = c.req.valid('param');
      if (!(await findPack(db, teamId, packId))) return c.json(notFound, 404);
      const saved = await packVersion(db, packId, version);
      if (!saved) return c.json({ error: 'not_found' as const, message: `Version ${version} does not exist.` }, 404);
      return c.json({ version, pack: saved.pack }, 200);
    })
    .post('/:teamId/packs/:packId/versions', lead, valid('param', packParam), valid('json', packBody), async (c) => {
      const { teamId, packId } = c.req.valid('param');
      const { pack } = c.req.valid('json');
      const existing = await findPack(db, teamId, packId);
      if (!existing) return c.json(notFound, 404);
      if (pack.id !== existing.pack_key) {
        return c.json(
          {
            error: 'invalid_request' as const,
            issues: [{ path: 'pack.id', message: `must stay "${existing.pack_key}"` }],
          },
          400,
        );
      }
      const tooMany = overTeamRules(pack.rules.length, (await teamRuleTotals(db, teamId, packId)).rules);
      if (tooMany) return c.json(tooMany, 400);
      const measured = await measure(pack);
      if (!measured.ok) return c.json(invalid(measured.issues), 400);
      const version = await saveVersion(db, existing, {
        pack,
        createdBy: c.get('lead').memberId,
        cost: measured.steps,
        now: Date.now(),
      });
      if (version === null)
        return c.json(
          { error: 'conflict' as const, message: 'The pack changed meanwhile; reload and save again.' },
          409,
        );
      return c.json({ id: packId, version }, 201);
    })
    .post('/:teamId/packs/:packId/publish', lead, valid('param', packParam), valid('json', publishBody), async (c) => {
      const { teamId, packId } = c.req.valid('param');
      const { version } = c.req.valid('json');
      const pack = await findPack(db, teamId, packId);
      if (!pack) return c.json(notFound, 404);
      const chosen = version > pack.latest_version ? undefined : await packVersion(db, packId, version);
      if (!chosen) {
        return c.json(
          {
            error: 'invalid_request' as const,
            issues: [{ path: 'version', message: `version ${version} does not exist` }],
          },
          400,
        );
      }
      const teamCost = chosen.cost + (await publishedCostExcept(db, teamId, packId));
      if (teamCost > MAX_TEAM_COST) {
        return c.json(
          invalid([
            {
              path: 'version',
              message: `the team's published packs would cost ${teamCost.toLocaleString('en')} matcher steps together; the limit is ${MAX_TEAM_COST.toLocaleString('en')} — unpublish or simplify another pack first`,
            },
          ]),
          400,
        );
      }
      const memberId = c.get('lead').memberId;
      await changeLive(teamId, (trx) => setPublishedVersion(trx, packId, version, memberId, Date.now(), 'publish'));
      config.logger.info(
        { event: 'pack_published', teamId, packId, version, by: memberId },
        'guideline pack published',
      );
      return c.json({ id: packId, publishedVersion: version }, 200);
    })
    .post('/:teamId/packs/:packId/rollback', lead, valid('param', packParam), async (c) => {
      const { teamId, packId } = c.req.valid('param');
      const pack = await findPack(db, teamId, packId);
      if (!pack) return c.json(notFound, 404);
      const previous =
        pack.published_version === null ? null : await previousPublishedVersion(db, packId, pack.published_version);
      if (previous === null)
        return c.json({ error: 'conflict' as const, message: 'No earlier published version to roll back to.' }, 409);
      const memberId = c.get('lead').memberId;
      await changeLive(teamId, (trx) => setPublishedVersion(trx, packId, previous, memberId, Date.now(), 'rollback'));
      config.logger.info(
        { event: 'pack_rolled_back', teamId, packId, version: previous, by: memberId },
        'guideline pack rolled back',
      );
      return c.json({ id: packId, publishedVersion: previous }, 200);
    })
    .delete('/:teamId/packs/:packId', lead, valid('param', packParam), async (c) => {
      const { teamId, packId } = c.req.valid('param');
      const pack = await findPack(db, teamId, packId);
      if (!pack) return c.json(notFound, 404);
      await changeLive(teamId, (trx) => archivePack(trx, pack, c.get('lead').memberId, Date.now()));
      return c.body(null, 204);
    });
}
