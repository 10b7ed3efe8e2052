/**
 * `npm run admin -- <command>`: what a lead needs on a fresh production backend before the dashboard can be used —
 * the first team and its lead account — without writing code. It opens the same database the server would (same
 * ATTUNE_DATA_DIR / DATABASE_URL), migrates it, and works whether or not the server is running (SQLite in WAL mode
 * and PostgreSQL both take a second writer).
 *
 *   create-team --team NAME --lead-name NAME --lead-email EMAIL [--password-stdin] [--share-progress]
 *   create-invite --lead-email EMAIL [--label TEXT] [--max-uses N] [--days N]
 *   list-teams
 *
 * The lead's password is read from standard input with --password-stdin (so it never sits in shell history or a
 * process list); without it a random one is generated and printed once.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { createTeamWithLead } from './data/teams';
import { databaseOptionsFromEnv, openDatabase, type DatabaseOptions } from './db/connect';
import { migrateToLatest } from './db/migrations';
import type { Database } from './db/schema';
import { createInvite } from './data/invites';

export const USAGE = `Usage: npm run admin -- <command> [options]

  create-team   --team NAME --lead-name NAME --lead-email EMAIL [--password-stdin] [--share-progress]
                Creates a team and its lead (who signs in to the dashboard with this e-mail and password).
  create-invite --lead-email EMAIL [--label TEXT] [--max-uses N] [--days N]
                Prints an invite code for the lead's team (agents enter it in Attune's options page).
  list-teams    Lists every team with its leads and member count.

The database is the server's: DATABASE_URL (postgres://…) or SQLite in ATTUNE_DATA_DIR (default ./data).`;

/** A mistake in the command line or its values: printed with the usage, exit status 2; nothing was written. */
export class AdminUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdminUsageError';
  }
}

export interface AdminIo {
  /** The rest of standard input (the password with --password-stdin). */
  readStdin(): Promise<string>;
  print(line: string): void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MIN_PASSWORD = 12;

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new AdminUsageError(`--${name} is required.`);
  return value.trim();
}

function email(values: Record<string, unknown>): string {
  const value = required(values, 'lead-email').toLowerCase();
  if (!EMAIL.test(value) || value.length > 254)
    throw new AdminUsageError(`--lead-email "${value}" is not an e-mail address.`);
  return value;
}

function positive(values: Record<string, unknown>, name: string, fallback: number, max: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new AdminUsageError(`--${name} must be a whole number from 1 to ${max}, got "${String(raw)}".`);
  return value;
}

async function leadByEmail(db: Kysely<Database>, address: string) {
  return db
    .selectFrom('members')
    .innerJoin('teams', 'teams.id', 'members.team_id')
    .select(['members.id as leadId', 'members.team_id as teamId', 'teams.name as teamName'])
    .where('members.email', '=', address)
    .where('members.role', '=', 'lead')
    .where('members.removed_at', 'is', null)
    .executeTakeFirst();
}

