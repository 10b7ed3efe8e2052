/**
 * Guideline packs: every save is a new immutable version; publishing points the pack at one version and is
 * recorded, so rollback is "go back to the version that was live before", repeatable like undo: published 1, 2, 3,
 * rollback gives 2, rollback again gives 1. Any change to what is live gives the team a new guidelines ETag,
 * which is all a device's conditional GET compares.
 */
import type { Kysely, Transaction } from 'kysely';
import type { GuidelinePack } from '../../lib/coach/types';
import type { Database } from '../db/schema';
import { newEtagValue, newId } from '../security/secrets';

type Db = Kysely<Database> | Transaction<Database>;

export async function publishedPacks(db: Db, teamId: string): Promise<GuidelinePack[]> {
  const rows = await db
    .selectFrom('guideline_packs as p')
    .innerJoin('guideline_versions as v', (join) =>
      join.onRef('v.pack_id', '=', 'p.id').onRef('v.version', '=', 'p.published_version'),
    )
    .select(['v.content', 'v.version'])
    .where('p.team_id', '=', teamId)
    .where('p.archived_at', 'is', null)
    .orderBy('p.pack_key')
    .execute();
  return rows.map((r) => ({ ...(JSON.parse(r.content) as GuidelinePack), version: r.version }));
}

export async function touchGuidelines(db: Db, teamId: string): Promise<void> {
  await db.updateTable('teams').set({ guidelines_etag: newEtagValue() }).where('id', '=', teamId).execute();
}

/** Sorts in publication order: wall-clock milliseconds, then this process's monotonic clock for ties. */
function publicationId(now: number): string {
  return `${String(now).padStart(15, '0')}-${String(process.hrtime.bigint()).padStart(20, '0')}-${newId().slice(0, 8)}`;
}

export async function recordPublication(
  db: Db,
  packId: string,
  version: number | null,
  memberId: string,
  now: number,
  kind: 'publish' | 'rollback' = 'publish',
): Promise<void> {
  await db
    .insertInto('guideline_publications')
    .values({ id: publicationId(now), pack_id: packId, version, published_by: memberId, published_at: now, kind: version === null ? 'unpublish' : kind })
    .execute();
}

/**
 * The version to roll back to: replays the history as an undo stack — a publish pushes its version (a re-publish
 * of the live version changes nothing), a rollback pops back to its version — and answers the entry beneath the
 * live one, or null when there is none. The old rule ("the last version published that is not the live one")
 * only ever toggled between the last two versions.
 */
export async function previousPublishedVersion(db: Db, packId: string, current: number): Promise<number | null> {
  const history = await db
    .selectFrom('guideline_publications')
    .select(['version', 'kind'])
    .where('pack_id', '=', packId)
    .orderBy('id')
    .execute();
  const stack: number[] = [];
  for (const { version, kind } of history) {
    if (version === null) stack.length = 0;
    else if (kind === 'rollback' && stack.includes(version)) {
      while (stack[stack.length - 1] !== version) stack.pop();
    } else if (stack[stack.length - 1] !== version) stack.push(version);
  }
  if (stack[stack.length - 1] !== current) return null; // history and the pack disagree: refuse rather than guess
  return stack.length >= 2 ? stack[stack.length - 2]! : null;
}
