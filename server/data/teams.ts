/**
 * Teams: creating one with its first lead (the demo seed and operators; there is no open sign-up), its settings,
 * and the ETags devices revalidate their guidelines and tips against.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { hashPassword, newEtagValue, newId } from '../security/secrets';
import type { TtlCache } from '../security/ttl-cache';

type Db = Kysely<Database> | Transaction<Database>;

export interface NewTeam {
  teamName: string;
  leadName: string;
  leadEmail: string;
  leadPassword: string;
  shareIndividualProgress?: boolean;
}

export async function createTeamWithLead(db: Kysely<Database>, input: NewTeam, now = Date.now()) {
  if (input.leadPassword.length < 12) throw new Error('A lead password needs at least 12 characters.');
  const teamId = newId();
  const leadId = newId();
  const passwordHash = await hashPassword(input.leadPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('teams')
      .values({ id: teamId, name: input.teamName, share_individual_progress: input.shareIndividualProgress ? 1 : 0, guidelines_etag: newEtagValue(), tips_etag: newEtagValue(), created_at: now })
      .execute();
    await trx
      .insertInto('members')
      .values({ id: leadId, team_id: teamId, role: 'lead', display_name: input.leadName, email: input.leadEmail.toLowerCase(), password_hash: passwordHash, created_at: now, removed_at: null })
      .execute();
  });
  return { teamId, leadId };
}

export async function teamExists(db: Db, teamId: string): Promise<boolean> {
  return (await db.selectFrom('teams').select('id').where('id', '=', teamId).executeTakeFirst()) !== undefined;
}

export async function teamSettings(db: Db, teamId: string) {
  const team = await db.selectFrom('teams').select(['id', 'name', 'share_individual_progress', 'created_at']).where('id', '=', teamId).executeTakeFirstOrThrow();
  return { id: team.id, name: team.name, shareIndividualProgress: team.share_individual_progress === 1, createdAt: team.created_at };
}

export async function updateTeamSettings(db: Db, teamId: string, patch: { name?: string; shareIndividualProgress?: boolean }): Promise<void> {
  await db
    .updateTable('teams')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.shareIndividualProgress !== undefined ? { share_individual_progress: patch.shareIndividualProgress ? 1 : 0 } : {}),
    })
    .where('id', '=', teamId)
    .execute();
}

/** Whether the team's leads may see each agent's own figures (agents see this setting in their extension). */
export async function sharesIndividualProgress(db: Db, teamId: string): Promise<boolean> {
  const team = await db.selectFrom('teams').select('share_individual_progress').where('id', '=', teamId).executeTakeFirstOrThrow();
  return team.share_individual_progress === 1;
}

/** What devices fetch from their team and revalidate with If-None-Match. */
export type TeamContent = 'guidelines' | 'tips';

export interface TeamEtags {
  guidelines: string;
  tips: string;
}

/** The team's current ETags, from this instance's cache (evicted by `changeTeamContent`) or the database. */
export async function teamEtags(db: Db, teamId: string, cache?: TtlCache<string, TeamEtags>): Promise<TeamEtags> {
  const cached = cache?.get(teamId);
  if (cached) return cached;
  const epoch = cache?.epoch ?? 0;
  const row = await db.selectFrom('teams').select(['guidelines_etag', 'tips_etag']).where('id', '=', teamId).executeTakeFirstOrThrow();
  const etags = { guidelines: row.guidelines_etag, tips: row.tips_etag };
  cache?.set(teamId, etags, epoch);
  return etags;
}

/** A new ETag for one kind of the team's content, inside the caller's write (seeding; routes use `changeTeamContent`). */
export async function bumpEtag(db: Db, teamId: string, content: TeamContent): Promise<void> {
  const etag = newEtagValue();
  await db
    .updateTable('teams')
    .set(content === 'guidelines' ? { guidelines_etag: etag } : { tips_etag: etag })
    .where('id', '=', teamId)
    .execute();
}

/**
 * A change to what the team's devices fetch: `write` and the new ETag commit together (so no device can see the
 * new content under the old tag, or the reverse), then this instance's cached ETags are evicted — after the
 * commit, so no lookup can re-cache the old tag (see TtlCache). Other instances see the new tag within their
 * cache's TTL. When `changed(result)` says the write found nothing to change, neither happens.
 */
export async function changeTeamContent<T>(
  db: Kysely<Database>,
  cache: TtlCache<string, TeamEtags>,
  teamId: string,
  content: TeamContent,
  write: (trx: Transaction<Database>) => Promise<T>,
  changed: (result: T) => boolean = () => true,
): Promise<T> {
  const result = await db.transaction().execute(async (trx) => {
    const written = await write(trx);
    if (changed(written)) await bumpEtag(trx, teamId, content);
    return written;
  });
  if (changed(result)) cache.delete(teamId);
  return result;
}