async function createTeam(db: Kysely<Database>, args: string[], io: AdminIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      team: { type: 'string' },
      'lead-name': { type: 'string' },
      'lead-email': { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      'share-progress': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const teamName = required(values, 'team');
  const leadName = required(values, 'lead-name');
  const leadEmail = email(values);
  if (teamName.length > 120) throw new AdminUsageError('--team is longer than 120 characters.');
  if (leadName.length > 80) throw new AdminUsageError('--lead-name is longer than 80 characters.');
  const generated = !values['password-stdin'];
  // Only the first line: `echo pass | …` and a here-string both end in a newline that is not part of it.
  const password = generated ? randomBytes(15).toString('base64url') : ((await io.readStdin()).split(/\r?\n/)[0] ?? '');
  if (password.length < MIN_PASSWORD)
    throw new AdminUsageError(`The lead's password needs at least ${MIN_PASSWORD} characters.`);
  const taken = await db.selectFrom('members').select('id').where('email', '=', leadEmail).executeTakeFirst();
  if (taken)
    throw new AdminUsageError(`${leadEmail} already belongs to a member; use another e-mail or sign in with it.`);
  const { teamId } = await createTeamWithLead(db, {
    teamName,
    leadName,
    leadEmail,
    leadPassword: password,
    shareIndividualProgress: values['share-progress'] === true,
  });
  io.print(`Created team "${teamName}" (${teamId}) with lead ${leadName} <${leadEmail}>.`);
  if (generated) io.print(`Lead password (shown once, keep it in a password manager): ${password}`);
  io.print(
    'Next: sign in to the dashboard at the server URL, then invite agents (or: npm run admin -- create-invite).',
  );
}

async function inviteCommand(db: Kysely<Database>, args: string[], io: AdminIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      'lead-email': { type: 'string' },
      label: { type: 'string', default: 'admin command' },
      'max-uses': { type: 'string' },
      days: { type: 'string' },
    },
    strict: true,
  });
  const address = email(values);
  const lead = await leadByEmail(db, address);
  if (!lead) throw new AdminUsageError(`No lead with e-mail ${address}; create the team first (create-team).`);
  const invite = await createInvite(
    { db },
    {
      teamId: lead.teamId,
      createdBy: lead.leadId,
      label: String(values.label).slice(0, 80),
      maxUses: positive(values, 'max-uses', 25, 1000),
      expiresInDays: positive(values, 'days', 14, 90),
    },
    Date.now(),
  );
  io.print(
    `Invite code for "${lead.teamName}": ${invite.code} (until ${new Date(invite.expiresAt).toISOString().slice(0, 10)})`,
  );
}

async function listTeams(db: Kysely<Database>, io: AdminIo): Promise<void> {
  const teams = await db.selectFrom('teams').select(['id', 'name', 'created_at']).orderBy('created_at').execute();
  if (teams.length === 0) io.print('No teams yet: npm run admin -- create-team --team … --lead-name … --lead-email …');
  for (const team of teams) {
    const members = await db
      .selectFrom('members')
      .select(['role', 'email'])
      .where('team_id', '=', team.id)
      .where('removed_at', 'is', null)
      .execute();
    const leads = members
      .filter((m) => m.role === 'lead')
      .map((m) => m.email)
      .join(', ');
    io.print(`${team.id}  ${team.name}  leads: ${leads || '—'}  members: ${members.length}`);
  }
}

/** Runs one admin command against an open database (migrating it first). */
export async function runAdminCommand(db: Kysely<Database>, argv: string[], io: AdminIo): Promise<void> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help') {
    io.print(USAGE);
    return;
  }
  const run = {
    'create-team': createTeam,
    'create-invite': inviteCommand,
    'list-teams': (d: Kysely<Database>, _a: string[], o: AdminIo) => listTeams(d, o),
  }[command];
  if (!run) throw new AdminUsageError(`Unknown command "${command}".`);
  await migrateToLatest(db);
  try {
    await run(db, args, io);
  } catch (error) {
    // parseArgs reports unknown or malformed options with a TypeError carrying this code.
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      throw new AdminUsageError((error as Error).message);
    throw error;
  }
}

export function adminDatabaseOptions(env: NodeJS.ProcessEnv): DatabaseOptions {
  return databaseOptionsFromEnv(env, resolve(env.ATTUNE_DATA_DIR ?? resolve(import.meta.dirname, '..', 'data')));
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const database = openDatabase(adminDatabaseOptions(process.env));
  void runAdminCommand(database.db, process.argv.slice(2), {
    readStdin: () => readAll(process.stdin),
    print: (line) => console.log(line),
  })
    .then(
      () => 0,
      (error: unknown) => {
        if (error instanceof AdminUsageError) {
          console.error(`${error.message}\n\n${USAGE}`);
          return 2;
        }
        console.error(`admin: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      },
    )
    .then(async (status) => {
      await database.close();
      process.exit(status);
    });
}
