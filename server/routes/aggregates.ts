/**
 * Team figures for leads: totals, per day, check rates and the most frequent findings. Per-agent figures are
 * included only while the team shares individual progress (agents see that setting in their extension).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { summarizeMembers, summarizeProgress } from '../data/progress';
import { sharesIndividualProgress } from '../data/teams';
import type { AppDeps } from '../deps';
import { requireLead } from '../security/auth';
import { teamParam, valid } from '../validation/request';

const daysQuery = z.strictObject({ days: z.coerce.number().int().min(1).max(365).default(30) });

export function aggregateRoutes({ db, config }: AppDeps) {
  const lead = requireLead(db, config);
  return new Hono().get(
    '/:teamId/aggregates',
    lead,
    valid('param', teamParam),
    valid('query', daysQuery),
    async (c) => {
      const { teamId } = c.req.valid('param');
      const scope = { teamId, days: c.req.valid('query').days, now: Date.now() };
      const sharing = await sharesIndividualProgress(db, teamId);
      const [summary, members] = await Promise.all([
        summarizeProgress(db, scope),
        sharing ? summarizeMembers(db, scope) : Promise.resolve(null),
      ]);
      return c.json({ ...summary, shareIndividualProgress: sharing, members }, 200);
    },
  );
}
