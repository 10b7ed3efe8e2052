/** The options page's Team section on happy-dom with WXT's fake browser storage: each sync state as the agent sees it. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeamSection } from '../../components/TeamSection';
import { connectionItem, outboxItem, syncStatusItem, teamGuidelinesItem } from '../../lib/sync/store';
import { enqueue, EMPTY_OUTBOX } from '../../lib/sync/outbox';
import { toProgressEvent } from '../../lib/sync/events';
import { makeRecord } from '../progress/records';

const renderSection = () =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <TeamSection />
    </QueryClientProvider>,
  );

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('Team section', () => {
  test('disconnected: an invite link pasted into the URL field fills the server and the code', async () => {
    renderSection();
    const url = (await screen.findByLabelText('Team server (or paste the invite link)')) as HTMLInputElement;
    fireEvent.input(url, { target: { value: 'https://team.example.com/#/join/K7QX-29PM' } });
    expect(url.value).toBe('https://team.example.com');
    expect((screen.getByLabelText('Invite code') as HTMLInputElement).value).toBe('K7QX-29PM');
    expect(screen.getByRole('button', { name: 'Connect' })).toBeTruthy();
  });

  test('revoked: a clear reconnect alert and a Reconnect form prefilled with the server', async () => {
    await syncStatusItem.setValue({
      state: 'reconnect',
      reachable: true,
      lastContactAt: 1,
      lastError: 'revoked',
      backendUrl: 'https://team.example.com',
    });
    renderSection();
    await waitFor(() =>
      expect(screen.getByTestId('team-reconnect').textContent).toMatch(/no longer accepts this browser/),
    );
    expect(screen.getByRole('button', { name: 'Reconnect' })).toBeTruthy();
    expect((screen.getByLabelText('Team server (or paste the invite link)') as HTMLInputElement).value).toBe(
      'https://team.example.com',
    );
  });

  test('connected: team, packs, queue, dropped count, offline note, and the sharing notice only when the team enables it', async () => {
    const connection = {
      backendUrl: 'https://team.example.com',
      token: 'secret-token',
      deviceId: 'd1',
      memberId: 'm1',
      displayName: 'Robin',
      team: { id: 't1', name: 'Acme', shareIndividualProgress: false },
      connectedAt: 1,
    };
    await connectionItem.setValue(connection);
    await syncStatusItem.setValue({
      state: 'connected',
      reachable: false,
      lastContactAt: 1,
      lastError: null,
      backendUrl: connection.backendUrl,
    });
    await teamGuidelinesItem.setValue({
      etag: '"g-1"',
      packs: [{ id: 'acme-voice', name: 'Acme voice', version: 3, rules: [] }],
      checkedAt: 1,
    });
    await outboxItem.setValue({
      ...enqueue(
        EMPTY_OUTBOX,
        [1, 2].map((i) => toProgressEvent(makeRecord(i, Date.now()))),
        0,
      ),
      dropped: 4,
    });
    renderSection();
    await waitFor(() => expect(screen.getByTestId('team-status').textContent).toMatch(/Connected to Acme as Robin/));
    expect(screen.getByTestId('team-status').textContent).toMatch(/cannot be reached/);
    expect(screen.getByTestId('team-details').textContent).toMatch(
      /Acme voice v3.*queued replies: 2.*4 oldest dropped/,
    );
    expect(screen.queryByTestId('team-sharing')).toBeNull();
    expect(document.body.textContent).not.toContain('secret-token');

    await connectionItem.setValue({ ...connection, team: { ...connection.team, shareIndividualProgress: true } });
    await waitFor(() =>
      expect(screen.getByTestId('team-sharing').textContent).toMatch(/Your lead can see your individual figures/),
    );
  });
});
