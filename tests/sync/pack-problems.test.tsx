/**
 * A stored team pack with one phrase today's pattern check refuses: sync keeps the pack without that phrase (a pack
 * whose shape is wrong is still skipped whole), the engine coaches with the rest, and the panel says what was left
 * out. Real packs (tests/fixtures/packs), the real schema and engine, WXT's fake browser storage.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import acme from '../fixtures/packs/acme-support.json';
import broken from '../fixtures/packs/invalid-pack.json';
import { SyncStatusLine } from '../../components/SyncStatusLine';
import { analyze } from '../../lib/coach/index';
import { validPacks } from '../../lib/sync/service';
import { connectionItem, syncStatusItem, teamGuidelinesItem } from '../../lib/sync/store';

/** Acme's pack as stored before the check refused an alternative that begins a later one ("i" before "i am"). */
const stored = {
  ...acme,
  rules: [
    ...acme.rules,
    {
      kind: 'avoid',
      id: 'no-afraid',
      phrases: ['unfortunately', { match: '(i|i am) afraid' }],
      message: 'Say what you can do instead of “%s”.',
    },
    { kind: 'prefer', id: 'no-kb', term: { match: '(kb|kb article)' }, preferred: 'help article' },
  ],
};

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('validPacks', () => {
  test('keeps a pack without its bad phrase, drops a rule left with none, and skips a malformed pack whole', () => {
    const { packs, problems } = validPacks([stored, broken]);
    expect(packs.map((pack) => pack.id)).toEqual(['acme-support']);
    const rules = packs[0]!.rules;
    expect(rules.map((rule) => rule.id)).toEqual([...acme.rules.map((rule) => rule.id), 'no-afraid']);
    expect(rules.at(-1)).toMatchObject({ phrases: ['unfortunately'] });
    expect(problems).toEqual([
      {
        packId: 'acme-support',
        packKept: true,
        message: expect.stringMatching(/^rule 4 "no-afraid", field phrases\[1\]\.match: .*lists “i” before “i am”/u),
      },
      {
        packId: 'acme-support',
        packKept: true,
        message: expect.stringMatching(/^rule 5 "no-kb", field term\.match: .*lists “kb” before “kb article”/u),
      },
      {
        packId: 'acme-support',
        packKept: true,
        message: 'rule 5 "no-kb": left out, as none of its phrases can be matched',
      },
      { packId: 'broken', packKept: false, message: expect.stringMatching(/^rule 0 "no-kindly", field phrases/u) },
    ]);

    // The rest of the pack coaches: its kept phrase and its other rules still find what they should.
    const draft = 'Unfortunately your ticket number is not found.';
    const found = analyze({ draft, guidelines: packs }).findings.map((finding) => finding.ruleId);
    expect(found).toEqual(expect.arrayContaining(['guideline/no-afraid', 'guideline/no-ticket-number-talk']));
  });

  test('a valid pack comes through untouched, with no problems', () => {
    expect(validPacks([acme])).toEqual({ packs: [expect.objectContaining({ id: 'acme-support' })], problems: [] });
  });
});

describe('the panel names what sync left out', () => {
  test('connected with a salvaged pack: the pack line, and the left-out phrase with its rule and field', async () => {
    await connectionItem.setValue({
      backendUrl: 'https://team.example.com',
      token: 'secret-token',
      deviceId: 'd1',
      memberId: 'm1',
      displayName: 'Robin',
      team: { id: 't1', name: 'Acme', shareIndividualProgress: false },
      connectedAt: 1,
    });
    await syncStatusItem.setValue({
      state: 'connected',
      reachable: true,
      lastContactAt: 1,
      lastError: null,
      backendUrl: 'https://team.example.com',
    });
    await teamGuidelinesItem.setValue({ etag: '"g-1"', ...validPacks([stored]), checkedAt: 1 });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <SyncStatusLine />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('sync-status').textContent).toBe('Acme: Acme Support voice v3'));
    const problems = screen.getByTestId('pack-problems').textContent ?? '';
    expect(problems).toMatch(
      /Team pack acme-support \(the rest of it applies\): rule 4 "no-afraid", field phrases\[1\]/u,
    );
    expect(problems).toMatch(/Ask your team lead/u);
  });
});
