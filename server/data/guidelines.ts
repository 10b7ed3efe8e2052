/**
 * Guideline packs: every save is a new immutable version; publishing points the pack at one version and is
 * recorded, so rollback is "go back to the version that was live before", repeatable like undo: published 1, 2, 3,
 * rollback gives 2, rollback again gives 1. Any change to what is live gives the team a new guidelines ETag,
 * which is all a device's conditional GET compares.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { GuidelinePack } from '../../lib/coach/types';
import type { Database, GuidelinePacksTable } from '../db/schema';
import { newId } from '../security/secrets';

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

export type PackRow = Selectable<GuidelinePacksTable>;

/** A pack as the lead's API lists it. */
export function packSummary(p: PackRow) {
  return { id: p.id, key: p.pack_key, name: p.name, latestVersion: p.latest_version, publishedVersion: p.published_version, updatedAt: p.updated_at };
}

/** A pack of this team that is not archived, or undefined. */
export async function findPack(db: Db, teamId: string, packId: string): Promise<PackRow | undefined> {
  return db.selectFrom('guideline_packs').selectAll().where('id', '=', packId).where('team_id', '=', teamId).where('archived_at', 'is', null).executeTakeFirst();
}

export async function listPacks(db: Db, teamId: string) {
  const rows = await db.selectFrom('guideline_packs').selectAll().where('team_id', '=', teamId).where('archived_at', 'is', null).orderBy('pack_key').execute();
  return rows.map(packSummary);
}

/** Whether the team has a pack (archived ones have a freed key) under this key. */
export async function packKeyTaken(db: Db, teamId: string, key: string): Promise<boolean> {
  return (await db.selectFrom('guideline_packs').select('id').where('team_id', '=', teamId).where('pack_key', '=', key).executeTakeFirst()) !== undefined;
}

/** Rules in the latest versions of the team's packs (but `exceptPackId`), and how many packs those are. */
export async function teamRuleTotals(db: Db, teamId: string, exceptPackId?: string): Promise<{ rules: number; packs: number }> {
  let query = db
    .selectFrom('guideline_packs as p')
    .innerJoin('guideline_versions as v', (j) => j.onRef('v.pack_id', '=', 'p.id').onRef('v.version', '=', 'p.latest_version'))
    .select((eb) => [eb.fn.coalesce(eb.fn.sum<number>('v.rule_count'), eb.lit(0)).as('rules'), eb.fn.count<number>('p.id').as('packs')])
    .where('p.team_id', '=', teamId)
    .where('p.archived_at', 'is', null);
  if (exceptPackId) query = query.where('p.id', '!=', exceptPackId);
  const row = await query.executeTakeFirstOrThrow();
  return { rules: Number(row.rules), packs: Number(row.packs) };
}

/** What the team's published packs but `exceptPackId` cost together (matcher steps). */
export async function publishedCostExcept(db: Db, teamId: string, exceptPackId: string): Promise<number> {
  const row = await db
    .selectFrom('guideline_packs as p')
    .innerJoin('guideline_versions as v', (j) => j.onRef('v.pack_id', '=', 'p.id').onRef('v.version', '=', 'p.published_version'))
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('v.cost'), eb.lit(0)).as('cost'))
    .where('p.team_id', '=', teamId)
    .where('p.archived_at', 'is', null)
    .where('p.id', '!=', exceptPackId)
    .executeTakeFirstOrThrow();
  return Number(row.cost);
}

/** What a saved version stores: the pack with its version number, so a device can show which one is live. */
function storedContent(pack: GuidelinePack, version: number): string {
  return JSON.stringify({ ...pack, version });
}

interface NewVersion {
  pack: GuidelinePack;
  createdBy: string;
  /** Matcher steps, measured before saving. */
  cost: number;
  now: number;
}

