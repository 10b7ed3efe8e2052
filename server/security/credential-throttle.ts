/**
 * Throttling of sign-in and join attempts, kept in the database so every instance behind a load balancer counts
 * the same attempts (on SQLite there is one instance, and the same code runs).
 *
 * Each attempt is charged *before* the password or invite code is checked, to one or more keys: the account
 * (sign-in) and the client address. A key allows `freeAttempts` in a row; after that each further attempt must
 * wait `baseDelayMs × 2^(n − freeAttempts − 1)`, up to `maxDelayMs`, after the one before. A key that stays quiet
 * for `resetAfterMs` starts again. A successful sign-in clears its account and gives the address its attempt
 * back, so a NAT's many users who type their password right never add up to a block; an attacker's many
 * addresses all land on the same account key and get its backoff.
 *
 * Charging is a compare-and-set on the row (attempts must still be what was read), so a burst of parallel attempts
 * cannot all pass the same free slot: each takes its own count or reads again and sees the block.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface ThrottlePolicy {
  /** Attempts allowed in a row before the backoff starts. */
  freeAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key with no attempt for this long starts from zero. */
  resetAfterMs: number;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** How long the nth attempt in a row (1-based) must wait after the one before it: 0 for the free ones. */
export function delayBefore(attempt: number, policy: ThrottlePolicy): number {
  const over = attempt - policy.freeAttempts;
  if (over <= 0) return 0;
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(over - 1, 40));
}

const MAX_CAS_ROUNDS = 8;

/**
 * Charges one attempt to `key`, or refuses with the seconds until the key takes one again. Writes at most one
 * row; retries its compare-and-set a few times under contention and refuses (1 s) if it still loses.
 */
export async function chargeAttempt(
  db: Kysely<Database>,
  key: string,
  policy: ThrottlePolicy,
  now: number,
): Promise<ThrottleDecision> {
  for (let round = 0; round < MAX_CAS_ROUNDS; round += 1) {
    const row = await db.selectFrom('credential_throttle').selectAll().where('key', '=', key).executeTakeFirst();
    if (row && Number(row.blocked_until) > now && now - Number(row.last_attempt_at) < policy.resetAfterMs) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((Number(row.blocked_until) - now) / 1000)) };
    }
    const fresh = !row || now - Number(row.last_attempt_at) >= policy.resetAfterMs;
    const attempts = fresh ? 1 : row.attempts + 1;
    const wait = delayBefore(attempts + 1, policy);
    const blockedUntil = wait > 0 ? now + wait : 0;
    if (!row) {
      const inserted = await db
        .insertInto('credential_throttle')
        .values({ key, attempts, last_attempt_at: now, blocked_until: blockedUntil })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) return { allowed: true };
      continue; // another attempt inserted it first: read again
    }
    const updated = await db
      .updateTable('credential_throttle')
      .set({ attempts, last_attempt_at: now, blocked_until: blockedUntil })
      .where('key', '=', key)
      .where('attempts', '=', row.attempts)
      .where('last_attempt_at', '=', row.last_attempt_at)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 1) return { allowed: true };
  }
  return { allowed: false, retryAfterSeconds: 1 };
}

/** Charges every key, in order; refuses at the first that refuses (the attempt is then not checked at all). */
export async function chargeAttempts(
  db: Kysely<Database>,
  charges: ReadonlyArray<{ key: string; policy: ThrottlePolicy }>,
  now: number,
): Promise<ThrottleDecision> {
  for (const { key, policy } of charges) {
    const decision = await chargeAttempt(db, key, policy, now);
    if (!decision.allowed) return decision;
  }
  return { allowed: true };
}

/** After a success: the key starts from zero (an account whose owner signed in). */
export async function clearAttempts(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('credential_throttle').where('key', '=', key).execute();
}

/**
 * After a success: gives the key back the attempt it was charged and lifts a block that attempt caused, so
 * successes never count against an address (the users behind one NAT).
 */
export async function refundAttempt(db: Kysely<Database>, key: string, policy: ThrottlePolicy): Promise<void> {
  await db
    .updateTable('credential_throttle')
    .set((eb) => ({ attempts: eb('attempts', '-', 1) }))
    .where('key', '=', key)
    .where('attempts', '>', 0)
    .execute();
  await db
    .updateTable('credential_throttle')
    .set({ blocked_until: 0 })
    .where('key', '=', key)
    .where('attempts', '<', policy.freeAttempts)
    .execute();
}

/** Drops rows that have been quiet longer than any reset time: keeps the table as small as the active keys. */
export async function sweepThrottle(db: Kysely<Database>, olderThan: number): Promise<void> {
  await db.deleteFrom('credential_throttle').where('last_attempt_at', '<', olderThan).execute();
}
