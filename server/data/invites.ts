/**
 * Invite codes (shown once; stored as hashes) and joining with one. Using an invite is a conditional update
 * (uses < max_uses), so two devices racing for the last use cannot both win.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { newId, newInviteCode, normalizeInviteCode, sha256 } from '../security/secrets';

type Db = Kysely<Database> | Transaction<Database>;

const DAY = 86_400_000;

export interface CreatedInvite {
  id: string;
  code: string;
  expiresAt: number;
}

/** Used by the invites route, the admin CLI and the demo seed. */
export async function createInvite(
  deps: { db: Db },
  input: { teamId: string; createdBy: string; label: string; maxUses: number; expiresInDays: number },
  now: number,
): Promise<CreatedInvite> {
  const code = newInviteCode();
  const id = newId();
  const expiresAt = now + input.expiresInDays * DAY;
  await deps.db
    .insertInto('invites')
    .values({ id, team_id: input.teamId, code_hash: sha256(normalizeInviteCode(code)), label: input.label, max_uses: input.maxUses, uses: 0, expires_at: expiresAt, revoked_at: null, created_by: input.createdBy, created_at: now })
    .execute();
  return { id, code, expiresAt };
}

export async function listInvites(db: Db, teamId: string, now: number) {
  const rows = await db
    .selectFrom('invites')
    .select(['id', 'label', 'max_uses', 'uses', 'expires_at', 'revoked_at', 'created_at'])
    .where('team_id', '=', teamId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((i) => ({
    id: i.id,
    label: i.label,
    maxUses: i.max_uses,
    uses: i.uses,
    expiresAt: i.expires_at,
    createdAt: i.created_at,
    active: i.revoked_at === null && i.expires_at > now && i.uses < i.max_uses,
  }));
}

/** False when the team has no such invite. */
export async function revokeInvite(db: Db, teamId: string, inviteId: string, now: number): Promise<boolean> {
  const result = await db.updateTable('invites').set({ revoked_at: now }).where('id', '=', inviteId).where('team_id', '=', teamId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Whether a code still admits a device at `at` (the demo seed renews its invite before it runs out). */
export async function inviteWorksAt(db: Db, code: string, at: number): Promise<boolean> {
  const invite = await db
    .selectFrom('invites')
    .select(['uses', 'max_uses', 'expires_at', 'revoked_at'])
    .where('code_hash', '=', sha256(normalizeInviteCode(code)))
    .executeTakeFirst();
  return !!invite && invite.revoked_at === null && invite.expires_at > at && invite.uses < invite.max_uses;
}

export interface JoinInput {
  code: string;
  displayName: string;
  deviceLabel: string;
  /** SHA-256 of the new device token; the token itself is never stored. */
  tokenHash: string;
  now: number;
}

/**
 * Uses one of the invite's uses and creates the agent and their device, all in one transaction; null when the
 * code is unknown, revoked, expired or used up.
 */
export async function joinWithInvite(db: Kysely<Database>, input: JoinInput) {
  return db.transaction().execute(async (trx) => {
    const invite = await trx
      .selectFrom('invites as i')
      .innerJoin('teams as t', 't.id', 'i.team_id')
      .select(['i.id', 'i.team_id', 't.name as team_name', 't.share_individual_progress'])
      .where('i.code_hash', '=', sha256(normalizeInviteCode(input.code)))
      .where('i.revoked_at', 'is', null)
      .where('i.expires_at', '>', input.now)
      .executeTakeFirst();
    if (!invite) return null;
    const used = await trx
      .updateTable('invites')
      .set((eb) => ({ uses: eb('uses', '+', 1) }))
      .where('id', '=', invite.id)
      .whereRef('uses', '<', 'max_uses')
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) return null;
    const memberId = newId();
    const deviceId = newId();
    await trx
      .insertInto('members')
      .values({ id: memberId, team_id: invite.team_id, role: 'agent', display_name: input.displayName, email: null, password_hash: null, created_at: input.now, removed_at: null })
      .execute();
    await trx
      .insertInto('device_tokens')
      .values({ id: deviceId, token_hash: input.tokenHash, member_id: memberId, team_id: invite.team_id, label: input.deviceLabel, created_at: input.now, last_used_at: input.now, revoked_at: null })
      .execute();
    return {
      memberId,
      deviceId,
      team: { id: invite.team_id, name: invite.team_name, shareIndividualProgress: invite.share_individual_progress === 1 },
    };
  });
}