/** A new pack with its first version; returns its summary. */
export async function createPack(db: Kysely<Database>, teamId: string, input: NewVersion) {
  const id = newId();
  const { pack, createdBy, cost, now } = input;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('guideline_packs')
      .values({ id, team_id: teamId, pack_key: pack.id, name: pack.name, latest_version: 1, published_version: null, created_at: now, updated_at: now, archived_at: null })
      .execute();
    await trx
      .insertInto('guideline_versions')
      .values({ pack_id: id, version: 1, content: storedContent(pack, 1), created_by: createdBy, created_at: now, rule_count: pack.rules.length, cost })
      .execute();
  });
  return { id, key: pack.id, name: pack.name, latestVersion: 1, publishedVersion: null, updatedAt: now };
}

/**
 * Saves the next version after `existing.latest_version`; null when another save got there first. Conditional on
 * the version read, so two leads saving at once get distinct versions or a clean retry.
 */
export async function saveVersion(db: Kysely<Database>, existing: PackRow, input: NewVersion): Promise<number | null> {
  const { pack, createdBy, cost, now } = input;
  return db.transaction().execute(async (trx) => {
    const next = existing.latest_version + 1;
    const bumped = await trx
      .updateTable('guideline_packs')
      .set({ latest_version: next, name: pack.name, updated_at: now })
      .where('id', '=', existing.id)
      .where('latest_version', '=', existing.latest_version)
      .executeTakeFirst();
    if (Number(bumped.numUpdatedRows) !== 1) return null;
    await trx
      .insertInto('guideline_versions')
      .values({ pack_id: existing.id, version: next, content: storedContent(pack, next), created_by: createdBy, created_at: now, rule_count: pack.rules.length, cost })
      .execute();
    return next;
  });
}

/** The pack's latest content, every version and the publication history, newest first. */
export async function packDetail(db: Db, pack: PackRow) {
  const [versions, publications, latest] = await Promise.all([
    db.selectFrom('guideline_versions').select(['version', 'created_at', 'created_by']).where('pack_id', '=', pack.id).orderBy('version', 'desc').execute(),
    db.selectFrom('guideline_publications').select(['version', 'kind', 'published_at', 'published_by']).where('pack_id', '=', pack.id).orderBy('id', 'desc').execute(),
    db.selectFrom('guideline_versions').select('content').where('pack_id', '=', pack.id).where('version', '=', pack.latest_version).executeTakeFirstOrThrow(),
  ]);
  return {
    ...packSummary(pack),
    latest: JSON.parse(latest.content) as GuidelinePack,
    versions: versions.map((v) => ({ version: v.version, createdAt: v.created_at, createdBy: v.created_by })),
    publications: publications.map((p) => ({ version: p.version, kind: p.kind, publishedAt: p.published_at, publishedBy: p.published_by })),
  };
}

/** One saved version's content and cost, or undefined. */
export async function packVersion(db: Db, packId: string, version: number): Promise<{ pack: GuidelinePack; cost: number } | undefined> {
  const row = await db.selectFrom('guideline_versions').select(['content', 'cost']).where('pack_id', '=', packId).where('version', '=', version).executeTakeFirst();
  return row ? { pack: JSON.parse(row.content) as GuidelinePack, cost: Number(row.cost) } : undefined;
}

/** Points the pack at `version` and records it (a publish or a rollback), inside the caller's transaction. */
export async function setPublishedVersion(trx: Transaction<Database>, packId: string, version: number, memberId: string, now: number, kind: 'publish' | 'rollback'): Promise<void> {
  await trx.updateTable('guideline_packs').set({ published_version: version, updated_at: now }).where('id', '=', packId).execute();
  await recordPublication(trx, packId, version, memberId, now, kind);
}

/** Unpublishes and archives the pack, inside the caller's transaction; freeing its key lets the team reuse it. */
export async function archivePack(trx: Transaction<Database>, pack: PackRow, memberId: string, now: number): Promise<void> {
  await trx
    .updateTable('guideline_packs')
    .set({ archived_at: now, published_version: null, updated_at: now, pack_key: `${pack.pack_key}#archived-${now}` })
    .where('id', '=', pack.id)
    .execute();
  await recordPublication(trx, pack.id, null, memberId, now);
}
