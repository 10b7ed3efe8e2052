/** Team-written tips (the built-in ones ship with the extension). Writes run inside `changeTeamContent`. */
import type { Selectable, Transaction } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database, TipsTable } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface TipInput {
  title: string;
  body: string;
  tags: string[];
}

/** A stored tip as the API shows it, to leads and to devices alike. */
export function tipFromRow(row: Selectable<TipsTable>) {
  return { id: row.id, title: row.title, body: row.body, tags: JSON.parse(row.tags) as string[], createdAt: row.created_at, updatedAt: row.updated_at };
}

export async function listTips(db: Db, teamId: string) {
  const rows = await db.selectFrom('tips').selectAll().where('team_id', '=', teamId).orderBy('created_at').execute();
  return rows.map(tipFromRow);
}

export async function insertTip(db: Db, tip: TipInput & { id: string; teamId: string; createdBy: string; now: number }): Promise<void> {
  await db
    .insertInto('tips')
    .values({ id: tip.id, team_id: tip.teamId, title: tip.title, body: tip.body, tags: JSON.stringify(tip.tags), created_by: tip.createdBy, created_at: tip.now, updated_at: tip.now })
    .execute();
}

/** False when the team has no such tip. */
export async function updateTip(db: Db, teamId: string, tipId: string, tip: TipInput, now: number): Promise<boolean> {
  const result = await db
    .updateTable('tips')
    .set({ title: tip.title, body: tip.body, tags: JSON.stringify(tip.tags), updated_at: now })
    .where('id', '=', tipId)
    .where('team_id', '=', teamId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** False when the team has no such tip. */
export async function deleteTip(db: Db, teamId: string, tipId: string): Promise<boolean> {
  const result = await db.deleteFrom('tips').where('id', '=', tipId).where('team_id', '=', teamId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
