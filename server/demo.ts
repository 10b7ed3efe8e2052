/**
 * `npm start`: the backend on the embedded database in ./data with a demo team on first run, the dashboard (when
 * built) at /, the demo helpdesk at /demo/, and a printed summary of how to sign in and connect the extension.
 * The demo lead's generated password is kept in data/demo-team.json (mode 0600) so later runs print it again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import type { GuidelinePack } from '../lib/coach/types';
import { ANY_FIREFOX_EXTENSION, configFromEnv } from './config';
import { EXTENSION_ORIGIN } from '../lib/extension-identity';
import { bumpEtag, createTeamWithLead, teamExists } from './data/teams';
import { recordPublication } from './data/guidelines';
import { insertTip } from './data/tips';
import { databaseOptionsFromEnv, openDatabase } from './db/connect';
import { migrateToLatest } from './db/migrations';
import type { Database } from './db/schema';
import { createLogger } from './logger';
import { startServer, stopOnSignals } from './main';
import { createInvite, inviteWorksAt } from './data/invites';
import { newId } from './security/secrets';

const ROOT = resolve(import.meta.dirname, '..');

interface DemoTeam {
  teamId: string;
  leadId: string;
  email: string;
  password: string;
  inviteCode: string;
}

export const DEMO_PACK: GuidelinePack = {
  id: 'acme-voice',
  name: 'Acme voice',
  version: 1,
  description: 'How the demo team sounds: warm, plain and accountable.',
  rules: [
    {
      kind: 'avoid',
      id: 'no-unfortunately',
      phrases: ['unfortunately'],
      message: 'Say what you can do instead of opening with "unfortunately".',
      why: 'Customers read "unfortunately" as the start of a refusal.',
      replacements: ['Here is what I can do'],
    },
    {
      kind: 'prefer',
      id: 'say-sorry-plainly',
      term: 'we apologize for any inconvenience',
      preferred: "I'm sorry this got in your way",
      why: 'A plain, personal apology sounds meant.',
    },
    {
      kind: 'limit',
      id: 'short-sentences',
      metric: 'sentence-words',
      max: 30,
      message: 'Keep sentences under 30 words.',
    },
  ],
};

async function publishDemoPack(db: Kysely<Database>, teamId: string, leadId: string): Promise<void> {
  const now = Date.now();
  const packId = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('guideline_packs')
      .values({
        id: packId,
        team_id: teamId,
        pack_key: DEMO_PACK.id,
        name: DEMO_PACK.name,
        latest_version: 1,
        published_version: 1,
        created_at: now,
        updated_at: now,
        archived_at: null,
      })
      .execute();
    await trx
      .insertInto('guideline_versions')
      .values({ pack_id: packId, version: 1, content: JSON.stringify(DEMO_PACK), created_by: leadId, created_at: now })
      .execute();
    await recordPublication(trx, packId, 1, leadId, now);
    await bumpEtag(trx, teamId, 'guidelines');
    await insertTip(trx, {
      id: newId(),
      teamId,
      title: 'Name the feeling first',
      body: 'Before the fix, one sentence that shows you heard how this affected them.',
      tags: ['empathy'],
      createdBy: leadId,
      now,
    });
    await bumpEtag(trx, teamId, 'tips');
  });
}

/** Creates the demo team on first run; on later runs reuses it and renews the invite if it ran out. */
export async function ensureDemoTeam(db: Kysely<Database>, stateFile: string): Promise<DemoTeam> {
  if (existsSync(stateFile)) {
    const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as DemoTeam;
    if (await teamExists(db, saved.teamId)) {
      // Renewed a day before it runs out, so a demo started today still works tomorrow.
      if (!(await inviteWorksAt(db, saved.inviteCode, Date.now() + 86_400_000))) {
        saved.inviteCode = (
          await createInvite(
            { db },
            { teamId: saved.teamId, createdBy: saved.leadId, label: 'Demo agents', maxUses: 1000, expiresInDays: 90 },
            Date.now(),
          )
        ).code;
        writeFileSync(stateFile, JSON.stringify(saved, null, 2), { mode: 0o600 });
      }
      return saved;
    }
  }
  const email = 'lead@demo.attune.test';
  const password = `demo-${randomBytes(9).toString('base64url')}`;
  const existing = await db.selectFrom('members').select('id').where('email', '=', email).executeTakeFirst();
  // A database from an earlier demo whose state file was deleted: free the e-mail so the demo can start afresh.
  if (existing)
    await db
      .updateTable('members')
      .set({ email: `${existing.id}@replaced.invalid`, removed_at: Date.now() })
      .where('id', '=', existing.id)
      .execute();
  const { teamId, leadId } = await createTeamWithLead(db, {
    teamName: 'Acme Support (demo)',
    leadName: 'Dana Lead',
    leadEmail: email,
    leadPassword: password,
    shareIndividualProgress: false,
  });
  await publishDemoPack(db, teamId, leadId);
  const invite = await createInvite(
    { db },
    { teamId, createdBy: leadId, label: 'Demo agents', maxUses: 1000, expiresInDays: 90 },
    Date.now(),
  );
  const demo: DemoTeam = { teamId, leadId, email, password, inviteCode: invite.code };
  writeFileSync(stateFile, JSON.stringify(demo, null, 2), { mode: 0o600 });
  return demo;
}

