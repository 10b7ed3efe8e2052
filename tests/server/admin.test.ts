/**
 * The admin command on both databases: a lead creates the first team on a fresh backend without code, signs in to
 * the dashboard with that password, makes an invite, and an agent joins with it — through the real app. Bad input
 * gets a clear message and writes nothing. One run goes through `npm run admin` itself, as the docs tell a lead.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_ORIGIN } from '../../lib/extension-identity';
import { AdminUsageError, runAdminCommand, type AdminIo } from '../../server/admin';
import { createHarness, type Harness } from './support/harness';
import { DATABASE_KINDS } from './support/databases';

const ROOT = resolve(import.meta.dirname, '../..');

function io(stdin = ''): AdminIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, readStdin: async () => stdin, print: (line) => lines.push(line) };
}

const teamCount = async (h: Harness) =>
  Number(
    (
      await h.database.db
        .selectFrom('teams')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe.each(DATABASE_KINDS)('admin command on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('create-team with a password on stdin: the lead signs in, makes an invite, an agent joins', async () => {
    const out = io('a long lead passphrase\n');
    await runAdminCommand(
      h.database.db,
      [
        'create-team',
        '--team',
        'Acme Support',
        '--lead-name',
        'Sam Lead',
        '--lead-email',
        'Sam@Acme.example',
        '--password-stdin',
      ],
      out,
    );
    expect(out.lines[0]).toMatch(/^Created team "Acme Support" \(.+\) with lead Sam Lead <sam@acme\.example>\.$/);
    expect(out.lines.join('\n')).not.toContain('a long lead passphrase');

    const signIn = await h.request('/api/auth/sign-in', {
      method: 'POST',
      json: { email: 'sam@acme.example', password: 'a long lead passphrase' },
    });
    expect(signIn.status).toBe(200);

    const invite = io();
    await runAdminCommand(
      h.database.db,
      ['create-invite', '--lead-email', 'sam@acme.example', '--max-uses', '3'],
      invite,
    );
    const code = /Invite code for "Acme Support": (\S+)/.exec(invite.lines[0] ?? '')?.[1];
    expect(code, invite.lines.join('\n')).toBeDefined();
    const joined = await h.request('/api/join', {
      method: 'POST',
      json: { code, displayName: 'Robin' },
      origin: EXTENSION_ORIGIN,
    });
    expect(joined.status).toBe(201);

    const list = io();
    await runAdminCommand(h.database.db, ['list-teams'], list);
    expect(list.lines).toEqual([expect.stringMatching(/Acme Support {2}leads: sam@acme\.example {2}members: 2$/)]);
  });

  test('without --password-stdin a strong password is generated, printed once, and works', async () => {
    const out = io();
    await runAdminCommand(
      h.database.db,
      ['create-team', '--team', 'Beta', '--lead-name', 'Bo', '--lead-email', 'bo@beta.example'],
      out,
    );
    const password = /Lead password \(shown once.*\): (\S+)$/.exec(out.lines[1] ?? '')?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);
    const signIn = await h.request('/api/auth/sign-in', {
      method: 'POST',
      json: { email: 'bo@beta.example', password },
    });
    expect(signIn.status).toBe(200);
  });

  test('bad input: a clear message, and nothing is written', async () => {
    const before = await teamCount(h);
    const cases: Array<[string[], string, RegExp]> = [
      [['create-team', '--lead-name', 'X', '--lead-email', 'x@x.example'], '', /--team is required/],
      [
        ['create-team', '--team', 'T', '--lead-name', 'X', '--lead-email', 'not-an-email'],
        '',
        /is not an e-mail address/,
      ],
      [
        ['create-team', '--team', 'T', '--lead-name', 'X', '--lead-email', 'x@x.example', '--password-stdin'],
        'short\n',
        /at least 12 characters/,
      ],
      [
        ['create-team', '--team', 'T', '--lead-name', 'X', '--lead-email', 'sam@acme.example'],
        '',
        /already belongs to a member/,
      ],
      [['create-team', '--team', 'T', '--colour', 'red'], '', /Unknown option '--colour'/],
      [['create-invite', '--lead-email', 'nobody@acme.example'], '', /No lead with e-mail/],
      [
        ['create-invite', '--lead-email', 'sam@acme.example', '--days', '365'],
        '',
        /--days must be a whole number from 1 to 90/,
      ],
      [['delete-everything'], '', /Unknown command "delete-everything"/],
    ];
    for (const [argv, stdin, message] of cases) {
      const error = await runAdminCommand(h.database.db, argv, io(stdin)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, argv.join(' ')).toBeInstanceOf(AdminUsageError);
      expect((error as Error).message, argv.join(' ')).toMatch(message);
    }
    expect(await teamCount(h)).toBe(before);
  });
});

describe('npm run admin on a fresh data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'attune-admin-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const admin = (args: string[], input = '') =>
    spawnSync('npm', ['run', '-s', 'admin', '--', ...args], {
      cwd: ROOT,
      input,
      encoding: 'utf8',
      env: { ...process.env, ATTUNE_DATA_DIR: dataDir, DATABASE_URL: '' },
    });

  test('creates the first team in ATTUNE_DATA_DIR; a usage mistake exits 2 with the usage', () => {
    const created = admin(
      ['create-team', '--team', 'Gamma', '--lead-name', 'Gil', '--lead-email', 'gil@gamma.example', '--password-stdin'],
      'gamma lead passphrase\n',
    );
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/Created team "Gamma"/);
    const listed = admin(['list-teams']);
    expect(listed.stdout).toMatch(/Gamma {2}leads: gil@gamma\.example {2}members: 1/);
    const wrong = admin(['create-team', '--team', 'Delta']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/--lead-name is required\.[\s\S]*Usage: npm run admin/);
  }, 60_000);
});
