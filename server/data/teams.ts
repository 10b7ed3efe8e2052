/** Creating a team with its first lead: used by the demo seed and by operators (there is no open sign-up). */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { hashPassword, newEtagValue, newId } from '../security/secrets';

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