/** Builds a companion web app through its own build module when that module exists (dashboard, demo page). */
async function buildIfPresent(modulePath: string, exportName: string): Promise<string | undefined> {
  if (!existsSync(modulePath)) return undefined;
  const module = (await import(pathToFileURL(modulePath).href)) as Record<string, unknown>;
  const build = module[exportName];
  if (typeof build !== 'function') return undefined;
  return (await (build as () => Promise<string>)()) as string;
}

async function main(): Promise<void> {
  const env = process.env;
  const logger = createLogger({ level: env.LOG_LEVEL ?? 'warn' });
  const dataDir = resolve(env.ATTUNE_DATA_DIR ?? resolve(ROOT, 'data'));
  const database = openDatabase(databaseOptionsFromEnv(env, dataDir));
  await migrateToLatest(database.db);
  const demo = await ensureDemoTeam(database.db, resolve(dataDir, 'demo-team.json'));

  const dashboardDir =
    (await buildIfPresent(resolve(ROOT, 'dashboard/build.ts'), 'buildDashboard')) ?? resolve(ROOT, 'dashboard/dist');
  const demoDir = await buildIfPresent(resolve(ROOT, 'demo/build.ts'), 'buildDemoHelpdesk');
  const port = Number(env.PORT ?? 8787);
  const fromEnv = configFromEnv(env, logger);
  // The unpacked extension's id is pinned by its manifest key, so the demo backend can accept it out of the box;
  // Firefox's origin is random per installation, hence the moz-extension wildcard (CORS only).
  const allowedOrigins = [...new Set([...fromEnv.allowedOrigins, EXTENSION_ORIGIN, ANY_FIREFOX_EXTENSION])];
  const config = { ...fromEnv, allowedOrigins, dashboardDir, ...(demoDir ? { demoDir } : {}) };
  const running = await startServer({ port, hostname: env.HOST ?? '127.0.0.1', config, database });
  stopOnSignals(running, logger);

  const url = running.url;
  const lines = [
    '',
    'Attune is running.',
    '',
    `  Backend API       ${url}/api   (health: ${url}/healthz, database: ${database.kind === 'sqlite' ? `SQLite in ${dataDir}` : 'PostgreSQL'})`,
    existsSync(resolve(dashboardDir, 'index.html'))
      ? `  Dashboard         ${url}/`
      : '  Dashboard         (not built yet: dashboard/dist is missing)',
    demoDir ? `  Demo helpdesk     ${url}/demo/` : '  Demo helpdesk     (not available: demo/build.ts is missing)',
    '',
    `  Demo lead sign-in ${demo.email}  /  ${demo.password}`,
    `  Agent invite code ${demo.inviteCode}`,
    '',
    '  Load the extension: open chrome://extensions, turn on Developer mode, "Load unpacked" and pick',
    `    ${resolve(ROOT, '.output/chrome-mv3')}`,
    `  then in Attune's options enter the backend URL ${url} and the invite code above.`,
    `  Open the demo helpdesk and enable Attune on that site (options page → Sites, or the panel's "Enable" button):`,
    '  self-hosted helpdesks are granted one origin at a time, never <all_urls>.',
    '',
    'Press Ctrl+C to stop.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
