/** Members of a team (leads sign in with e-mail; agents join with invite codes) and their devices. */
import type { Kysely, Transaction } from 'kysely';
import type { Database, Role } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** A member still in the team, or undefined. */
export async function findMember(db: Db, teamId: string, memberId: string) {
  return db
    .selectFrom('members')
    .select(['id', 'role', 'display_name', 'email', 'created_at'])
    .where('team_id', '=', teamId)
    .where('id', '=', memberId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

/** The team's leads other than `memberId`: a team keeps at least one. */
export async function countOtherLeads(db: Db, teamId: string, memberId: string): Promise<number> {
  const row = await db
    .selectFrom('members')
    .select((eb) => eb.fn.countAll<number>().as('leads'))
    .where('team_id', '=', teamId)
    .where('role', '=', 'lead')
    .where('removed_at', 'is', null)
    .where('id', '!=', memberId)
    .executeTakeFirstOrThrow();
  return Number(row.leads);
}

/** The team's members with their active devices and when one was last used. */
export async function listMembers(db: Db, teamId: string) {
  const rows = await db
    .selectFrom('members as m')
    .leftJoin('device_tokens as d', (j) => j.onRef('d.member_id', '=', 'm.id').on('d.revoked_at', 'is', null))
    .select((eb) => ['m.id', 'm.role', 'm.display_name', 'm.email', 'm.created_at', eb.fn.count<number>('d.id').as('devices'), eb.fn.max('d.last_used_at').as('last_seen_at')])
    .where('m.team_id', '=', teamId)
    .where('m.removed_at', 'is', null)
    .groupBy(['m.id', 'm.role', 'm.display_name', 'm.email', 'm.created_at'])
    .orderBy('m.created_at')
    .execute();
  return rows.map((m) => ({
    id: m.id,
    role: m.role,
    displayName: m.display_name,
    email: m.email,
    createdAt: m.created_at,
    activeDevices: Number(m.devices),
    lastSeenAt: m.last_seen_at === null ? null : Number(m.last_seen_at),
  }));
}

export async function updateMember(db: Db, memberId: string, patch: { displayName?: string; role?: Role }): Promise<void> {
  await db
    .updateTable('members')
    .set({ ...(patch.displayName ? { display_name: patch.displayName } : {}), ...(patch.role ? { role: patch.role } : {}) })
    .where('id', '=', memberId)
    .execute();
}

/** Removes a member at once and whole: their devices are revoked and their sessions ended in the same transaction. */
export async function removeMember(db: Kysely<Database>, memberId: string, now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('members').set({ removed_at: now }).where('id', '=', memberId).execute();
    await trx.updateTable('device_tokens').set({ revoked_at: now }).where('member_id', '=', memberId).where('revoked_at', 'is', null).execute();
    await trx.deleteFrom('sessions').where('member_id', '=', memberId).execute();
  });
}

/** A member who may sign in with this e-mail (leads; the role is checked by the caller after the password). */
export async function findMemberByEmail(db: Db, email: string) {
  return db
    .selectFrom('members')
    .select(['id', 'team_id', 'display_name', 'email', 'password_hash', 'role'])
    .where('email', '=', email.toLowerCase())
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

/** A member with their team's name and sharing setting, for "who am I" answers. */
export async function memberWithTeam(db: Db, memberId: string) {
  const row = await db
    .selectFrom('members as m')
    .innerJoin('teams as t', 't.id', 'm.team_id')
    .select(['m.id', 'm.display_name', 'm.email', 't.id as team_id', 't.name as team_name', 't.share_individual_progress'])
    .where('m.id', '=', memberId)
    .executeTakeFirstOrThrow();
  return {
    member: { id: row.id, displayName: row.display_name, email: row.email },
    team: { id: row.team_id, name: row.team_name, shareIndividualProgress: row.share_individual_progress === 1 },
  };
}

export async function listDevices(db: Db, teamId: string) {
  const rows = await db
    .selectFrom('device_tokens as d')
    .innerJoin('members as m', 'm.id', 'd.member_id')
    .select(['d.id', 'd.label', 'd.member_id', 'm.display_name', 'd.created_at', 'd.last_used_at', 'd.revoked_at'])
    .where('d.team_id', '=', teamId)
    .orderBy('d.created_at', 'desc')
    .execute();
  return rows.map((d) => ({
    id: d.id,
    label: d.label,
    memberId: d.member_id,
    memberName: d.display_name,
    createdAt: d.created_at,
    lastUsedAt: d.last_used_at,
    revoked: d.revoked_at !== null,
  }));
}

/** Revokes one active device (of `teamId` when given); false when there is no such active device. */
export async function revokeDevice(db: Db, deviceId: string, now: number, teamId?: string): Promise<boolean> {
  let query = db.updateTable('device_tokens').set({ revoked_at: now }).where('id', '=', deviceId).where('revoked_at', 'is', null);
  if (teamId !== undefined) query = query.where('team_id', '=', teamId);
  return Number((await query.executeTakeFirst()).numUpdatedRows) > 0;
}
